#pragma once
#include <QJsonObject>

namespace vidi::app {

class Phone;

// The phone's state as JSON: device, accounts and registration, calls with media counters,
// configuration problems, provisioning log. Served at /api/status.
QJsonObject statusJson(const Phone &phone);

} // namespace vidi::app
