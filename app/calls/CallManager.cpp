#include "calls/CallManager.h"
#include "calls/AudioCodecs.h"
#include "calls/Call.h"
#include "calls/CallerId.h"
#include "calls/IncomingCallPolicy.h"
#include "calls/RingToneChoice.h"
#include "calls/SharedLines.h"
#include "config/ConfigStore.h"
#include "config/UrlFetcher.h"
#include "directory/Directory.h"
#include "mediapipe/ConferenceBridge.h"
#include "mediapipe/Media.h"
#include "mediapipe/MediaSession.h"
#include "mediapipe/VideoSession.h"
#include "platform/Platform.h"
#include "sipstack/LocalAddress.h"
#include "sipstack/SdpOffer.h"
#include "sipstack/SipAccount.h"
#include "sipstack/SipCall.h"
#include "sipstack/SipStack.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcCall)

namespace vidi::app {

namespace {
constexpr int kJitterBufferMs = 40;     // the floor on a LAN; it grows with the jitter
constexpr int kIntercomToneMs = 600;    // the intercom warning beep before the answer
constexpr int kRingDownloadSeconds = 5; // an Alert-Info ring that takes longer is not played
} // namespace

CallManager::CallManager(sip::SipStack *stack, ConfigStore *config, platform::Platform *platform,
                         QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_config(config)
    , m_platform(platform)
    , m_sdpSession(quint64(QDateTime::currentSecsSinceEpoch()))
    , m_nat(config) {
    connect(stack, &sip::SipStack::incomingCall, this, &CallManager::onIncoming);
    if (platform)
        connect(platform, &platform::Platform::audioRouteChanged, this,
                &CallManager::followAudioRoute);
}

void CallManager::followAudioRoute() {
    if (m_bridge)
        return; // a conference keeps the devices it started with
    const media::AudioDevices devices = platformDevices();
    for (Call *call : std::as_const(m_calls))
        if (call->state() != Call::State::Ended &&
            call->audioDevices().echoCancellation != devices.echoCancellation)
            call->useAudioDevices(devices);
}

QString CallManager::targetUri(const QString &dialled, const sip::AccountSettings &account) {
    const QString t = dialled.trimmed();
    if (t.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive) ||
        t.startsWith(QLatin1String("sips:"), Qt::CaseInsensitive))
        return t;
    if (t.contains(QLatin1Char('@')))
        return QStringLiteral("sip:") + t;
    // A dotted IPv4 address (with optional :port) is a direct IP call without a proxy. (Not
    // QHostAddress: it reads "3602" as the address 0.0.14.18.)
    static const QRegularExpression ipv4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}(:\\d{1,5})?$"));
    if (ipv4.match(t).hasMatch())
        return QStringLiteral("sip:") + t;
    if (account.transport == sip::AccountSettings::Udp && account.serverPort == 5060)
        return QStringLiteral("sip:%1@%2").arg(t, account.serverHost);
    return QStringLiteral("sip:%1@%2")
        .arg(t, account.hostPart(account.serverHost, account.serverPort));
}

DtmfSettings CallManager::dtmfSettings(int account) const {
    const QString base = QStringLiteral("account.%1.dtmf.").arg(account);
    DtmfSettings d;
    d.type = m_config->intValue(base + "type");
    d.payloadType = m_config->intValue(base + "dtmf_payload");
    d.infoType = m_config->intValue(base + "info_type");
    return d;
}

QString CallManager::localSdp(const QString &peerHost, int rtpPort, int account,
                              const std::optional<MappedAddress> &publicRtp,
                              const MediaSecurity &security, int videoPort, int audioRtcpPort,
                              int videoRtcpPort) const {
    sip::SdpOffer offer;
    offer.address = publicRtp ? publicRtp->address : sip::localAddressToward(peerHost);
    offer.sessionId = m_sdpSession;
    offer.sessionVersion = 1;
    offer.audioPort = publicRtp ? publicRtp->port : rtpPort;
    offer.audioRtcpPort = audioRtcpPort;
    // Seed §7.1: the account's codec table, as far as the media engine can carry it.
    static const QStringList installed = media::installedAudioCodecs();
    offer.audioFormats = offeredAudioFormats(*m_config, account, installed);
    offer.ptime = m_config->intValue(QStringLiteral("account.%1.ptime").arg(account));
    offer.profile = security.profile();
    offer.crypto = security.crypto();
    if (videoPort > 0) {
        static const QStringList installedVideo = media::installedVideoCodecs();
        offer.videoPort = videoPort; // its STUN mapping behind NAT (Call::videoRtpPort)
        offer.videoRtcpPort = videoRtcpPort;
        offer.videoFormats = offeredVideoFormats(*m_config, account, installedVideo);
        offer.videoCrypto = security.crypto(MediaSecurity::Stream::Video);
    }
    const DtmfSettings dtmf = dtmfSettings(account);
    if (dtmf.offersTelephoneEvent())
        offer.audioFormats << sip::telephoneEvent(dtmf.payloadType);
    // Comfort noise only when we suppress silence (voice.vad): the seed's default offer has
    // no CN, and a peer sends CN only where it was negotiated.
    if (m_config->boolValue("voice.vad"))
        offer.audioFormats << sip::comfortNoise();
    return sip::buildSdp(offer);
}

