#pragma once
#include "events/DialogInfo.h"
#include <QObject>
#include <QPointer>
#include <QString>

namespace vidi::sip {
class SipStack;
class EventWatch;
} // namespace vidi::sip

namespace vidi::app {

class Call;
class CallManager;
class ConfigStore;

// Seed §5.11 "Call completion" (features.call_completion_enable): after an outgoing call finds
// the callee busy or not answering, the phone offers to call again when the callee is free.
// Accepted, it subscribes to the callee's call-completion state (RFC 6910, the successor of
// the seed's draft-poetzl-sipping-call-completion: "cc-state: ready" in a NOTIFY); a server
// that knows no such package (489) is watched through its dialog state (RFC 4235) instead.
// When the callee is free, the call is placed.
class CallCompletion : public QObject {
    Q_OBJECT
public:
    CallCompletion(CallManager *calls, sip::SipStack *stack, const ConfigStore *config,
                   QObject *parent = nullptr);

    // The number the phone offers to complete a call to, empty when none.
    QString offer() const { return m_offer; }
    // The number it waits for, once the offer was accepted.
    QString waitingFor() const;
    void accept();
    void cancel();

Q_SIGNALS:
    void changed();

private:
    void onCallEnded(Call *call);
    void watch(const QString &event, const QString &accept);
    void onNotify(const QByteArray &body);
    void callNow();

    CallManager *m_calls;
    sip::SipStack *m_stack;
    const ConfigStore *m_config;
    QString m_offer;         // number offered
    QString m_number, m_uri; // what is being waited for
    int m_account = 1;
    QString m_event;        // the package subscribed to
    bool m_sawBusy = false; // (dialog package) the callee was seen busy since subscribing
    QPointer<sip::EventWatch> m_watch;
};

} // namespace vidi::app
