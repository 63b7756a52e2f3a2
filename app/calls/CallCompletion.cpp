#include "calls/CallCompletion.h"
#include "calls/Call.h"
#include "calls/CallManager.h"
#include "config/ConfigStore.h"
#include "sipstack/EventWatch.h"
#include "sipstack/SipAccount.h"
#include "sipstack/SipStack.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcCall)

namespace vidi::app {

namespace {
constexpr int kExpires = 1800; // how long the phone waits for the callee (30 minutes)

// The endings after which completion is offered: busy, declined, not answered, unavailable.
bool completable(int status) {
    return status == 486 || status == 600 || status == 603 || status == 480 || status == 408;
}
} // namespace

CallCompletion::CallCompletion(CallManager *calls, sip::SipStack *stack, const ConfigStore *config,
                               QObject *parent)
    : QObject(parent)
    , m_calls(calls)
    , m_stack(stack)
    , m_config(config) {
    connect(calls, &CallManager::callEnded, this, &CallCompletion::onCallEnded);
}

void CallCompletion::onCallEnded(Call *call) {
    if (call->isIncoming() || call->wasAnswered() || !completable(call->endStatus()) ||
        !m_config->boolValue("features.call_completion_enable"))
        return;
    if (m_watch && call->remoteNumber() == m_number)
        return; // the completion call itself found the callee busy again: keep waiting
    m_offer = call->remoteNumber();
    m_uri = call->remoteUri();
    m_account = call->accountIndex();
    qCInfo(lcCall) << "call completion offered for" << m_offer << "after" << call->endStatus();
    Q_EMIT changed();
}

QString CallCompletion::waitingFor() const {
    return m_watch ? m_number : QString();
}

void CallCompletion::accept() {
    if (m_offer.isEmpty())
        return;
    delete m_watch.data();
    m_number = m_offer;
    m_offer.clear();
    watch(QStringLiteral("call-completion"), QStringLiteral("application/call-completion"));
    Q_EMIT changed();
}

void CallCompletion::cancel() {
    const bool had = !m_offer.isEmpty() || m_watch;
    m_offer.clear();
    delete m_watch.data(); // un-SUBSCRIBEs
    if (had)
        Q_EMIT changed();
}

void CallCompletion::watch(const QString &event, const QString &accept) {
    sip::SipAccount *account = m_stack->account(m_account);
    if (!account)
        return;
    m_event = event;
    m_sawBusy = false;
    m_watch = m_stack->watch(account, m_uri, event, accept, kExpires);
    connect(m_watch, &sip::EventWatch::notified, this,
            [this](const QByteArray &body) { onNotify(body); });
    connect(m_watch, &sip::EventWatch::refused, this, [this](int status) {
        m_watch->deleteLater();
        m_watch = nullptr;
        if (status == 489 && m_event == QLatin1String("call-completion")) {
            qCInfo(lcCall) << "no call-completion package at the server: watching the dialogs";
            watch(QStringLiteral("dialog"), QStringLiteral("application/dialog-info+xml"));
        } else {
            Q_EMIT changed();
        }
    });
    qCInfo(lcCall) << "call completion: waiting for" << m_uri << "(" << event << ")";
    m_watch->start();
}

void CallCompletion::onNotify(const QByteArray &body) {
    if (m_event == QLatin1String("call-completion")) {
        // RFC 6910 §8: "cc-state: ready" when the callee can be called.
        static const QRegularExpression ready(QStringLiteral("^cc-state\\s*:\\s*ready\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption |
                                                  QRegularExpression::MultilineOption);
        if (ready.match(QString::fromUtf8(body)).hasMatch())
            callNow();
        return;
    }
    QString error;
    const std::optional<DialogInfo> info = DialogInfo::parse(body, &error);
    if (!info)
        return;
    // Free again after being seen busy: call now.
    if (info->summary() != DialogInfo::State::Idle)
        m_sawBusy = true;
    else if (m_sawBusy)
        callNow();
}

void CallCompletion::callNow() {
    const QString number = m_number;
    delete m_watch.data();
    Q_EMIT changed();
    if (m_calls->current()) {
        qCInfo(lcCall) << "call completion:" << number << "is free, but a call is in progress";
        return;
    }
    qCInfo(lcCall) << "call completion: calling" << number;
    QString error;
    if (!m_calls->dial(m_account, m_uri, &error))
        qCWarning(lcCall) << "call completion failed:" << error;
}

} // namespace vidi::app