Call *CallManager::adopt(sip::SipCall *sipCall, media::MediaSession *media,
                         const QString &peerHost) {
    media->setDscp(m_config->intValue("network.qos.rtptos")); // seed §7.3: 46 (EF)
    auto *call = new Call(sipCall, media, platformDevices(), kJitterBufferMs, this);
    const QString peer = peerHost.isEmpty() ? sipCall->remoteHost() : peerHost;
    const int port = media->localRtpPort();
    const int account = call->accountIndex();
    call->setDtmf(dtmfSettings(account));
    call->setComfortNoise(m_config->boolValue("voice.vad"), m_config->boolValue("voice.cng"));
    call->setRfc2543Hold(m_config->boolValue("sip.rfc2543_hold"));
    // STUN before the media starts: afterwards the pipeline reads the socket. The mapping
    // holds for the call's life (the NAT keeps it open while RTP flows).
    const std::optional<MappedAddress> publicRtp =
        m_nat.publicAddress(account, media->rtpSocketDescriptor());
    call->setBehindNat(publicRtp.has_value());
    if (publicRtp)
        call->setPublicRtcpPorts(
            separateRtcpPort(account, media->rtcpSocketDescriptor(), publicRtp->port), 0);
    MediaSecurity security(srtpMode(account));
    if (sipCall->isIncoming())
        security.answer(sipCall->remoteSdp()); // onIncoming() refused what it cannot answer
    call->setSecurity(security);
    attachVideo(call, account);
    call->localSdpFactory = [this, peer, port, account, publicRtp, call] {
        return localSdp(peer, port, account, publicRtp, call->security(), call->videoRtpPort(),
                        call->publicAudioRtcpPort(), call->publicVideoRtcpPort());
    };
    connect(call, &Call::established, this, [this, call] { Q_EMIT callEstablished(call); });
    connect(sipCall, &sip::SipCall::referRequested, this, [this, call] { followReferral(call); });
    connect(call, &Call::ended, this, [this, call] {
        const bool missed = call->isIncoming() && !call->wasAnswered() && call->endedByRemote();
        m_calls.removeOne(call);
        if (m_conference.contains(call))
            dissolveConference(); // the other party stays, in a plain call
        if (m_focus == call)
            m_focus = m_calls.isEmpty() ? nullptr : m_calls.first();
        Q_EMIT callEnded(call);
        if (missed)
            Q_EMIT missedCall(call);
        Q_EMIT currentChanged();
        call->deleteLater();
    });
    m_calls.append(call);
    if (!m_focus)
        m_focus = call;
    Q_EMIT currentChanged();
    return call;
}

static media::PortRange rtpRange(const ConfigStore *config) {
    return {config->intValue("network.port.min_rtpport"),
            config->intValue("network.port.max_rtpport")};
}

Call *CallManager::dial(int accountIndex, const QString &target, QString *error, bool intercom) {
    sip::SipAccount *account = m_stack->account(accountIndex);
    if (!account || !m_stack->isRunning()) {
        if (error)
            *error = QStringLiteral("no such account");
        return nullptr;
    }
    sip::CallOptions options;
    options.anonymous =
        m_config->boolValue(QStringLiteral("account.%1.anonymous_call").arg(accountIndex));
    options.intercom = intercom;
    return place(accountIndex, targetUri(target, account->settings()), options, error);
}

