#include "sipstack/SipAccount.h"
#include "SofiaHandles.h"
#include "sipstack/LocalAddress.h"
#include "sipstack/SipStack.h"

#include <QUuid>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_tag.h>

namespace vidi::sip {

namespace {
constexpr int kMaxRetrySeconds = 1800;
// A second challenge right after we answered one means the credentials are wrong; one more is
// allowed because a registrar may answer "stale=true" to a refresh.
constexpr int kMaxChallengesInARow = 2;
} // namespace

SipAccount::SipAccount(SipStackPrivate *stack, int index, QObject *parent)
    : QObject(parent)
    , m_stack(stack) {
    m_settings.index = index;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SipAccount::startRegistration);
}

SipAccount::~SipAccount() {
    dropHandle();
}

void SipAccount::configure(const AccountSettings &settings) {
    if (settings == m_settings && m_state != State::Disabled)
        return;
    m_settings = settings;
    m_retryTimer.stop();
    m_retryDelaySeconds = 0;
    dropHandle();
    if (m_settings.usable() && m_stack->nua && !m_stack->shuttingDown)
        startRegistration();
    else
        setState(State::Disabled);
}

QString SipAccount::credentialsFor(const QString &scheme, const QString &realm) const {
    return QStringLiteral("%1:%2:%3:%4")
        .arg(scheme, realm, m_settings.effectiveAuthName(), m_settings.password);
}

// A handle for this account's own requests (REGISTER, SUBSCRIBE): To and From are the AOR.
void *SipAccount::newHandle(int kind) {
    const QByteArray aor = m_settings.aor().toUtf8();
    nua_handle_t *nh =
        nua_handle(m_stack->nua, m_stack->newMagic(SipStackPrivate::Kind(kind), this),
                   SIPTAG_TO_STR(aor.constData()), SIPTAG_FROM_STR(aor.constData()), TAG_END());
    useOutboundProxy(nh, m_settings);
    return nh;
}

void SipAccount::startRegistration() {
    if (!m_settings.usable() || !m_stack->nua || m_stack->shuttingDown)
        return;
    if (!m_handle)
        m_handle = newHandle(int(SipStackPrivate::Kind::Account));
    const QByteArray registrar = m_settings.registrarUri().toUtf8();
    const QByteArray user = m_settings.userName.toUtf8();
    const QByteArray display = m_settings.displayName.toUtf8();
    const QByteArray expires = QByteArray::number(m_settings.expires);
    QByteArray contact;
    // Over TLS Sofia's Contact names the UDP port and no transport: calls would come
    // unprotected, and the binding removed after a move would not be the one registered.
    if (m_ownContact || m_settings.transport == AccountSettings::Tls) {
        const bool viaProxy = m_settings.outboundEnabled && !m_settings.outboundHost.isEmpty();
        const QString next = viaProxy ? m_settings.outboundHost : m_settings.serverHost;
        contact = QStringLiteral("<%1>")
                      .arg(m_stack->q->contactUri(this, localAddressToward(next)))
                      .toUtf8();
    }
    // RFC 3261 §10.2: the same Call-ID for every REGISTER of a boot cycle, retries included
    // (Sofia would start a new one after a failure).
    if (m_callId.isEmpty())
        m_callId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
    m_challengesInARow = 0;
    setState(State::Registering);
    // NAT keep-alive (account.x.nat.udp_update_*; a GAP of the seed): an OPTIONS to the
    // registrar every so often keeps a NAT binding open and shows early when the server is
    // gone. Handle parameters: Sofia reads them when it builds the registration's outbound.
    // Sofia sends them to the AOR's host unless the handle has a proxy: without an outbound
    // proxy, the registrar is this handle's next hop (the REGISTER goes there anyway).
    const unsigned keepAliveMs = unsigned(m_settings.keepAliveSeconds) * 1000;
    if (!m_settings.outboundEnabled || m_settings.outboundHost.isEmpty())
        nua_set_hparams(static_cast<nua_handle_t *>(m_handle), NUTAG_PROXY(registrar.constData()),
                        TAG_END());
    nua_set_hparams(static_cast<nua_handle_t *>(m_handle),
                    NUTAG_OUTBOUND(keepAliveMs ? "options-keepalive, no-validate"
                                               : "no-options-keepalive, no-validate"),
                    NUTAG_KEEPALIVE(keepAliveMs), TAG_END());
    nua_register(static_cast<nua_handle_t *>(m_handle), NUTAG_REGISTRAR(registrar.constData()),
                 SIPTAG_CALL_ID_STR(m_callId.constData()), NUTAG_M_USERNAME(user.constData()),
                 TAG_IF(!contact.isEmpty(), SIPTAG_CONTACT_STR(contact.constData())),
                 TAG_IF(!display.isEmpty(), NUTAG_M_DISPLAY(display.constData())),
                 // Sofia's Contact names no transport: over TCP, the registrar would then send
                 // our calls by UDP, and the binding would differ from the one we remove after
                 // an address change (SipStack::contactUri names it).
                 TAG_IF(contact.isEmpty() && m_settings.transport == AccountSettings::Tcp,
                        NUTAG_M_PARAMS("transport=tcp")),
                 SIPTAG_EXPIRES_STR(expires.constData()), TAG_END());
}

