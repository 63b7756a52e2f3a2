#pragma once
#include <QHostAddress>
#include <QString>

namespace vidi::app {

class Phone;

// Action URI (seed 000 §"Action URI"): remote key presses through
// GET /cgi-bin/cgiServer.exx?key=<KEY>, refused unless the client is trusted by
// features.action_uri_limit_ip (blank refuses everyone; "any" trusts everyone).
class ActionUri {
public:
    enum class Outcome { Done, Refused, UnknownKey, NotNow };

    explicit ActionUri(Phone *phone)
        : m_phone(phone) {}

    Outcome handle(const QString &key, const QHostAddress &client);
    static bool isTrusted(const QString &limitIp, const QHostAddress &client);
    static bool isKnownKey(const QString &key);

private:
    Phone *m_phone;
};

} // namespace vidi::app
