#include "sipstack/EventWatch.h"
#include "SofiaHandles.h"
#include "sipstack/SipAccount.h"

#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_tag.h>

namespace vidi::sip {

namespace {
constexpr int kMaxChallenges = 2;
}

EventWatch::EventWatch(SipStackPrivate *stack, SipAccount *account, const QString &targetUri,
                       const QString &event, const QString &accept, int expires, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_account(account)
    , m_target(targetUri)
    , m_event(event)
    , m_accept(accept)
    , m_expires(expires) {}

EventWatch::~EventWatch() {
    if (!m_handle)
        return;
    m_stack->forgetMagic(this);
    auto *nh = static_cast<nua_handle_t *>(m_handle);
    // An orderly end (Expires: 0) when the agent still runs; Sofia frees the handle after.
    if (m_stack->nua && !m_stack->shuttingDown)
        nua_unsubscribe(nh, TAG_END());
    nua_handle_destroy(nh);
}

void EventWatch::restart() {
    if (m_handle) {
        m_stack->forgetMagic(this);
        nua_handle_destroy(static_cast<nua_handle_t *>(m_handle));
        m_handle = nullptr;
    }
    start();
}

void EventWatch::start() {
    if (m_handle || !m_stack->nua || !m_account)
        return;
    const AccountSettings &s = m_account->settings();
    const QByteArray target = m_target.toUtf8();
    const QByteArray from = s.aor().toUtf8();
    auto *nh =
        nua_handle(m_stack->nua, m_stack->newMagic(SipStackPrivate::Kind::Watch, this),
                   SIPTAG_TO_STR(target.constData()), SIPTAG_FROM_STR(from.constData()), TAG_END());
    useOutboundProxy(nh, s);
    m_handle = nh;
    const QByteArray event = m_event.toUtf8(), accept = m_accept.toUtf8();
    const QByteArray expires = QByteArray::number(m_expires);
    m_challenges = 0;
    nua_subscribe(nh, NUTAG_URL(target.constData()), SIPTAG_EVENT_STR(event.constData()),
                  TAG_IF(!accept.isEmpty(), SIPTAG_ACCEPT_STR(accept.constData())),
                  SIPTAG_EXPIRES_STR(expires.constData()),
                  TAG_IF(!m_headers.isEmpty(), SIPTAG_HEADER_STR(m_headers.constData())),
                  TAG_END());
}

void EventWatch::onSubscribeResponse(int status, const QString &scheme, const QString &realm) {
    if ((status == 401 || status == 407) && !scheme.isEmpty() && m_account &&
        ++m_challenges <= kMaxChallenges) {
        const QByteArray creds = m_account->credentialsFor(scheme, realm).toUtf8();
        nua_authenticate(static_cast<nua_handle_t *>(m_handle), NUTAG_AUTH(creds.constData()),
                         TAG_END());
        return;
    }
    if (status >= 300) {
        qCWarning(lcSip) << m_event << "subscription to" << m_target << "refused:" << status;
        Q_EMIT refused(status);
    } else if (status >= 200) {
        m_challenges = 0;
        Q_EMIT accepted();
    }
}

void EventWatch::onNotify(const QByteArray &body, const QByteArray &contentType,
                          const QString &callInfo) {
    Q_EMIT notified(body, contentType, callInfo);
}

} // namespace vidi::sip
