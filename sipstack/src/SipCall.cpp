#include "sipstack/SipCall.h"
#include "SofiaHandles.h"
#include "sipstack/SipAccount.h"

#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/soa_tag.h>

namespace vidi::sip {

namespace {
nua_handle_t *nh(void *p) {
    return static_cast<nua_handle_t *>(p);
}
} // namespace

SipCall::SipCall(SipStackPrivate *stack, SipAccount *account, bool incoming, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_account(account)
    , m_incoming(incoming) {
    if (incoming)
        m_state = State::Incoming;
}

SipCall::~SipCall() {
    releaseHandle();
}

void SipCall::setHandle(void *handle) {
    m_handle = handle;
}

void SipCall::setIdentity(const QString &localUri, const QString &remoteUri,
                          const QString &remoteDisplayName, const QString &callId,
                          const QString &remoteHost) {
    m_localUri = localUri;
    m_remoteUri = remoteUri;
    m_remoteDisplayName = remoteDisplayName;
    m_callId = callId;
    m_remoteHost = remoteHost;
}

void SipCall::invite(const QString &localSdp) {
    if (!m_handle || m_state != State::Idle)
        return;
    const QByteArray sdp = localSdp.toUtf8();
    setState(State::Calling);
    // A call placed for a referral reports to the referrer (RFC 3515 §2.4.4): Sofia sends the
    // NOTIFYs from this INVITE's responses on the referrer's handle.
    su_home_t home[1] = {};
    su_home_init(home);
    sip_event_t *event =
        m_referrerHandle ? sip_event_make(home, m_referEvent.constData()) : nullptr;
    nua_invite(nh(m_handle), SOATAG_USER_SDP_STR(sdp.constData()),
               TAG_IF(event, NUTAG_NOTIFY_REFER(nh(m_referrerHandle))),
               TAG_IF(event, NUTAG_REFER_EVENT(event)),
               TAG_IF(!m_referHeaders.isEmpty(), SIPTAG_HEADER_STR(m_referHeaders.constData())),
               TAG_END());
    su_home_deinit(home);
}

void SipCall::ring() {
    if (m_handle && m_state == State::Incoming)
        nua_respond(nh(m_handle), SIP_180_RINGING, TAG_END());
}

void SipCall::answer(const QString &localSdp) {
    if (!m_handle || m_state != State::Incoming)
        return;
    const QByteArray sdp = localSdp.toUtf8();
    nua_respond(nh(m_handle), SIP_200_OK, SOATAG_USER_SDP_STR(sdp.constData()), TAG_END());
}

void SipCall::reject(int status) {
    if (!m_handle || m_state != State::Incoming)
        return;
    m_endStatus = status;
    nua_respond(nh(m_handle), status, sip_status_phrase(status), TAG_END());
}

void SipCall::hold() {
    if (m_handle && m_state == State::Active)
        nua_invite(nh(m_handle), SOATAG_HOLD("audio"), TAG_END());
}

void SipCall::resume(const QString &localSdp) {
    if (!m_handle || m_state != State::Active)
        return;
    const QByteArray bytes = localSdp.toUtf8();
    nua_invite(nh(m_handle), SOATAG_USER_SDP_STR(bytes.constData()), SOATAG_HOLD(""), TAG_END());
}

void SipCall::refer(const QString &targetUri) {
    if (!m_handle || m_state != State::Active)
        return;
    const QByteArray referTo = QStringLiteral("<%1>").arg(targetUri).toUtf8();
    nua_refer(nh(m_handle), SIPTAG_REFER_TO_STR(referTo.constData()), TAG_END());
}

void SipCall::referReplacing(const SipCall &consultation) {
    if (!m_handle || !consultation.m_handle || m_state != State::Active)
        return;
    su_home_t home[1] = {};
    su_home_init(home);
    sip_replaces_t *replaces = nua_handle_make_replaces(nh(consultation.m_handle), home, 0);
    char *query =
        replaces ? sip_headers_as_url_query(home, SIPTAG_REPLACES(replaces), TAG_END()) : nullptr;
    if (query) {
        const QByteArray referTo = QStringLiteral("<%1?%2>")
                                       .arg(consultation.remoteUri(), QString::fromUtf8(query))
                                       .toUtf8();
        nua_refer(nh(m_handle), SIPTAG_REFER_TO_STR(referTo.constData()), TAG_END());
    }
    su_home_deinit(home);
}

void SipCall::onReferResponse(int status) {
    if (status < 200)
        return;
    if (status < 300)
        Q_EMIT transferAccepted();
    else
        Q_EMIT transferResult(status);
}

void SipCall::onReferProgress(const QByteArray &sipfrag) {
    // The sipfrag's first line is the status line of the transfer target's answer; Sofia
    // parses it.
    const QByteArray statusLine = sipfrag.trimmed().split('\n').value(0).trimmed();
    su_home_t home[1] = {};
    su_home_init(home);
    sip_status_t *st = sip_status_make(home, statusLine.constData());
    const int status = st ? st->st_status : 0;
    su_home_deinit(home);
    if (status >= 200)
        Q_EMIT transferResult(status);
}

void SipCall::onReferRequested(const Referral &referral) {
    m_referral = referral;
    Q_EMIT referRequested();
}

void SipCall::notifyProgressTo(const SipCall &referrer) {
    m_referrerHandle = referrer.m_handle;
    m_referEvent = referrer.m_referral.event;
    m_referHeaders = referrer.m_referral.headers;
}

void SipCall::sendInfo(const QString &contentType, const QByteArray &body) {
    if (!m_handle || m_state != State::Active)
        return;
    const QByteArray type = contentType.toUtf8();
    nua_info(nh(m_handle), SIPTAG_CONTENT_TYPE_STR(type.constData()),
             SIPTAG_PAYLOAD_STR(body.constData()), TAG_END());
}

void SipCall::redirect(const QString &contactUri) {
    if (!m_handle || m_state != State::Incoming)
        return;
    m_endStatus = 302;
    const QByteArray contact = QStringLiteral("<%1>").arg(contactUri).toUtf8();
    nua_respond(nh(m_handle), SIP_302_MOVED_TEMPORARILY, SIPTAG_CONTACT_STR(contact.constData()),
                TAG_END());
}

void SipCall::hangup() {
    if (!m_handle)
        return;
    switch (m_state) {
    case State::Idle:
        setState(State::Terminated);
        break;
    case State::Calling:
    case State::Ringing:
        nua_cancel(nh(m_handle), TAG_END());
        break;
    case State::Incoming:
        reject(486);
        break;
    case State::Connecting:
    case State::Active:
        nua_bye(nh(m_handle), TAG_END());
        break;
    case State::Terminated:
        break;
    }
}

void SipCall::onInviteResponse(int status, const QString &phrase, const QString &scheme,
                               const QString &realm) {
    if ((status == 401 || status == 407) && !scheme.isEmpty() && !m_authTried && m_account) {
        m_authTried = true;
        const QByteArray creds = m_account->credentialsFor(scheme, realm).toUtf8();
        nua_authenticate(nh(m_handle), NUTAG_AUTH(creds.constData()), TAG_END());
        return;
    }
    if (status == 180 || status == 183) {
        if (m_state == State::Calling)
            setState(State::Ringing);
    } else if (status >= 300) {
        m_endStatus = status;
        m_endPhrase = phrase;
    }
}

void SipCall::onCallState(int nuaCallState, const QString &localSdp, const QString &remoteSdp) {
    if (!localSdp.isEmpty())
        m_localSdp = localSdp;
    if (!remoteSdp.isEmpty())
        m_remoteSdp = remoteSdp;

    switch (static_cast<nua_callstate>(nuaCallState)) {
    case nua_callstate_calling:
        if (m_state == State::Idle)
            setState(State::Calling);
        break;
    case nua_callstate_proceeding:
        break; // ringing is decided by the response code in onInviteResponse
    case nua_callstate_received:
    case nua_callstate_early:
        break;
    case nua_callstate_completing:
    case nua_callstate_completed:
        setState(State::Connecting);
        break;
    case nua_callstate_ready:
        setState(State::Active);
        break;
    case nua_callstate_terminating:
        break;
    case nua_callstate_terminated:
        releaseHandle();
        setState(State::Terminated);
        return;
    default:
        break;
    }

    // Report the media after the answer and again after every renegotiation (hold, resume).
    const bool answered = m_state == State::Connecting || m_state == State::Active;
    // Early media (RFC 3960): an SDP answer in a 183 before the call is answered.
    const bool early = !m_incoming && (m_state == State::Calling || m_state == State::Ringing) &&
                       !m_remoteSdp.isEmpty();
    if (early && !m_earlyMedia) {
        m_earlyMedia = true;
        Q_EMIT earlyMediaStarted();
    }
    const bool changed = m_localSdp != m_negotiatedLocal || m_remoteSdp != m_negotiatedRemote;
    if ((answered || early) && changed && !m_localSdp.isEmpty() && !m_remoteSdp.isEmpty()) {
        m_negotiatedLocal = m_localSdp;
        m_negotiatedRemote = m_remoteSdp;
        QString error;
        if (auto media = negotiateAudio(m_localSdp, m_remoteSdp, &error))
            Q_EMIT mediaReady(*media);
        else
            Q_EMIT mediaError(error);
    }
}

void SipCall::onByeReceived() {
    m_remoteHungUp = true;
}
void SipCall::onCancelReceived() {
    m_remoteHungUp = true;
}

void SipCall::onTerminated() {
    releaseHandle();
    setState(State::Terminated);
}

void SipCall::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SipCall::releaseHandle() {
    if (!m_handle)
        return;
    m_stack->forgetMagic(this);
    nua_handle_destroy(nh(m_handle));
    m_handle = nullptr;
}

} // namespace vidi::sip