Call *CallManager::retrieveSharedHold(int accountIndex, QString *error) {
    sip::SipAccount *account = m_stack->account(accountIndex);
    const int held = m_sharedLines ? m_sharedLines->heldAppearance(accountIndex) : 0;
    if (!account || held == 0) {
        if (error)
            *error = QStringLiteral("no call on hold on the shared line");
        return nullptr;
    }
    // BroadSoft SCA: an INVITE to the line's own address naming the held appearance; the
    // server connects it to the held party.
    sip::CallOptions options;
    options.appearance = held;
    const sip::AccountSettings &s = account->settings();
    qCInfo(lcCall) << "retrieving appearance" << held << "of shared line" << accountIndex;
    return place(accountIndex, targetUri(s.userName, s), options, error);
}

Call *CallManager::place(int accountIndex, const QString &uri, const sip::CallOptions &options,
                         QString *error) {
    sip::SipAccount *account = m_stack->account(accountIndex);
    if (!account || !m_stack->isRunning()) {
        if (error)
            *error = QStringLiteral("no such account");
        return nullptr;
    }
    auto *media = new media::MediaSession;
    if (!media->allocatePorts(rtpRange(m_config), error)) {
        delete media;
        return nullptr;
    }
    const sip::AccountSettings &s = account->settings();
    // A shared line (seed §5.18): the call takes a free appearance, seized before the INVITE.
    sip::CallOptions callOptions = options;
    bool seize = false;
    if (m_sharedLines && m_sharedLines->isShared(accountIndex) && callOptions.appearance == 0) {
        callOptions.appearance = m_sharedLines->freeAppearance(accountIndex);
        seize = true;
    }
    sip::SipCall *sipCall = m_stack->createOutgoingCall(account, uri, callOptions);
    const QString peerHost = s.outboundEnabled && !s.outboundHost.isEmpty() ? s.outboundHost
                             : QUrl(uri).host().isEmpty()                   ? s.serverHost
                                                                            : QUrl(uri).host();
    Call *call = adopt(sipCall, media, peerHost);
    m_focus = call;
    if (const QString name = directoryName(uri, {}); !name.isEmpty())
        call->setCallerIdentity(name, uri); // COLP: the directory's name for the callee
    call->setRemotePhoto(directoryPhoto(uri));
    if (seize)
        m_sharedLines->seize(accountIndex, callOptions.appearance, call, [call](bool) {
            if (call->state() == Call::State::Calling)
                call->start(call->localSdpFactory());
        });
    else
        call->start(call->localSdpFactory());
    qCInfo(lcCall) << "calling" << uri << "on account" << accountIndex;
    Q_EMIT outgoingCall(call);
    return call;
}

void CallManager::followReferral(Call *call) {
    sip::SipCall *sipCall = call->sipCall();
    if (!sipCall)
        return;
    const QString target = sipCall->referral().target;
    if (!target.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive) &&
        !target.startsWith(QLatin1String("sips:"), Qt::CaseInsensitive)) {
        qCWarning(lcCall) << "ignoring a transfer to a non-SIP target" << target;
        return;
    }
    // Seed flow 6: the transferor keeps us on hold and hangs up once we call the target; the
    // new call takes the screen.
    qCInfo(lcCall) << "transferred by" << call->remoteUri() << "to" << target;
    sip::CallOptions options;
    options.referredBy = sipCall;
    QString error;
    if (!place(call->accountIndex(), target, options, &error))
        qCWarning(lcCall) << "cannot follow the transfer:" << error;
}

void CallManager::acceptReplacement(Call *call, Call *replaced) {
    qCInfo(lcCall) << "call from" << call->remoteUri() << "replaces the call with"
                   << replaced->remoteUri();
    m_focus = call;
    call->answer();
    replaced->hangup(); // BYE for a confirmed dialog, CANCEL for one still ringing
    Q_EMIT currentChanged();
}

void CallManager::attachVideo(Call *call, int account) {
    const QString camera = m_platform ? m_platform->camera() : QString();
    static const QStringList installed = media::installedVideoCodecs();
    if (camera.isEmpty() || offeredVideoFormats(*m_config, account, installed).isEmpty())
        return;
    auto *video = new media::VideoSession;
    QString error;
    if (!video->allocatePorts(rtpRange(m_config), &error)) {
        qCWarning(lcCall) << "no video for this call:" << error;
        delete video;
        return;
    }
    video->setDscp(m_config->intValue("network.qos.rtptos"));
    // Behind NAT the video socket gets a STUN mapping of its own, as the audio's does.
    if (const std::optional<MappedAddress> mapped =
            m_nat.publicAddress(account, video->rtpSocketDescriptor())) {
        call->setPublicVideoPort(mapped->port);
        call->setPublicRtcpPorts(
            0, separateRtcpPort(account, video->rtcpSocketDescriptor(), mapped->port));
    }
    call->attachVideo(video, {camera}, m_config->intValue("video.max_resolution"));
}

