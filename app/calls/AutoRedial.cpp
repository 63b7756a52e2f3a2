#include "calls/AutoRedial.h"
#include "calls/Call.h"
#include "calls/CallManager.h"
#include "config/ConfigStore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCall)

namespace vidi::app {

AutoRedial::AutoRedial(CallManager *calls, const ConfigStore *config, QObject *parent)
    : QObject(parent)
    , m_calls(calls)
    , m_config(config) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoRedial::redial);
    connect(calls, &CallManager::callEnded, this, &AutoRedial::onCallEnded);
}

void AutoRedial::cancel() {
    m_timer.stop();
    m_target.clear();
}

void AutoRedial::onCallEnded(Call *call) {
    if (call->isIncoming())
        return;
    if (call->wasAnswered() || call->endStatus() != 486 ||
        !m_config->boolValue("auto_redial.enable")) {
        cancel(); // answered, cancelled or failed otherwise: stop redialling
        return;
    }
    if (m_target != call->remoteUri()) {
        m_target = call->remoteUri();
        m_account = call->accountIndex();
        m_done = 0;
    }
    if (m_done >= m_config->intValue("auto_redial.times")) {
        cancel();
        return;
    }
    m_timer.start(m_config->intValue("auto_redial.interval") * 1000);
}

void AutoRedial::redial() {
    if (m_calls->current() || m_target.isEmpty())
        return;
    ++m_done;
    qCInfo(lcCall) << "auto redial" << m_done << "of" << m_config->intValue("auto_redial.times")
                   << "to" << m_target;
    QString error;
    if (!m_calls->dial(m_account, m_target, &error))
        qCWarning(lcCall) << "auto redial failed:" << error;
}

} // namespace vidi::app