void SipAccount::onRegisterResponse(int status, const QString &phrase, const QString &scheme,
                                    const QString &realm) {
    if (status < 200)
        return;
    if ((status == 401 || status == 407) && !scheme.isEmpty()) {
        if (++m_challengesInARow <= kMaxChallengesInARow) {
            const QByteArray creds = credentialsFor(scheme, realm).toUtf8();
            nua_authenticate(static_cast<nua_handle_t *>(m_handle), NUTAG_AUTH(creds.constData()),
                             TAG_END());
            return;
        }
        qCWarning(lcSip) << "account" << index() << "authentication failed:" << status << phrase;
    }
    if (status >= 200 && status < 300) {
        m_challengesInARow = 0;
        m_retryDelaySeconds = 0;
        setState(State::Registered, status, phrase);
        if (m_settings.subscribeMwi && !m_mwiHandle)
            subscribeMwi();
        if (m_moving) {
            m_moving = false;
            Q_EMIT movedNetwork();
        }
        return;
    }
    qCWarning(lcSip) << "account" << index() << "registration failed:" << status << phrase;
    setState(State::Failed, status, phrase);
    scheduleRetry();
}

void SipAccount::onTlsRefused(const QString &why) {
    if (m_state != State::Registering || m_settings.transport != AccountSettings::Tls)
        return;
    qCWarning(lcSip) << "account" << index() << "registration failed: TLS:" << qPrintable(why);
    dropHandle(); // the REGISTER waiting on the dead connection goes with it
    setState(State::Failed, 503, QStringLiteral("TLS: ") + why);
    scheduleRetry();
}

void SipAccount::onUnregisterResponse(int status, const QString &scheme, const QString &realm) {
    if (status < 200)
        return;
    if ((status == 401 || status == 407) && !scheme.isEmpty() &&
        ++m_challengesInARow <= kMaxChallengesInARow) {
        const QByteArray creds = credentialsFor(scheme, realm).toUtf8();
        nua_authenticate(static_cast<nua_handle_t *>(m_handle), NUTAG_AUTH(creds.constData()),
                         TAG_END());
        return;
    }
    setState(State::Disabled, status);
    Q_EMIT unregistered();
}

void SipAccount::leaveNetwork() {
    // A registration keeps the transport it registered over; that one is about to close.
    dropMwi();
    if (!m_handle)
        return;
    m_stack->forgetMagic(this);
    nua_handle_destroy(static_cast<nua_handle_t *>(m_handle)); // sends nothing
    m_handle = nullptr;
}

