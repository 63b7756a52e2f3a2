#pragma once
#include <QHostAddress>
#include <QString>

namespace vidi::sip {

// The local IPv4 address the kernel would use to reach `host` (an address or a name). Used for
// the SDP connection line. Falls back to 127.0.0.1 when there is no route.
QString localAddressToward(const QString &host);

// The IPv4 address of `host` (an address or a name; names are remembered for a minute).
// Null when it cannot be resolved.
QHostAddress resolveIPv4(const QString &host);

} // namespace vidi::sip
