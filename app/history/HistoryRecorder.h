#pragma once
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

namespace vidi::app {

class Call;
class CallHistory;
class CallManager;
class ConfigStore;
struct CallInfo;

// Writes each call into the call log when it ends (seed §4.8): outgoing ones as Dialed,
// answered incoming ones as Received, those the caller gave up on as Missed (unless the
// account's missed_calllog is off), forwarded ones as Forwarded. Nothing at all with
// features.save_call_history = 0.
class HistoryRecorder : public QObject {
    Q_OBJECT
public:
    HistoryRecorder(CallManager *calls, CallHistory *history, const ConfigStore *config,
                    QObject *parent = nullptr);

private:
    void onEnded(Call *call);
    void onForwarded(const CallInfo &call, const QString &target);
    bool enabled() const;

    CallHistory *m_history;
    const ConfigStore *m_config;
    QHash<const Call *, QDateTime> m_started;
    QSet<QString> m_forwarded; // Call-IDs logged as Forwarded, not again when they end
};

} // namespace vidi::app