void SipAccount::registerAgain(const QStringList &goneAddresses) {
    if (!m_settings.usable() || m_state == State::Disabled || m_state == State::Unregistering)
        return;
    m_retryTimer.stop();
    m_retryDelaySeconds = 0; // the network is back: no backoff left over from before
    // A registrar would fork calls to a binding at an address we no longer have.
    if (m_state == State::Registered)
        for (const QString &address : goneAddresses)
            m_stack->removeBinding(m_settings, m_stack->q->contactUri(this, address));
    // Sofia's own Contact comes from the addresses of the start; ours names the address that
    // reaches the registrar now. A new handle, a new Call-ID.
    m_ownContact = true;
    m_moving = true;
    leaveNetwork();
    m_callId.clear();
    startRegistration();
}

void SipAccount::unregister() {
    m_retryTimer.stop();
    if (m_handle && (m_state == State::Registered || m_state == State::Registering)) {
        m_challengesInARow = 0;
        setState(State::Unregistering);
        nua_unregister(static_cast<nua_handle_t *>(m_handle), TAG_END());
    } else {
        setState(State::Disabled);
    }
}

// RFC 3842: SUBSCRIBE to message-summary at the account's own address; Sofia refreshes it
// before it expires.
void SipAccount::subscribeMwi() {
    const QByteArray uri = (QStringLiteral("sip:%1@").arg(m_settings.userName) +
                            m_settings.hostPart(m_settings.serverHost, m_settings.serverPort))
                               .toUtf8();
    m_mwiHandle = newHandle(int(SipStackPrivate::Kind::Subscription));
    const QByteArray expires = QByteArray::number(m_settings.mwiExpires);
    m_mwiChallenges = 0;
    nua_subscribe(static_cast<nua_handle_t *>(m_mwiHandle), NUTAG_URL(uri.constData()),
                  SIPTAG_EVENT_STR("message-summary"),
                  SIPTAG_ACCEPT_STR("application/simple-message-summary"),
                  SIPTAG_EXPIRES_STR(expires.constData()), TAG_END());
}

void SipAccount::onSubscribeResponse(int status, const QString &scheme, const QString &realm) {
    if ((status == 401 || status == 407) && !scheme.isEmpty() && ++m_mwiChallenges <= 2) {
        const QByteArray creds = credentialsFor(scheme, realm).toUtf8();
        nua_authenticate(static_cast<nua_handle_t *>(m_mwiHandle), NUTAG_AUTH(creds.constData()),
                         TAG_END());
        return;
    }
    if (status >= 300)
        qCWarning(lcSip) << "account" << index() << "MWI subscription refused:" << status;
    else if (status >= 200)
        m_mwiChallenges = 0;
}

void SipAccount::dropMwi() {
    if (!m_mwiHandle)
        return;
    nua_handle_destroy(static_cast<nua_handle_t *>(m_mwiHandle));
    m_mwiHandle = nullptr;
}

void SipAccount::scheduleRetry() {
    const int base = qMax(1, m_settings.retryInterval);
    m_retryDelaySeconds =
        m_retryDelaySeconds == 0 ? base : qMin(m_retryDelaySeconds * 2, kMaxRetrySeconds);
    qCInfo(lcSip) << "account" << index() << "retrying registration in" << m_retryDelaySeconds
                  << "s";
    m_retryTimer.start(m_retryDelaySeconds * 1000);
}

void SipAccount::dropHandle() {
    dropMwi();
    if (!m_handle)
        return;
    m_stack->forgetMagic(this);
    auto *nh = static_cast<nua_handle_t *>(m_handle);
    m_handle = nullptr;
    // A binding the registrar holds is removed before the handle goes (the settings changed or
    // the account was disabled); otherwise calls would still be routed to this phone.
    if (m_state == State::Registered && m_stack->nua && !m_stack->shuttingDown)
        m_stack->retireRegistration(nh, m_settings);
    else
        nua_handle_destroy(nh);
}

void SipAccount::setState(State state, int status, const QString &phrase) {
    m_lastStatus = status;
    m_lastPhrase = phrase;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace vidi::sip