int CallManager::separateRtcpPort(int account, int rtcpSocket, int mappedRtpPort) {
    const std::optional<MappedAddress> rtcp = m_nat.publicAddress(account, rtcpSocket);
    return rtcp && rtcp->port != mappedRtpPort + 1 ? rtcp->port : 0;
}

SrtpMode CallManager::srtpMode(int account) const {
    const int mode = m_config->intValue(QStringLiteral("account.%1.srtp_encryption").arg(account));
    return mode == 1 ? SrtpMode::Forced : mode == 2 ? SrtpMode::Negotiated : SrtpMode::Disabled;
}

media::MediaSession *CallManager::mediaForIncoming(sip::SipCall *sipCall) {
    // An offer our account's SRTP rules cannot answer: 488 (RFC 3261 §21.4.26, RFC 4568 §7.5).
    const int account = sipCall->account() ? sipCall->account()->index() : 1;
    QString why;
    if (!MediaSecurity(srtpMode(account)).answer(sipCall->remoteSdp(), &why)) {
        qCInfo(lcCall) << "refusing the call from" << sipCall->remoteUri() << "with 488:" << why;
        sipCall->reject(488);
        sipCall->deleteLater();
        return nullptr;
    }
    auto *media = new media::MediaSession;
    QString error;
    if (media->allocatePorts(rtpRange(m_config), &error))
        return media;
    qCWarning(lcCall) << "rejecting the call from" << sipCall->remoteUri() << ":" << error;
    sipCall->reject(503);
    sipCall->deleteLater();
    delete media;
    return nullptr;
}

void CallManager::onIncoming(sip::SipCall *sipCall) {
    if (sip::SipCall *replacedSip = sipCall->replacedCall()) {
        for (Call *c : std::as_const(m_calls))
            if (c->sipCall() == replacedSip) {
                media::MediaSession *media = mediaForIncoming(sipCall);
                if (!media)
                    return;
                Call *call = adopt(sipCall, media);
                Q_EMIT incomingCall(call);
                acceptReplacement(call, c);
                return;
            }
        sipCall->reject(481); // RFC 3891 §3: the replaced dialog is gone
        sipCall->deleteLater();
        return;
    }
    IncomingCall incoming;
    incoming.account = sipCall->account() ? sipCall->account()->index() : 1;
    incoming.anonymous = sipCall->remoteAnonymous();
    incoming.otherCalls = int(m_calls.size());
    incoming.intercom = sipCall->isIntercom();
    incoming.blacklisted =
        m_directory && m_directory->isBlacklisted(numberOfUri(sipCall->remoteUri()));
    const IncomingDecision decision = decideIncoming(*m_config, incoming);
    switch (decision.action) {
    case IncomingDecision::Action::Reject:
        qCInfo(lcCall) << "refusing call from" << sipCall->remoteUri() << "with" << decision.status;
        sipCall->reject(decision.status);
        sipCall->deleteLater();
        return;
    case IncomingDecision::Action::Forward:
        forward(sipCall, decision.forwardTo, decision.forwardKind);
        return;
    case IncomingDecision::Action::Ring:
    case IncomingDecision::Action::AutoAnswer:
        break;
    }
    media::MediaSession *media = mediaForIncoming(sipCall);
    if (!media)
        return;
    Call *call = adopt(sipCall, media);
    call->setArrivedWaiting(incoming.otherCalls > 0);
    const sip::PartyIdentity caller = chooseCallerId(
        sipCall->callerIdentities(),
        m_config->intValue(QStringLiteral("account.%1.cid_source").arg(incoming.account)));
    call->setCallerIdentity(directoryName(caller.uri, caller.display), caller.uri);
    call->setRemotePhoto(directoryPhoto(caller.uri));
    chooseRingTone(call, sipCall->alertInfo(), incoming.account,
                   m_directory ? m_directory->ringFor(numberOfUri(caller.uri)) : QString());
    sipCall->ring();
    Q_EMIT incomingCall(call);
    if (decision.action == IncomingDecision::Action::AutoAnswer) {
        if (decision.muteOnAnswer)
            call->setMuted(true);
        if (decision.holdOthers) {
            answer(call); // holds the call in progress first
        } else if (decision.warningTone) {
            // The phone rings for a moment (the Incoming screen plays the ring): the warning.
            QTimer::singleShot(kIntercomToneMs, call, [call] { call->answer(); });
        } else {
            call->answer();
        }
    } else if (decision.noAnswerForwardMs > 0) {
        const QString target = decision.forwardTo;
        QTimer::singleShot(decision.noAnswerForwardMs, call, [this, call, sipCall, target] {
            if (call->state() == Call::State::Incoming)
                forward(sipCall, target, QStringLiteral("no_answer"));
        });
    }
}

