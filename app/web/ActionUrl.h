#pragma once
#include "calls/CallInfo.h"
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>

namespace vidi::app {

class Call;
class Phone;

// Action URL (seed 000 §"Action URL"): on each event whose `action_url.<event>` is set, an HTTP
// GET to that URL with the seed's $variables expanded.
class ActionUrl : public QObject {
    Q_OBJECT
public:
    ActionUrl(Phone *phone, QObject *parent = nullptr);

    void connectEvents();
    // Sends the event's URL, if one is configured. `account` 0 means "the call's, or the first".
    void fire(const QString &event, const CallInfo &call = {}, int account = 0);
    void fire(const QString &event, const Call *call);
    // The URL with the $variables replaced (public for the unit tests).
    QString expand(const QString &templ, const CallInfo &call, int account) const;
    // Requests sent and not yet answered (shutdown waits for them: log_off must get out).
    int pending() const { return m_pending; }

Q_SIGNALS:
    void idle();

private:
    void watchCall(Call *call);

    Phone *m_phone;
    QNetworkAccessManager m_network;
    QHash<int, int> m_lastAccountState;
    int m_pending = 0;
};

} // namespace vidi::app
