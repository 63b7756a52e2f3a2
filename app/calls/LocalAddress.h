#pragma once
#include <QString>

namespace vidi::app {

// The local IPv4 address the kernel would use to reach `host` (an address or a name). Used for
// the SDP connection line. Falls back to 127.0.0.1 when there is no route.
QString localAddressToward(const QString &host);

} // namespace vidi::app