void CallManager::chooseRingTone(Call *call, const QString &alertInfo, int account,
                                 const QString &directoryRing) {
    const RingToneChoice choice =
        RingToneChoice::choose(alertInfo, account, *m_config, directoryRing);
    call->setRingTone(choice.ring);
    if (choice.download.isEmpty())
        return;
    // Rule 2: the Alert-Info's own ring, once downloaded; until then (or when the download
    // fails) the ring chosen by its info= keyword.
    auto *fetcher = new UrlFetcher(call);
    connect(fetcher, &UrlFetcher::finished, call,
            [this, call, fetcher](const QUrl &url, const UrlFetcher::Result &result) {
                fetcher->deleteLater();
                if (!result.ok) {
                    qCInfo(lcCall) << "distinctive ring" << url.toDisplayString()
                                   << "not downloaded:" << result.error;
                    return;
                }
                const QString path =
                    m_config->directory() + QStringLiteral("/alert-ring.") +
                    (QFileInfo(url.path()).suffix().isEmpty() ? QStringLiteral("wav")
                                                              : QFileInfo(url.path()).suffix());
                QFile file(path);
                if (file.open(QIODevice::WriteOnly) &&
                    file.write(result.body) == result.body.size()) {
                    file.close();
                    call->setRingTone(path);
                }
            });
    fetcher->fetch(choice.download, kRingDownloadSeconds);
}

void CallManager::forward(sip::SipCall *sipCall, const QString &target, const QString &kind) {
    const sip::AccountSettings &s = sipCall->account()->settings();
    const QString uri = targetUri(target, s);
    qCInfo(lcCall) << kind << "forward of" << sipCall->remoteUri() << "to" << uri;
    Q_EMIT callForwarded(CallInfo::of(*sipCall), uri);
    sipCall->redirect(uri);
    // A call the phone had shown (no-answer forward) ends through its own state change.
    for (const Call *c : m_calls)
        if (c->sipCall() == sipCall)
            return;
    sipCall->deleteLater();
}

Call *CallManager::current() const {
    return m_focus ? m_focus.data() : m_calls.value(0);
}

Call *CallManager::waiting() const {
    for (Call *c : m_calls)
        if (c != current() && c->state() == Call::State::Incoming)
            return c;
    return nullptr;
}

Call *CallManager::other() const {
    for (Call *c : m_calls)
        if (c != current() && c->state() != Call::State::Incoming)
            return c;
    return nullptr;
}

void CallManager::answer(Call *call) {
    if (!call || call->state() != Call::State::Incoming)
        return;
    // Answering a waiting call holds the one in progress (seed §"Call Waiting", flow 5).
    Call *focus = current();
    if (focus && focus != call && focus->state() == Call::State::Active)
        focus->hold();
    m_focus = call;
    call->answer();
    Q_EMIT currentChanged();
}

void CallManager::swap() {
    Call *focus = current();
    Call *second = other();
    if (!focus || !second)
        return;
    focus->hold();
    second->resume();
    m_focus = second;
    Q_EMIT currentChanged();
}

QString CallManager::directoryName(const QString &uri, const QString &fallback) const {
    if (!m_directory)
        return fallback;
    const std::optional<Contact> contact = m_directory->lookup(numberOfUri(uri));
    return contact ? contact->name : fallback;
}

QString CallManager::directoryPhoto(const QString &uri) const {
    if (!m_directory)
        return {};
    const std::optional<Contact> contact = m_directory->lookup(numberOfUri(uri));
    return contact ? contact->photo : QString();
}

media::AudioDevices CallManager::platformDevices() const {
    media::AudioDevices devices;
    if (m_platform) {
        devices.source = m_platform->audioSource();
        devices.sink = m_platform->audioSink();
        static const bool canceller = media::echoCancellerInstalled();
        devices.echoCancellation = canceller && m_platform->hearsLoudspeaker();
    }
    return devices;
}

