#include "Phone.h"
#include "AccountListModel.h"
#include "KeyDispatcher.h"
#include "calls/AutoRedial.h"
#include "calls/Call.h"
#include "calls/CallCompletion.h"
#include "calls/CallInfo.h"
#include "calls/CallManager.h"
#include "calls/SharedLines.h"
#include "config/CertificateStore.h"
#include "config/ConfigStore.h"
#include "config/ParamRegistry.h"
#include "config/Provisioner.h"
#include "dialling/DialPlan.h"
#include "directory/Directory.h"
#include "dss/BlfMonitor.h"
#include "dss/DssKeys.h"
#include "events/VoiceMailBox.h"
#include "history/CallHistory.h"
#include "history/HistoryRecorder.h"
#include "mediapipe/TonePlayer.h"
#include "net/AddressWatcher.h"
#include "platform/Platform.h"
#include "sipstack/LocalAddress.h"
#include "sipstack/SipAccount.h"
#include "sipstack/SipStack.h"
#include "ui/ContactPhotos.h"
#include "ui/PinyinEngine.h"
#include "ui/GuiLanguage.h"
#include "ui/RingTones.h"
#include "ui/Wallpapers.h"
#include "web/ActionUrl.h"
#include "web/WebServer.h"
#include <QDir>
#include <QFileInfo>

#include <QJSEngine>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPhone, "vidi.phone")

