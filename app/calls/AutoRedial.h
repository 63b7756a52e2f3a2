#pragma once
#include <QObject>
#include <QString>
#include <QTimer>

namespace vidi::app {

class Call;
class CallManager;
class ConfigStore;

// Seed 000 §"Auto Redial": when the callee is busy (486), the same number is called again
// after auto_redial.interval seconds, at most auto_redial.times times; any other ending (an
// answer, a cancel, another failure) stops it, as does cancel().
class AutoRedial : public QObject {
    Q_OBJECT
public:
    AutoRedial(CallManager *calls, const ConfigStore *config, QObject *parent = nullptr);

    void cancel();
    bool isPending() const { return m_timer.isActive(); }

private:
    void onCallEnded(Call *call);
    void redial();

    CallManager *m_calls;
    const ConfigStore *m_config;
    QTimer m_timer;
    QString m_target;
    int m_account = 1;
    int m_done = 0;
};

} // namespace vidi::app