bool CallManager::startConference() {
    if (m_bridge || m_calls.size() != 2)
        return false;
    for (Call *call : std::as_const(m_calls))
        if (call->state() != Call::State::Active)
            return false;
    auto *bridge = new media::ConferenceBridge(platformDevices(), this);
    QString error;
    if (!bridge->start(&error)) {
        qCWarning(lcCall) << "cannot start the conference:" << error;
        delete bridge;
        return false;
    }
    m_bridge = bridge;
    m_conferenceMuted = false;
    connect(bridge, &media::ConferenceBridge::failed, this, [this] { dissolveConference(); });
    m_conference = {m_calls.at(0), m_calls.at(1)};
    for (int leg = 0; leg < 2; ++leg) {
        Call *call = m_conference.at(leg);
        call->setMuted(false); // the bridge's microphone is the one that mutes now
        call->useAudioDevices(bridge->legDevices(leg));
        call->resume(); // re-INVITE sendrecv for the held one; nothing for the other
    }
    qCInfo(lcCall) << "conference of" << m_conference.at(0)->remoteUri() << "and"
                   << m_conference.at(1)->remoteUri();
    Q_EMIT conferenceChanged();
    Q_EMIT currentChanged();
    return true;
}

bool CallManager::startNetworkConference(int account, const QString &factoryUri) {
    if (m_bridge || m_calls.size() != 2 || !m_partiesForFocus.isEmpty())
        return false;
    for (Call *call : std::as_const(m_calls))
        if (call->state() != Call::State::Active)
            return false;
    const QList<QPointer<Call>> parties = {m_calls.at(0), m_calls.at(1)};
    QString error;
    Call *focus = dial(account, factoryUri, &error);
    if (!focus) {
        qCWarning(lcCall) << "cannot call the conference factory" << factoryUri << ":" << error;
        return false;
    }
    m_partiesForFocus = parties;
    qCInfo(lcCall) << "network conference through" << factoryUri;
    connect(focus, &Call::established, this, [this, focus] { referNextParty(focus); });
    connect(focus, &Call::conferencePartyReferred, this, [this, focus](Call *party, bool ok) {
        if (!ok)
            qCWarning(lcCall) << "the conference focus could not bring in"
                              << (party ? party->remoteUri() : QString());
        else if (party)
            party->hangup(); // normally its far end has left us for the focus already
        referNextParty(focus);
    });
    connect(focus, &Call::ended, this, [this] { m_partiesForFocus.clear(); });
    return true;
}

void CallManager::referNextParty(Call *focus) {
    while (!m_partiesForFocus.isEmpty()) {
        Call *party = m_partiesForFocus.takeFirst();
        if (party && party->state() == Call::State::Active) {
            focus->referToConference(party);
            return;
        }
    }
}

void CallManager::splitConference() {
    const QList<QPointer<Call>> legs = m_conference;
    if (!m_bridge)
        return;
    dissolveConference();
    for (Call *call : legs)
        if (call)
            call->hold();
}

void CallManager::dissolveConference() {
    if (!m_bridge)
        return;
    const QList<QPointer<Call>> legs = m_conference;
    m_conference.clear();
    m_bridge->stop();
    m_bridge->deleteLater();
    m_bridge = nullptr;
    for (Call *call : legs)
        if (call && call->state() != Call::State::Ended)
            call->useAudioDevices(platformDevices());
    qCInfo(lcCall) << "conference ended";
    Q_EMIT conferenceChanged();
}

QList<Call *> CallManager::conferenceCalls() const {
    QList<Call *> calls;
    for (Call *call : m_conference)
        if (call)
            calls << call;
    return calls;
}

void CallManager::setConferenceMuted(bool muted) {
    if (!m_bridge)
        return;
    m_conferenceMuted = muted;
    m_bridge->setMicrophoneMuted(muted);
    Q_EMIT conferenceChanged();
}

void CallManager::hangupAll() {
    for (Call *call : m_calls)
        call->hangup();
}

void CallManager::refreshAfterNetworkChange() {
    for (Call *call : std::as_const(m_calls)) {
        const sip::SipCall *sipCall = call->sipCall();
        if (!sipCall || !sipCall->account() || call->state() != Call::State::Active)
            continue;
        const QString address = sip::localAddressToward(sipCall->remoteHost());
        qCInfo(lcCall) << "re-INVITE of the call with" << call->remoteUri() << "from" << address;
        call->refreshTarget(m_stack->contactUri(sipCall->account(), address));
    }
}

} // namespace vidi::app
