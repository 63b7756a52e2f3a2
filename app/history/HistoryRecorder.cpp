#include "history/HistoryRecorder.h"
#include "calls/Call.h"
#include "calls/CallInfo.h"
#include "calls/CallManager.h"
#include "config/ConfigStore.h"
#include "history/CallHistory.h"

namespace vidi::app {

HistoryRecorder::HistoryRecorder(CallManager *calls, CallHistory *history,
                                 const ConfigStore *config, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_config(config) {
    auto started = [this](Call *call) { m_started.insert(call, QDateTime::currentDateTime()); };
    connect(calls, &CallManager::outgoingCall, this, started);
    connect(calls, &CallManager::incomingCall, this, started);
    connect(calls, &CallManager::callEnded, this, &HistoryRecorder::onEnded);
    connect(calls, &CallManager::callForwarded, this, &HistoryRecorder::onForwarded);
}

bool HistoryRecorder::enabled() const {
    return m_config->boolValue("features.save_call_history");
}

void HistoryRecorder::onEnded(Call *call) {
    const QDateTime started = m_started.take(call);
    const QString callId = call->info().callId;
    if (m_forwarded.remove(callId) || !enabled())
        return;
    CallHistory::Entry entry;
    entry.name = call->remoteName();
    entry.uri = call->remoteUri();
    entry.account = call->accountIndex();
    entry.time = started.isValid() ? started : QDateTime::currentDateTime();
    entry.durationSeconds = call->duration();
    if (!call->isIncoming()) {
        entry.kind = CallHistory::Dialed;
    } else if (call->wasAnswered()) {
        entry.kind = CallHistory::Received;
    } else if (call->endedByRemote()) { // the caller gave up: missed
        if (!m_config->boolValue(QStringLiteral("account.%1.missed_calllog").arg(entry.account)))
            return;
        entry.kind = CallHistory::Missed;
        entry.seen = false;
    } else {
        entry.kind = CallHistory::Received; // refused here: received, never talked
    }
    m_history->add(entry);
}

void HistoryRecorder::onForwarded(const CallInfo &call, const QString &target) {
    Q_UNUSED(target)
    m_forwarded.insert(call.callId);
    if (!enabled())
        return;
    CallHistory::Entry entry;
    entry.kind = CallHistory::Forwarded;
    entry.name = call.displayRemote;
    entry.uri = call.remote;
    entry.account = call.account;
    entry.time = QDateTime::currentDateTime();
    m_history->add(entry);
}

} // namespace vidi::app
