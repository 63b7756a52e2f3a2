#include "web/ActionUrl.h"
#include "AccountListModel.h"
#include "Phone.h"
#include "calls/Call.h"
#include "calls/CallManager.h"
#include "config/ConfigStore.h"
#include "platform/Platform.h"
#include "sipstack/SipAccount.h"
#include "sipstack/SipStack.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QUrl>
#include <memory>

Q_LOGGING_CATEGORY(lcActionUrl, "vidi.actionurl")

namespace {
constexpr int kRequestTimeoutMs = 5000;
}

namespace vidi::app {

using sip::SipAccount;

ActionUrl::ActionUrl(Phone *phone, QObject *parent)
    : QObject(parent)
    , m_phone(phone) {}

void ActionUrl::connectEvents() {
    connect(m_phone, &Phone::setupCompleted, this, [this] { fire("setup_completed"); });
    connect(m_phone, &Phone::networkChanged, this, [this] { fire("ip_change"); });
    for (int i = 1; i <= 4; ++i) {
        SipAccount *account = m_phone->sipStack()->account(i);
        m_lastAccountState[i] = int(account->state());
        connect(account, &SipAccount::stateChanged, this, [this, i](SipAccount::State state) {
            const auto before = SipAccount::State(m_lastAccountState.value(i));
            m_lastAccountState[i] = int(state);
            if (state == SipAccount::State::Registered && before != state)
                fire("log_on", {}, i);
            else if (state == SipAccount::State::Failed)
                fire("register_failed", {}, i);
            else if (before == SipAccount::State::Registered ||
                     before == SipAccount::State::Unregistering)
                fire("log_off", {}, i);
        });
    }
    CallManager *calls = m_phone->calls();
    connect(calls, &CallManager::outgoingCall, this, [this](Call *c) {
        watchCall(c);
        fire("outgoing_call", c);
    });
    connect(calls, &CallManager::incomingCall, this, [this](Call *c) {
        watchCall(c);
        fire("incoming_call", c);
    });
    connect(calls, &CallManager::callEstablished, this, [this](Call *c) {
        fire("call_established", c);
        if (c->arrivedWaiting())
            fire("answer_new_incoming_call", c);
    });
    connect(calls, &CallManager::callEnded, this, [this](Call *c) {
        if (c->wasAnswered())
            fire("call_terminated", c);
        else if (!c->isIncoming() && c->cancelledLocally())
            fire("cancel_callout", c);
        else if (!c->isIncoming() && c->endStatus() == 486)
            fire("remote_busy", c);
        else if (c->isIncoming() && c->rejectedLocally())
            fire(c->arrivedWaiting() ? "reject_new_incoming_call" : "reject_incoming_call", c);
        else if (c->isIncoming() && c->endedByRemote())
            fire("call_remote_canceled", c);
    });
    connect(calls, &CallManager::missedCall, this, [this](Call *c) { fire("missed_call", c); });
    connect(calls, &CallManager::callForwarded, this,
            [this](const CallInfo &c) { fire("forward_incoming_call", c); });
    connect(m_phone, &Phone::dndChanged, this,
            [this](bool on) { fire(on ? "dnd_on" : "dnd_off"); });
    if (platform::Platform *p = m_phone->platform())
        connect(p, &platform::Platform::hookChanged, this,
                [this](bool off) { fire(off ? "off_hook" : "on_hook"); });
}

void ActionUrl::watchCall(Call *call) {
    connect(call, &Call::transferStarted, this, [this, call](bool attended) {
        fire("transfer_call", call);
        fire(attended ? "attended_transfer_call" : "blind_transfer_call", call);
    });
    connect(call, &Call::transferFinished, this,
            [this, call](bool ok) { fire(ok ? "transfer_finished" : "transfer_failed", call); });
    connect(call, &Call::mutedChanged, this,
            [this, call] { fire(call->isMuted() ? "mute" : "unmute", call); });
    // Our own hold only; being held by the far end is not this event.
    auto held = std::make_shared<bool>(false);
    connect(call, &Call::heldChanged, this, [this, call, held] {
        if (call->isHeld() != *held) {
            *held = call->isHeld();
            fire(*held ? "hold" : "unhold", call);
        }
    });
}

QString ActionUrl::expand(const QString &templ, const CallInfo &call, int account) const {
    if (account == 0)
        account = call.account ? call.account : m_phone->accounts()->usableAccounts().value(0, 1);
    const auto &s = m_phone->sipStack()->account(account)->settings();
    // Longest names first, so that $display_local is not read as $display + "_local".
    const QList<QPair<QString, QString>> vars = {
        {"$display_remote", call.displayRemote},
        {"$display_local", s.displayName},
        {"$active_user", s.userName},
        {"$active_host", s.serverHost},
        {"$active_url", s.userName.isEmpty() ? QString() : s.aor()},
        {"$firmware", m_phone->firmware()},
        {"$call_id", call.callId},
        {"$remote", call.remote},
        {"$local", call.local},
        {"$model", m_phone->model()},
        {"$mac", m_phone->mac()},
        {"$ip", m_phone->ipAddress()},
    };
    QString out = templ;
    for (const auto &[name, value] : vars)
        out.replace(name, QString::fromUtf8(QUrl::toPercentEncoding(value, ":@")));
    return out;
}

void ActionUrl::fire(const QString &event, const Call *call) {
    fire(event, call ? call->info() : CallInfo{}, 0);
}

void ActionUrl::fire(const QString &event, const CallInfo &call, int account) {
    const QString templ = m_phone->config()->value(QStringLiteral("action_url.") + event);
    if (templ.isEmpty())
        return;
    const QUrl url(expand(templ, call, account));
    qCInfo(lcActionUrl) << event << "->" << url.toString();
    QNetworkRequest request(url);
    request.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply *reply = m_network.get(request);
    ++m_pending;
    connect(reply, &QNetworkReply::finished, this, [this, reply, event] {
        if (reply->error() != QNetworkReply::NoError)
            qCWarning(lcActionUrl) << event << "failed:" << reply->errorString();
        reply->deleteLater();
        if (--m_pending == 0)
            Q_EMIT idle();
    });
}

} // namespace vidi::app
