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

// How Sofia's soa answers an offer and reads an answer, for every offer/answer of a call (the
// handle's soa does not inherit the agent's settings): the first codec in our order that the
// peer also has, plus telephone-event (RFC 4733) and comfort noise (RFC 3389, when our SDP
// has it), like the desk phones of the seed.
const tagi_t kOfferAnswerTags[] = {
    {SOATAG_RTP_SELECT(SOA_RTP_SELECT_SINGLE)},
    {SOATAG_RTP_SORT(SOA_RTP_SORT_LOCAL)},
    {SOATAG_AUDIO_AUX("telephone-event CN")},
    {TAG_END()},
};
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
    // A call placed for a referral carries the Refer-To's headers (Replaces) and Referred-By.
    // Its progress goes back by NOTIFY from onInviteResponse(): Sofia's own NUTAG_NOTIFY_REFER
    // ends the subscription with 503 at a 407 challenge, before the authenticated retry.
    nua_invite(nh(m_handle), SOATAG_USER_SDP_STR(sdp.constData()),
               TAG_IF(!m_referHeaders.isEmpty(), SIPTAG_HEADER_STR(m_referHeaders.constData())),
               TAG_NEXT(kOfferAnswerTags));
}

void SipCall::ring() {
    if (m_handle && m_state == State::Incoming)
        nua_respond(nh(m_handle), SIP_180_RINGING, TAG_END());
}

void SipCall::answer(const QString &localSdp) {
    if (!m_handle || m_state != State::Incoming)
        return;
    const QByteArray sdp = localSdp.toUtf8();
    nua_respond(nh(m_handle), SIP_200_OK, SOATAG_USER_SDP_STR(sdp.constData()),
                TAG_NEXT(kOfferAnswerTags));
}

void SipCall::reject(int status) {
    if (!m_handle || m_state != State::Incoming)
        return;
    m_endStatus = status;
    nua_respond(nh(m_handle), status, sip_status_phrase(status), TAG_END());
}

void SipCall::hold(const QString &rfc2543Sdp) {
    if (!m_handle || m_state != State::Active)
        return;
    if (rfc2543Sdp.isEmpty()) {
        nua_invite(nh(m_handle), SOATAG_HOLD("*"), TAG_END()); // audio and video
        return;
    }
    const QByteArray sdp = rfc2543Sdp.toUtf8();
    nua_invite(nh(m_handle), SOATAG_USER_SDP_STR(sdp.constData()), SOATAG_HOLD(""), TAG_END());
}

void SipCall::resume(const QString &localSdp) {
    if (!m_handle || m_state != State::Active)
        return;
    const QByteArray bytes = localSdp.toUtf8();
    nua_invite(nh(m_handle), SOATAG_USER_SDP_STR(bytes.constData()), SOATAG_HOLD(""), TAG_END());
}

void SipCall::refreshTarget(const QString &localSdp, const QString &contactUri) {
    if (!m_handle || m_state != State::Active)
        return;
    const QByteArray sdp = localSdp.toUtf8();
    const QByteArray contact = QStringLiteral("<%1>").arg(contactUri).toUtf8();
    nua_invite(nh(m_handle), SOATAG_USER_SDP_STR(sdp.constData()),
               SIPTAG_CONTACT_STR(contact.constData()), TAG_END());
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

void SipCall::notifyProgressTo(SipCall *referrer) {
    m_referrer = referrer;
    m_referHeaders = referrer->m_referral.headers;
}

void SipCall::sendReferNotify(int status, const QString &phrase) {
    if (!m_handle || m_referral.isEmpty())
        return;
    const QByteArray frag = QStringLiteral("SIP/2.0 %1 %2\r\n").arg(status).arg(phrase).toUtf8();
    // The subscription ends with the final answer (RFC 3515 §2.4.7).
    const char *state = status < 200 ? "active;expires=60" : "terminated;reason=noresource";
    nua_notify(nh(m_handle), SIPTAG_EVENT_STR(m_referral.event.constData()),
               SIPTAG_SUBSCRIPTION_STATE_STR(state),
               SIPTAG_CONTENT_TYPE_STR("message/sipfrag;version=2.0"),
               SIPTAG_PAYLOAD_STR(frag.constData()), TAG_END());
}

void SipCall::sendInfo(const QString &contentType, const QByteArray &body) {
    if (!m_handle || m_state != State::Active)
        return;
    const QByteArray type = contentType.toUtf8();
    m_infosSent.append(contentType);
    nua_info(nh(m_handle), SIPTAG_CONTENT_TYPE_STR(type.constData()),
             SIPTAG_PAYLOAD_STR(body.constData()), TAG_END());
}

void SipCall::onInfoResponse(int status) {
    if (status < 200 || m_infosSent.isEmpty())
        return; // provisional; nua answers a dialog's INFOs in the order they went out
    const QString type = m_infosSent.takeFirst();
    if (status >= 300)
        Q_EMIT infoRefused(type, status);
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
    if (m_referrer && status > 100)
        m_referrer->sendReferNotify(status, phrase);
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
    if (!localSdp.isEmpty() || !remoteSdp.isEmpty())
        qCDebug(lcSip).noquote() << "call" << m_callId << "local SDP:\n"
                                 << localSdp << "remote SDP:\n"
                                 << remoteSdp;

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
        // sip.use_out_bound_in_dialog=0 (seed §6.3): once the dialog stands, its requests go
        // to the peer's Contact (or the Record-Route) instead of the outbound proxy.
        if (m_state != State::Active && m_account && m_account->settings().outboundEnabled &&
            !m_account->settings().outboundInDialog)
            nua_set_hparams(nh(m_handle), NUTAG_PROXY(nullptr), TAG_END());
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
        if (auto media = negotiateAudio(m_localSdp, m_remoteSdp, &error)) {
            Q_EMIT mediaReady(*media);
            if (auto video = negotiateVideo(m_localSdp, m_remoteSdp))
                Q_EMIT videoReady(*video);
            else
                Q_EMIT videoGone();
        } else {
            Q_EMIT mediaError(error);
        }
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