namespace vidi::app {

namespace {
Phone *s_instance = nullptr;

sip::AccountSettings accountFromConfig(const ConfigStore &c, int i) {
    auto key = [i](const char *name) { return QStringLiteral("account.%1.%2").arg(i).arg(name); };
    sip::AccountSettings s;
    s.index = i;
    s.enabled = c.boolValue(key("enable"));
    s.label = c.value(key("label"));
    s.displayName = c.value(key("display_name"));
    s.authName = c.value(key("auth_name"));
    s.userName = c.value(key("user_name"));
    s.password = c.value(key("password"));
    s.serverHost = c.value(key("sip_server_host"));
    s.serverPort = c.intValue(key("sip_server_port"));
    s.outboundEnabled = c.boolValue(key("outbound_proxy_enable"));
    s.outboundInDialog = c.boolValue("sip.use_out_bound_in_dialog");
    s.outboundHost = c.value(key("outbound_host"));
    s.outboundPort = c.intValue(key("outbound_port"));
    s.transport = c.intValue(key("transport"));
    s.expires = c.intValue(key("expires"));
    s.retryInterval = c.intValue(key("reg_fail_retry_interval"));
    s.subscribeMwi = c.boolValue(key("subscribe_mwi"));
    s.sessionTimer = c.boolValue(key("session_timer.enable"));
    s.sessionExpires = c.intValue(key("session_timer.expires"));
    s.sessionRefresher = c.intValue(key("session_timer.refresher"));
    s.mwiExpires = c.intValue(key("subscribe_mwi_expires"));
    s.keepAliveSeconds =
        c.boolValue(key("nat.udp_update_enable")) ? c.intValue(key("nat.udp_update_time")) : 0;
    return s;
}
} // namespace

Phone::Phone(const PhoneOptions &options, platform::Platform *platform, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_platform(platform)
    , m_config(new ConfigStore(options.configDir, this))
    , m_provisioner(new Provisioner(m_config, this))
    , m_certificates(std::make_unique<CertificateStore>(options.configDir))
    , m_sip(new sip::SipStack(this))
    , m_accounts(new AccountListModel(m_sip, this))
    , m_calls(new CallManager(m_sip, m_config, platform, this))
    , m_tones(new media::TonePlayer(this))
    , m_keys(std::make_unique<KeyDispatcher>(this)) {
    s_instance = this;
    m_provisioner->setCertificateStore(m_certificates.get());
    m_dss = new DssKeys(this);
    m_dssKeys = new DssKeyModel(m_config, this);
    connect(m_calls, &CallManager::incomingCall, m_dss, [this](Call *call) {
        m_dss->rememberCaller(call->accountIndex(), call->remoteNumber());
    });
    m_dialNowTimer = new QTimer(this);
    m_dialNowTimer->setSingleShot(true);
    connect(m_dialNowTimer, &QTimer::timeout, this, &Phone::send);
    m_hotlineTimer = new QTimer(this);
    m_hotlineTimer->setSingleShot(true);
    connect(m_hotlineTimer, &QTimer::timeout, this, [this] {
        if (m_screen == Screen::Dialer && m_dialText.isEmpty())
            dialNumber(m_config->value("features.hotline_number"));
    });
    m_interDigitTimer = new QTimer(this);
    m_interDigitTimer->setSingleShot(true);
    connect(m_interDigitTimer, &QTimer::timeout, this, [this] {
        if (m_screen == Screen::Dialer && !m_dialText.isEmpty() && !m_transferCall)
            send();
    });
    if (m_platform)
        m_tones->setSink(m_platform->audioSink());
    m_tones->setRingerSink(m_platform->ringerSink());
    connect(m_accounts, &AccountListModel::registrationChanged, this, &Phone::serviceChanged);
    connect(m_accounts, &AccountListModel::countChanged, this, &Phone::serviceChanged);
    // Queued: the screen follows a call on the next turn of the event loop, so that SIP work
    // (an auto answer, say) is not kept waiting behind building a QML screen.
    connect(m_calls, &CallManager::currentChanged, this, &Phone::onCallsChanged,
            Qt::QueuedConnection);
    connect(m_calls, &CallManager::conferenceChanged, this, &Phone::onCallsChanged,
            Qt::QueuedConnection);
    connect(m_sip, &sip::SipStack::notifyReceived, this, &Phone::onNotify);
    m_autoRedial = new AutoRedial(m_calls, m_config, this);
    m_completion = new CallCompletion(m_calls, m_sip, m_config, this);
    m_history =
        new CallHistory(QDir(options.configDir).filePath(QStringLiteral("history.db")), this);
    m_historyList = new CallHistoryModel(m_history, this);
    m_directory =
        new Directory(QDir(options.configDir).filePath(QStringLiteral("contacts.db")), this);
    m_calls->setDirectory(m_directory);
    m_contactList = new DirectoryModel(m_directory, this);
    m_provisioner->setDirectory(m_directory);
    m_wallpapers = std::make_unique<Wallpapers>(options.configDir);
    m_photos = std::make_unique<ContactPhotos>(options.configDir);
    // Words chosen on the Chinese keyboard are learnt with the phone's other data.
    PinyinEngine::setSharedUserDictionary(options.configDir + QStringLiteral("/pinyin_user.dat"));
    m_provisioner->setWallpapers(m_wallpapers.get());
    m_rings = std::make_unique<RingTones>(options.configDir);
    m_provisioner->setRingTones(m_rings.get());
    new HistoryRecorder(m_calls, m_history, m_config, this);
    connect(m_history, &CallHistory::changed, this, &Phone::historyChanged);
    // Seed §5.8 features.busy_tone_delay: the busy tone for 0/3/5 s after the far end hangs
    // up or is busy.
    m_busyTone = new QTimer(this);
    m_busyTone->setSingleShot(true);
    connect(m_busyTone, &QTimer::timeout, this, &Phone::updateScreen);
    connect(m_calls, &CallManager::callEnded, this, [this](Call *call) {
        const int seconds = m_config->intValue("features.busy_tone_delay");
        const bool busy = !call->isIncoming() && !call->wasAnswered() &&
                          (call->endStatus() == 486 || call->endStatus() == 600);
        if (seconds > 0 && (busy || (call->wasAnswered() && call->endedByRemote())))
            m_busyTone->start(seconds * 1000);
    });
    connect(m_completion, &CallCompletion::changed, this, &Phone::screenChanged);
    m_voiceMail = new VoiceMailBox(this);
    connect(m_voiceMail, &VoiceMailBox::changed, this, &Phone::voiceMessagesChanged);
    m_language = new GuiLanguage(this);
    m_lockTimer = new QTimer(this);
    m_lockTimer->setSingleShot(true);
    connect(m_lockTimer, &QTimer::timeout, this, [this] { updateLock(true); });
    connect(m_config, &ConfigStore::changed, this, [this](const QStringList &names) {
        if (names.contains(QLatin1String("lang.gui")))
            m_language->apply(m_config->value("lang.gui"));
        if (names.contains(QLatin1String("phone_setting.lock")))
            updateLock(true);
        for (const QString &n : names)
            if (n == u"lang.gui" || n.startsWith(QLatin1String("local_time.")) ||
                n.startsWith(QLatin1String("phone_setting."))) {
                Q_EMIT displaySettingsChanged();
                break;
            }
        for (const QString &n : names)
            if (n.startsWith(QLatin1String("account."))) {
                applyAccountSettings();
                break;
            }
    });
    if (m_platform) {
        connect(m_platform, &platform::Platform::hookChanged, this, &Phone::hookChanged);
        connect(m_platform, &platform::Platform::hookChanged, this, [this](bool offHook) {
            if (offHook && m_screen == Screen::Incoming)
                answer();
            else if (offHook && m_screen == Screen::Idle)
                goOffHook();
            else if (!offHook && m_transferCall && !m_dialText.isEmpty() &&
                     m_config->boolValue("transfer.blind_tran_on_hook_enable"))
                completeTransfer(m_dialText); // seed: finish a blind transfer on on-hook
            else if (!offHook && currentCall())
                hangup();
            else if (!offHook && m_screen == Screen::Dialer)
                closeDialer();
        });
    }
}

Phone::~Phone() {
    if (s_instance == this)
        s_instance = nullptr;
}

Phone *Phone::instance() {
    return s_instance;
}

Phone *Phone::create(QQmlEngine *engine, QJSEngine *) {
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->m_language->setEngine(engine); // a new language re-evaluates every qsTr()
    return s_instance;
}

QString Phone::bootMessage() const {
    return m_screen == Screen::Boot ? tr("Initializing...Please wait") : QString();
}

void Phone::boot() {
    QString error;
    if (!m_config->load(&error))
        qCWarning(lcPhone) << "settings not loaded:" << error;
    m_language->apply(m_config->value("lang.gui"));
    Q_EMIT displaySettingsChanged();
    updateLock(true);
    if (m_options.provisionUrl.isValid() && !m_options.provisionUrl.isEmpty()) {
        connect(m_provisioner, &Provisioner::finished, this, &Phone::startServices,
                Qt::SingleShotConnection);
        m_provisioner->run(m_options.provisionUrl, m_options.mac);
    } else {
        startServices();
    }
}

void Phone::startServices() {
    QString error;
    const int port = m_config->intValue("sip.listen_port");
    sip::TransportOptions tls;
    tls.signallingDscp = m_config->intValue("network.qos.signaltos");
    tls.port = m_config->intValue("sip.tls_listen_port");
    tls.certificateDir = m_certificates->prepareTlsDirectory();
    tls.verifyServer = m_config->boolValue("security.trust_certificates");
    if (!m_sip->start(port, tls, &error)) {
        qCCritical(lcPhone) << "SIP:" << error;
        setNotice(error);
    }
    applyAccountSettings();
    m_sharedLines = new SharedLines(m_sip, m_config, this);
    m_calls->setSharedLines(m_sharedLines);
    m_dssKeys->setSharedLines(m_sharedLines);
    m_blf = new BlfMonitor(m_sip, m_config, this);
    m_blf->reload();
    m_dssKeys->setBlfMonitor(m_blf);
    connect(m_config, &ConfigStore::changed, m_blf, [this](const QStringList &names) {
        for (const QString &n : names)
            if (n.startsWith(QLatin1String("memorykey.")) ||
                n.startsWith(QLatin1String("linekey.")) || n.contains(QLatin1String(".blf")))
                return m_blf->reload();
    });

    auto *addresses = new AddressWatcher(this);
    connect(addresses, &AddressWatcher::addressesChanged, this, &Phone::onAddressesChanged);

    m_actionUrl = new ActionUrl(this, this);
    m_actionUrl->connectEvents();
    auto *web = new WebServer(this, this);
    if (!web->listen(m_config->intValue("network.port.http"), &error)) {
        qCWarning(lcPhone) << "web server:" << error;
    }
    m_booted = true;
    updateScreen();
    qCInfo(lcPhone) << "setup completed";
    Q_EMIT setupCompleted();
}

void Phone::shutdown() {
    connect(m_sip, &sip::SipStack::stopped, this, &Phone::finishShutdown, Qt::SingleShotConnection);
    m_tones->stop();
    m_sip->shutdown();
}

void Phone::finishShutdown() {
    // The last events (log_off, call_terminated) still have to reach their servers.
    constexpr int kGraceMs = 2000;
    if (!m_actionUrl || m_actionUrl->pending() == 0) {
        Q_EMIT shutdownFinished();
        return;
    }
    connect(m_actionUrl, &ActionUrl::idle, this, &Phone::shutdownFinished,
            Qt::SingleShotConnection);
    QTimer::singleShot(kGraceMs, this, &Phone::shutdownFinished);
}

void Phone::onAddressesChanged(const QStringList &before, const QStringList &now) {
    qCInfo(lcPhone) << "network address changed:" << before << "->" << now
                    << "- registering again and refreshing the calls";
    QStringList gone;
    for (const QString &address : before)
        if (!now.contains(address))
            gone << address;
    m_sip->networkChanged(gone);
    m_calls->refreshAfterNetworkChange();
    Q_EMIT serviceChanged(); // the status page and the idle screen show the address
    Q_EMIT networkChanged();
}

QString Phone::ringToneName() const {
    return m_tones->currentRing();
}

QString Phone::toneName() const {
    return QString::fromLatin1(
        QMetaEnum::fromType<media::TonePlayer::Tone>().valueToKey(int(m_tones->current())));
}

void Phone::applyAccountSettings() {
    if (!m_sip->isRunning())
        return;
    // Sofia has one set of transaction timers: the first usable account's (account 1's when
    // none is) apply to all.
    int timerAccount = 1;
    for (int i = 4; i >= 1; --i)
        if (accountFromConfig(*m_config, i).usable())
            timerAccount = i;
    auto ms = [this, timerAccount](const char *name) {
        const QString key = QStringLiteral("account.%1.advanced.%2").arg(timerAccount).arg(name);
        return unsigned(m_config->value(key).toDouble() * 1000);
    };
    m_sip->setTransactionTimers(ms("timer_t1"), ms("timer_t2"), ms("timer_t4"));
    for (int i = 1; i <= 4; ++i)
        m_sip->account(i)->configure(accountFromConfig(*m_config, i));
    m_accounts->refresh();
    if (!m_accounts->usableAccounts().contains(m_dialAccount))
        m_dialAccount = m_accounts->usableAccounts().value(0, 1);
}

bool Phone::serviceAvailable() const {
    return m_accounts->anyRegistered();
}

Call *Phone::currentCall() const {
    return m_calls->current();
}

QStringList Phone::softkeys() const {
    const Call *call = currentCall();
    KeyDispatcher::Context context;
    context.screen = m_screen;
    context.muted = m_calls->inConference() ? m_calls->conferenceMuted() : call && call->isMuted();
    context.conference = m_calls->inConference();
    context.held = call && call->isHeld();
    context.dnd = dnd();
    context.waiting = waitingCall() != nullptr;
    context.otherCall = otherCall() != nullptr;
    context.transferring = isTransferring();
    context.completionOffer = !m_completion->offer().isEmpty();
    context.formOpen = m_formOpen;
    return KeyDispatcher::softkeysFor(context);
}

QString Phone::ipAddress() const {
    for (int i : m_accounts->usableAccounts())
        return sip::localAddressToward(m_sip->account(i)->settings().serverHost);
    return sip::localAddressToward(QStringLiteral("192.0.2.1")); // the default route's address
}

QString Phone::firmware() const {
    return QStringLiteral(VIDI_VERSION);
}

void Phone::updateScreen() {
    Screen next = Screen::Idle;
    const Call *call = currentCall();
    if (!m_booted)
        next = Screen::Boot;
    else if (call && (m_transferCall == call || m_conferenceCall == call) && m_dialerOpen)
        next = Screen::Dialer; // the transfer target is being dialled
    else if (call) {
        switch (call->state()) {
        case Call::State::Incoming:
            next = Screen::Incoming;
            break;
        case Call::State::Calling:
        case Call::State::Ringing:
            next = Screen::Outgoing;
            break;
        default:
            next = Screen::InCall;
            break;
        }
    } else if (m_dialerOpen)
        next = Screen::Dialer;
    else if (m_page)
        next = *m_page;

    // Tones follow the screen: ringback while the far end rings, the ring while we ring.
    media::TonePlayer::Tone tone = media::TonePlayer::Tone::None;
    if (call && call->state() == Call::State::Ringing && !call->hasEarlyMedia())
        tone = media::TonePlayer::Tone::Ringback; // unless the network plays its own
    else if (call && call->state() == Call::State::Incoming)
        tone = media::TonePlayer::Tone::Ring;
    else if (waitingCall() && m_config->boolValue("call_waiting.tone"))
        tone = media::TonePlayer::Tone::CallWaiting;
    else if (!call && next == Screen::Dialer && m_dialText.isEmpty() &&
             (m_dialerOffHook || isOffHook()))
        tone = media::TonePlayer::Tone::Dial; // off hook, nothing dialled yet
    else if (!call && m_busyTone->isActive())
        tone = media::TonePlayer::Tone::Busy; // seed §5.8: after the far end hung up
    // A ring tone being previewed in the settings plays on while nothing else sounds.
    if (!m_ringPreview || tone != media::TonePlayer::Tone::None)
        m_tones->play(tone, tone == media::TonePlayer::Tone::Ring
                                ? m_rings->playable(call->ringTone())
                                : QString());

    if (next != m_screen) {
        m_screen = next;
        Q_EMIT screenChanged();
        // Back on idle, unlocked: the lock comes back after phone_lock.lock_time_out.
        if (m_screen == Screen::Idle && !m_locked &&
            m_config->intValue("phone_setting.lock") == 1) {
            const int seconds = m_config->intValue("phone_setting.phone_lock.lock_time_out");
            if (seconds == 0)
                updateLock(true);
            else
                m_lockTimer->start(seconds * 1000);
        } else if (m_screen != Screen::Idle) {
            m_lockTimer->stop(); // in use
        }
    }
}

void Phone::onCallsChanged() {
    for (Call *c : m_calls->calls()) {
        connect(c, &Call::stateChanged, this, &Phone::onCallsChanged, Qt::UniqueConnection);
        connect(c, &Call::mutedChanged, this, &Phone::screenChanged, Qt::UniqueConnection);
        connect(c, &Call::heldChanged, this, &Phone::screenChanged, Qt::UniqueConnection);
        connect(c, &Call::videoChanged, this, &Phone::onCallsChanged, Qt::UniqueConnection);
    }
    if (m_transferCall && m_transferCall != currentCall())
        m_transferCall = nullptr; // the call being transferred ended
    if (m_conferenceCall && m_conferenceCall != currentCall())
        m_conferenceCall = nullptr;
    if (currentCall() && !m_transferCall && !m_conferenceCall) {
        m_dialerOpen = false;
        m_page.reset();
        if (!m_dialText.isEmpty()) {
            m_dialText.clear();
            Q_EMIT dialTextChanged();
        }
    }
    showVideoOf(currentCall());
    Q_EMIT callChanged();
    updateScreen();
    Q_EMIT screenChanged(); // softkeys follow waiting and held calls
}

void Phone::setNotice(const QString &text) {
    if (text == m_notice)
        return;
    m_notice = text;
    Q_EMIT noticeChanged();
}

bool Phone::pressKey(const QString &key) {
    static const QRegularExpression dss(QStringLiteral("^[DL][0-9]{1,2}$"));
    if (dss.match(key).hasMatch())
        return pressDssKey(key);
    return m_keys->press(key);
}

QString Phone::callCompletionOffer() const {
    return m_completion->offer();
}

bool Phone::acceptCallCompletion() {
    if (m_completion->offer().isEmpty())
        return false;
    m_completion->accept();
    return true;
}

bool Phone::cancelCallCompletion() {
    if (m_completion->offer().isEmpty() && m_completion->waitingFor().isEmpty())
        return false;
    m_completion->cancel();
    return true;
}

bool Phone::pressDssKey(const QString &key) {
    return m_dss->press(key);
}

void Phone::openDialer() {
    if (m_screen != Screen::Idle && !m_page)
        return;
    m_page.reset();
    m_dialerOpen = true;
    setNotice({});
    updateScreen();
}

void Phone::goOffHook() {
    m_dialerOffHook = true;
    openDialer();
    // Seed §"Hotline": dialled on the first available line after features.hotline_delay,
    // unless the user starts dialling first.
    if (!m_config->value("features.hotline_number").trimmed().isEmpty() &&
        m_screen == Screen::Dialer)
        m_hotlineTimer->start(m_config->intValue("features.hotline_delay") * 1000);
}

void Phone::closeDialer() {
    m_dialerOffHook = false;
    m_dialNowTimer->stop();
    m_autoRedial->cancel(); // X on the idle screen also stops an auto redial
    m_hotlineTimer->stop();
    m_interDigitTimer->stop();
    if (m_transferCall) { // cancelling a transfer: back to the call
        m_transferCall->resume();
        m_transferCall = nullptr;
    }
    if (m_conferenceCall) { // likewise a conference
        m_conferenceCall->resume();
        m_conferenceCall = nullptr;
    }
    m_dialerOpen = false;
    m_dialText.clear();
    Q_EMIT dialTextChanged();
    updateScreen();
}

void Phone::appendDigit(const QString &digit) {
    if (m_screen == Screen::Idle)
        openDialer();
    if (m_screen != Screen::Dialer || m_dialText.size() >= 64)
        return;
    m_dialText += digit;
    setNotice({});
    if (m_dialText.size() == 1)
        updateScreen(); // the dial tone stops at the first digit
    Q_EMIT dialTextChanged();
    m_hotlineTimer->stop();
    // Live dialpad (phone_setting.predial_autodial): the number goes out by itself after the
    // inter-digit time without a further key.
    if (m_config->boolValue("phone_setting.predial_autodial") && !m_transferCall)
        m_interDigitTimer->start(m_config->intValue("phone_setting.inter_digit_time") * 1000);
    // Dial-now (seed §"Dial Plan"): a matching number goes out by itself after the delay.
    m_dialNowTimer->stop();
    if (DialPlan(*m_config).isDialNow(m_dialText, m_dialAccount))
        m_dialNowTimer->start(m_config->intValue("phone_setting.dialnow_delay") * 1000);
}

void Phone::backspace() {
    if (m_dialText.isEmpty())
        return;
    m_dialText.chop(1);
    m_dialNowTimer->stop();
    Q_EMIT dialTextChanged();
}

bool Phone::send() {
    if (m_transferCall)
        return completeTransfer(m_dialText);
    if (m_conferenceCall)
        return dialConferenceParty();
    return dialNumber(m_dialText);
}

bool Phone::isTransferring() const {
    return m_transferCall != nullptr;
}

void Phone::startTransfer() {
    Call *call = currentCall();
    if (!call || call->state() != Call::State::Active || m_transferCall)
        return;
    call->hold(); // the transferee waits on hold while the target is dialled
    m_transferCall = call;
    m_dialerOpen = true;
    m_dialText.clear();
    Q_EMIT dialTextChanged();
    updateScreen();
    Q_EMIT screenChanged();
}

void Phone::transferKey() {
    Call *current = currentCall();
    Call *held = otherCall();
    if (current && held && current->state() == Call::State::Active &&
        held->state() == Call::State::Active) {
        held->attendedTransfer(current);
        return;
    }
    startTransfer();
}

bool Phone::consult() {
    return dialBeside(m_transferCall); // the held call waits; Transfer completes it later
}

bool Phone::dialBeside(QPointer<Call> &held) {
    if (!held || m_dialText.trimmed().isEmpty())
        return false;
    const int account = held->accountIndex();
    const auto number = outgoingNumber(m_dialText, account);
    if (!number)
        return false;
    held = nullptr; // the dialler no longer belongs to it
    leaveDialer();
    QString error;
    if (!m_calls->dial(account, *number, &error)) {
        setNotice(error);
        return false;
    }
    return true;
}

bool Phone::completeTransfer(const QString &target) {
    if (!m_transferCall || target.trimmed().isEmpty())
        return false;
    const int account = m_transferCall->accountIndex();
    const auto number = outgoingNumber(target, account);
    if (!number)
        return false;
    const QString uri = CallManager::targetUri(*number, m_sip->account(account)->settings());
    Call *call = m_transferCall;
    m_transferCall = nullptr;
    leaveDialer();
    call->blindTransfer(uri);
    updateScreen();
    Q_EMIT screenChanged();
    return true;
}

bool Phone::dialNumber(const QString &number) {
    return dialOn(m_dialAccount, number);
}

bool Phone::dialOn(int account, const QString &number, bool intercom) {
    if (m_locked && !DialPlan(*m_config).isEmergency(number.trimmed())) {
        setNotice(tr("The phone is locked: only emergency numbers"));
        Q_EMIT unlockRequested();
        return false;
    }
    m_dialNowTimer->stop();
    m_hotlineTimer->stop();
    m_interDigitTimer->stop();
    if (number.trimmed().isEmpty() || currentCall() || !m_booted)
        return false;
    const auto planned = outgoingNumber(number, account);
    if (!planned)
        return false;
    QString error;
    if (!m_calls->dial(account, *planned, &error, intercom)) {
        qCWarning(lcPhone) << "cannot dial" << number << ":" << error;
        setNotice(error);
        return false;
    }
    leaveDialer(); // the number went out; the screen follows on the next turn
    return true;
}

std::optional<QString> Phone::outgoingNumber(const QString &typed, int account) {
    const DialPlan::Outcome planned = DialPlan(*m_config).apply(typed.trimmed(), account);
    if (planned.blocked) {
        qCInfo(lcPhone) << "block-out rule:" << typed << "not dialled";
        setNotice(tr("Forbidden Number"));
        return std::nullopt;
    }
    return planned.number;
}

void Phone::leaveDialer() {
    m_dialerOpen = false;
    if (!m_dialText.isEmpty()) {
        m_dialText.clear();
        Q_EMIT dialTextChanged();
    }
}

Call *Phone::waitingCall() const {
    return m_calls->waiting();
}
Call *Phone::otherCall() const {
    return m_calls->other();
}

void Phone::answer() {
    // A waiting call first: answering it holds the current one.
    if (Call *waiting = waitingCall())
        m_calls->answer(waiting);
    else if (Call *call = currentCall())
        m_calls->answer(call);
}

void Phone::reject() {
    Call *call = waitingCall();
    if (!call)
        call = currentCall();
    if (call)
        call->reject(m_config->intValue("features.normal_refuse_code"));
}

void Phone::toggleHold() {
    Call *call = currentCall();
    if (!call)
        return;
    if (call->isHeld())
        call->resume();
    else
        call->hold();
}

void Phone::swap() {
    m_calls->swap();
}

QString Phone::setting(const QString &name) const {
    return m_config->value(name);
}

int Phone::dateFormat() const {
    return m_config->intValue("local_time.date_format");
}

bool Phone::clock24h() const {
    return m_config->intValue("local_time.time_format") == 1;
}

QString Phone::localeName() const {
    const QString code = GuiLanguage::codeOf(m_config->value("lang.gui"));
    return code.isEmpty() ? QStringLiteral("en_US") : code;
}

QString Phone::saveSetting(const QString &name, const QString &value) {
    QString error;
    if (m_config->set(name, value, &error))
        return {};
    qCWarning(lcPhone) << "setting" << name << "not saved:" << error; // the log: English
    // The screen: the registry's reason in the phone's language.
    const ParamRegistry &registry = ParamRegistry::instance();
    if (const ParamSpec *spec = registry.find(name)) {
        const Refusal why = registry.refusal(*spec, value);
        if (why.refused())
            return why.translated();
    }
    return tr("Not a valid value");
}

bool Phone::toggleCamera() {
    Call *call = currentCall();
    if (!call || !call->hasVideo())
        return false;
    call->setCameraStopped(!call->isCameraStopped());
    return true;
}

void Phone::setVideoOutputs(QVideoSink *remote, QVideoSink *preview, QVideoSink *second) {
    m_remoteVideo = remote;
    m_previewVideo = preview;
    m_secondVideo = second;
    showVideoOf(currentCall());
}

bool Phone::conferenceVideo() const {
    const QList<Call *> legs = m_calls->conferenceCalls();
    return legs.size() == 2 && legs.at(0)->hasVideo() && legs.at(1)->hasVideo();
}

void Phone::showVideoOf(Call *call) {
    // In a local conference with video both far ends are shown (seed §5.5: the phone composes
    // the picture of the conference); otherwise only the call in view shows its pictures, and
    // the others keep their streams but draw nothing.
    if (conferenceVideo()) {
        // The call in view on the left, under its name; the other on the right.
        QList<Call *> legs = m_calls->conferenceCalls();
        if (legs.at(1) == call)
            legs.swapItemsAt(0, 1);
        legs.at(0)->setVideoSinks(m_remoteVideo, m_previewVideo);
        legs.at(1)->setVideoSinks(m_secondVideo, nullptr);
        return;
    }
    for (Call *c : m_calls->calls())
        if (c != call)
            c->setVideoSinks(nullptr, nullptr);
    if (call)
        call->setVideoSinks(m_remoteVideo, m_previewVideo);
}

void Phone::hangup() {
    if (m_calls->inConference()) { // the initiator leaves
        const QList<Call *> legs = m_calls->conferenceCalls();
        if (legs.size() == 2 && m_config->boolValue("transfer.tran_others_after_conf_enable")) {
            // The other two stay connected: the first is referred to the second, replacing
            // our call with it (RFC 3891); both our calls end when the transfer succeeds.
            legs.at(0)->attendedTransfer(legs.at(1));
            return;
        }
        for (Call *call : legs) // the conference ends for all
            call->hangup();
        return;
    }
    if (Call *call = currentCall()) {
        if (call->state() == Call::State::Incoming)
            reject();
        else
            call->hangup();
    }
}

void Phone::toggleMute() {
    if (m_calls->inConference())
        m_calls->setConferenceMuted(!m_calls->conferenceMuted());
    else if (Call *call = currentCall())
        call->setMuted(!call->isMuted());
}

bool Phone::inConference() const {
    return m_calls->inConference();
}

bool Phone::conferenceKey() {
    if (m_calls->inConference())
        return false;
    if (otherCall()) {
        // account.x.conf_type: 0 local (this phone mixes), 2 network (RFC 4579, conf_uri).
        const int account = currentCall()->accountIndex();
        const QString base = QStringLiteral("account.%1.").arg(account);
        const QString factory = m_config->value(base + "conf_uri").trimmed();
        if (m_config->intValue(base + "conf_type") == 2 && !factory.isEmpty())
            return m_calls->startNetworkConference(account, factory);
        return m_calls->startConference();
    }
    Call *call = currentCall();
    if (!call || call->state() != Call::State::Active || m_transferCall || m_conferenceCall)
        return false;
    call->hold(); // seed flow: A holds B, calls C, then joins them
    m_conferenceCall = call;
    m_dialerOpen = true;
    m_dialText.clear();
    Q_EMIT dialTextChanged();
    updateScreen();
    Q_EMIT screenChanged();
    return true;
}

bool Phone::dialConferenceParty() {
    return dialBeside(m_conferenceCall); // held until Conference joins the two
}

void Phone::splitConference() {
    m_calls->splitConference();
}

bool Phone::retrieveSharedHold(int account) {
    if (currentCall() || !m_booted)
        return false;
    QString error;
    if (!m_calls->retrieveSharedHold(account, &error)) {
        qCInfo(lcPhone) << "shared line" << account << ":" << error;
        return false;
    }
    return true;
}

void Phone::openDialerOn(int account) {
    if (m_accounts->usableAccounts().contains(account) && account != m_dialAccount) {
        m_dialAccount = account;
        Q_EMIT dialTextChanged();
    }
    openDialer();
}

void Phone::nextAccount() {
    const QList<int> usable = m_accounts->usableAccounts();
    if (usable.isEmpty())
        return;
    const int pos = usable.indexOf(m_dialAccount);
    m_dialAccount = usable.at((pos + 1) % usable.size());
    Q_EMIT dialTextChanged();
}

int Phone::voiceMessages() const {
    return m_voiceMail->newMessages();
}

void Phone::onNotify(int account, const QString &event, const QString &params,
                     const QByteArray &body) {
    if (event == QLatin1String("message-summary")) {
        m_voiceMail->update(account, body);
    } else if (event == QLatin1String("check-sync")) {
        // Seed §"Remote reboot": reboot only with reboot=true; otherwise re-provision.
        if (params.split(QLatin1Char(';'))
                .contains(QLatin1String("reboot=true"), Qt::CaseInsensitive)) {
            qCInfo(lcPhone) << "check-sync: rebooting";
            if (m_platform)
                m_platform->reboot();
        } else if (m_options.provisionUrl.isValid() && !m_options.provisionUrl.isEmpty()) {
            qCInfo(lcPhone) << "check-sync: provisioning again";
            m_provisioner->run(m_options.provisionUrl, m_options.mac);
        }
    }
}

bool Phone::dnd() const {
    return m_config->boolValue("features.dnd.enable");
}

void Phone::setDnd(bool on) {
    if (on == dnd())
        return;
    m_config->set(QStringLiteral("features.dnd.enable"), on ? "1" : "0");
    const QString code = m_config->value(on ? "features.dnd.on_code" : "features.dnd.off_code");
    if (!code.isEmpty() && !currentCall())
        dialNumber(code);
    Q_EMIT dndChanged(on);
    Q_EMIT screenChanged(); // the softkey label follows
}

void Phone::toggleHook() {
    if (m_platform)
        m_platform->simulateHook(!m_platform->isOffHook());
}

bool Phone::isOffHook() const {
    return m_platform && m_platform->isOffHook();
}
bool Phone::isSimulated() const {
    return !m_platform || m_platform->isSimulated();
}

int Phone::newMissedCalls() const {
    return m_history->newMissed();
}

bool Phone::openPage(Screen page) {
    // Pages open from the idle screen or from another page, never over a call or the dialer.
    if (m_screen != Screen::Idle && !m_page)
        return false;
    if (!allowedWhileLocked())
        return false;
    m_page = page;
    updateScreen();
    Q_EMIT screenChanged();
    return true;
}

void Phone::closePage(Screen page) {
    if (m_page != page)
        return;
    m_page.reset();
    updateScreen();
}

void Phone::showHistory(int kind) {
    if (m_screen != Screen::Idle && !m_page)
        return;
    if (kind < 0)
        kind = m_history->newMissed() > 0 ? CallHistory::Missed : CallHistory::Dialed;
    m_historyList->setKind(kind);
    if (kind == CallHistory::Missed)
        m_history->markMissedSeen(); // seed §4.2: opening Missed clears the indicator
    openPage(Screen::History);
}

void Phone::closeHistory() {
    closePage(Screen::History);
}

bool Phone::dialFromHistory(int row) {
    const CallHistory::Entry *entry = m_historyList->entry(row);
    if (!entry || m_screen != Screen::History)
        return false;
    const QString uri = entry->uri;
    const int account = entry->account > 0 ? entry->account : m_dialAccount;
    m_page.reset();
    return dialOn(account, uri);
}

bool Phone::saveHistoryEntryToContacts(int row) {
    const CallHistory::Entry *entry = m_historyList->entry(row);
    if (!entry)
        return false;
    Contact contact;
    contact.office = numberOfUri(entry->uri);
    contact.name = entry->name.isEmpty() ? contact.office : entry->name;
    contact.line = QString::number(entry->account);
    QString error;
    if (!m_directory->save(contact, &error)) {
        setNotice(error);
        return false;
    }
    setNotice(tr("%1 saved to the directory").arg(contact.name));
    return true;
}

bool Phone::deleteContact(int row) {
    const Contact *contact = m_contactList->contact(row);
    return contact && m_directory->remove(contact->id);
}

void Phone::showDirectory() {
    m_contactList->setFilter({});
    openPage(Screen::Directory);
}

void Phone::closeDirectory() {
    if (m_page == Screen::Directory) {
        setFormOpen(false);
        m_contactList->setGroup({}); // the next visit starts with all contacts
    }
    closePage(Screen::Directory);
}

bool Phone::dialContact(int row) {
    const Contact *contact = m_contactList->contact(row);
    if (!contact || m_screen != Screen::Directory || contact->numbers().isEmpty())
        return false;
    const QString number = contact->numbers().first();
    // "line" 0 is any line; otherwise the first it names.
    const int line = contact->line.section(QLatin1Char(','), 0, 0).toInt();
    m_page.reset();
    return dialOn(line > 0 ? line : m_dialAccount, number);
}

void Phone::showSettings() {
    m_settingsDepth = 0;
    setFormOpen(false);
    openPage(Screen::Settings);
}

void Phone::closeSettings() {
    m_settingsDepth = 0;
    if (m_page == Screen::Settings)
        setFormOpen(false);
    closePage(Screen::Settings);
}

void Phone::setSettingsDepth(int depth) {
    m_settingsDepth = depth;
}

void Phone::setFormOpen(bool open) {
    if (open == m_formOpen)
        return;
    m_formOpen = open;
    Q_EMIT screenChanged(); // the softkeys
}

void Phone::formSoftkey(const QString &action) {
    if (action == u"save")
        Q_EMIT formSaveRequested();
    else if (m_formOpen || (m_screen == Screen::Settings && m_settingsDepth > 0))
        Q_EMIT formBackRequested();
    else if (m_screen == Screen::Settings)
        closeSettings();
    else if (m_screen == Screen::Directory)
        closeDirectory();
    else if (m_screen == Screen::Dss)
        closeDss();
}

QVariantMap Phone::contactFields(int row) const {
    const Contact *c = row >= 0 ? m_contactList->contact(row) : nullptr;
    if (!c)
        return {{QStringLiteral("name"), QString()},
                {QStringLiteral("office"), QString()},
                {QStringLiteral("mobile"), QString()},
                {QStringLiteral("other"), QString()},
                // A new contact joins the group shown (seed: Directory → group → New Contact).
                {QStringLiteral("group"), m_contactList->group()},
                {QStringLiteral("ring"), QString()},
                {QStringLiteral("line"), QStringLiteral("0")},
                {QStringLiteral("photo"), QString()}};
    return {{QStringLiteral("name"), c->name},     {QStringLiteral("office"), c->office},
            {QStringLiteral("mobile"), c->mobile}, {QStringLiteral("other"), c->other},
            {QStringLiteral("group"), c->group},   {QStringLiteral("ring"), c->ring},
            {QStringLiteral("line"), c->line},     {QStringLiteral("photo"), c->photo}};
}

QString Phone::saveContact(int row, const QVariantMap &fields) {
    Contact contact;
    if (row >= 0) {
        const Contact *existing = m_contactList->contact(row);
        if (!existing)
            return tr("The contact is gone");
        contact = *existing; // keeps its id (an update)
    }
    contact.name = fields.value(QStringLiteral("name")).toString().trimmed();
    contact.office = fields.value(QStringLiteral("office")).toString().trimmed();
    contact.mobile = fields.value(QStringLiteral("mobile")).toString().trimmed();
    contact.other = fields.value(QStringLiteral("other")).toString().trimmed();
    contact.group = fields.value(QStringLiteral("group")).toString();
    contact.ring = fields.value(QStringLiteral("ring")).toString();
    contact.line = fields.value(QStringLiteral("line"), QStringLiteral("0")).toString();
    if (fields.contains(QStringLiteral("photo")))
        contact.photo = fields.value(QStringLiteral("photo")).toString();
    if (contact.name.isEmpty())
        return tr("A contact needs a name");
    QString error;
    if (!m_directory->save(contact, &error)) {
        qCWarning(lcPhone) << "contact not saved:" << error;
        return m_directory->count() >= Directory::kCapacity && row < 0
                   ? tr("The directory is full")
                   : tr("Not saved: the name is taken or the number is not valid");
    }
    return {};
}

QString Phone::wallpaperUrl() const {
    return m_wallpapers->urlFor(m_config->value("phone_setting.backgrounds"));
}

void Phone::updateLock(bool lockNow) {
    const bool enabled = m_config->intValue("phone_setting.lock") == 1;
    const bool locked = enabled && (lockNow || m_locked);
    m_lockTimer->stop();
    if (locked != m_locked) {
        m_locked = locked;
        qCInfo(lcPhone) << (locked ? "phone locked" : "phone unlocked");
        Q_EMIT lockChanged();
    }
}

bool Phone::allowedWhileLocked() {
    if (!m_locked)
        return true;
    Q_EMIT unlockRequested();
    return false;
}

bool Phone::unlock(const QString &pin) {
    if (!m_locked)
        return true;
    if (pin != m_config->value("phone_setting.phone_lock.unlock_pin")) {
        qCWarning(lcPhone) << "wrong unlock PIN";
        return false;
    }
    m_locked = false;
    qCInfo(lcPhone) << "phone unlocked";
    Q_EMIT lockChanged();
    return true;
}

QVariantList Phone::ringOptions() const {
    QVariantList options;
    for (const QString &value : m_rings->all())
        options << QVariant(
            QVariantList{value, QFileInfo(value.section(QLatin1Char(':'), -1)).completeBaseName()});
    return options;
}

bool Phone::previewRing(const QString &value) {
    if (currentCall())
        return false;
    m_ringPreview = true;
    Q_EMIT ringPreviewChanged();
    m_tones->play(media::TonePlayer::Tone::Ring, m_rings->playable(value));
    QTimer::singleShot(3000, this, [this] {
        m_ringPreview = false;
        Q_EMIT ringPreviewChanged();
        updateScreen(); // the tone the screen wants: none on idle
    });
    return true;
}

int Phone::backlightLevel() const {
    return m_config->intValue("phone_setting.active_backlight_level");
}

int Phone::backlightTime() const {
    return m_config->intValue("phone_setting.backlight_time");
}

bool Phone::backlightOffWhenIdle() const {
    // Seed errata: the guide gives "0-Enable, 1-Disable"; 1 (the default) turns it off.
    return m_config->intValue("phone_setting.inactive_backlight_level") == 1;
}

QVariantList Phone::wallpaperOptions() const {
    QVariantList options;
    for (const QString &value : m_wallpapers->all())
        options << QVariant(QVariantList{value, Wallpapers::displayName(value)});
    return options;
}

QStringList Phone::contactPhotos() const {
    return m_photos->all();
}

QString Phone::photoUrl(const QString &photo) const {
    return m_photos->urlFor(photo);
}

QVariantList Phone::dssKeyTypes() const {
    QVariantList types{QVariantList{QStringLiteral("0"), tr("N/A")}};
    for (int t : {DssKeys::Line, DssKeys::SpeedDial, DssKeys::Blf, DssKeys::BlfList,
                  DssKeys::SharedLine, DssKeys::Intercom, DssKeys::Pickup, DssKeys::GroupPickup,
                  DssKeys::CallReturn, DssKeys::Park, DssKeys::VoiceMail, DssKeys::Dtmf,
                  DssKeys::Dnd, DssKeys::Hold, DssKeys::Transfer, DssKeys::Conference})
        types << QVariant(QVariantList{QString::number(t), DssKeyModel::typeName(t)});
    return types;
}

QStringList Phone::contactGroups() const {
    QStringList names;
    for (const ContactGroup &g : m_directory->groups())
        names << g.name;
    return names;
}

QVariantList Phone::contactGroupList() const {
    QVariantList list;
    const QHash<QString, int> sizes = m_directory->groupSizes();
    for (const ContactGroup &g : m_directory->groups())
        list << QVariantMap{{QStringLiteral("name"), g.name},
                            {QStringLiteral("readOnly"), g.readOnly},
                            {QStringLiteral("count"), sizes.value(g.name)}};
    return list;
}

QString Phone::addContactGroup(const QString &name) {
    if (name.trimmed().isEmpty())
        return tr("A group needs a name");
    QString error;
    if (m_directory->addGroup(ContactGroup{name.trimmed(), {}, false}, &error))
        return {};
    qCWarning(lcPhone) << "group not added:" << error;
    return tr("There is a group of that name");
}

bool Phone::removeContactGroup(const QString &name) {
    QString error;
    if (m_directory->removeGroup(name, &error)) {
        if (m_contactList->group() == name)
            m_contactList->setGroup({});
        return true;
    }
    qCWarning(lcPhone) << "group not removed:" << error;
    return false;
}

bool Phone::checkAdminPassword(const QString &password) const {
    return password == m_config->value("security.password.admin");
}

void Phone::rebootForSettings() {
    setNotice(tr("Rebooting, please wait..."));
    if (m_platform)
        QTimer::singleShot(2000, m_platform, &platform::Platform::reboot);
}

void Phone::showDss() {
    if (m_screen == Screen::Idle)
        openPage(Screen::Dss);
}

void Phone::closeDss() {
    if (m_page == Screen::Dss)
        setFormOpen(false);
    closePage(Screen::Dss);
}

QString Phone::dialMatch() const {
    const QString typed = normalizedNumber(m_dialText);
    if (typed.isEmpty())
        return {};
    for (const Contact &c : m_directory->search(typed))
        for (const QString &n : c.numbers())
            if (normalizedNumber(n).startsWith(typed))
                return QStringLiteral("%1 (%2)").arg(c.name, n);
    for (const CallHistory::Entry &e : m_history->entries()) {
        const QString number = numberOfUri(e.uri);
        if (!e.name.isEmpty() && normalizedNumber(number).startsWith(typed))
            return QStringLiteral("%1 (%2)").arg(e.name, number);
    }
    return {};
}

void Phone::showStatus(bool show) {
    if (!show)
        closePage(Screen::Status);
    else if (m_screen == Screen::Idle)
        openPage(Screen::Status);
}

} // namespace vidi::app
