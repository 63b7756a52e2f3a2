#pragma once
#include <QString>

namespace vidi::app {

class ConfigStore;

// The dial plan of seed 000 §"Dial Plan", read from the dialplan.* keys. Priority, as the seed
// orders it: dial-now (sends on its own), then a replace rule, else the area code; a number
// that matches a block-out rule (as typed, or as it would go out) is not dialled at all.
// Emergency numbers (phone_setting.emergency.number) pass untouched.
class DialPlan {
public:
    struct Outcome {
        bool blocked = false; // "Forbidden Number"
        QString number;       // what goes into the Request-URI
    };

    explicit DialPlan(const ConfigStore &config)
        : m_config(config) {}

    Outcome apply(const QString &typed, int account) const;
    // phone_setting.emergency.number: never blocked, never rewritten.
    bool isEmergency(const QString &typed) const;
    // Whether the digits typed so far match a dial-now rule (then they are sent after
    // phone_setting.dialnow_delay without a send key).
    bool isDialNow(const QString &typed, int account) const;

private:
    bool appliesTo(const QString &lineIdKey, int account) const;
    bool isBlocked(const QString &number, int account) const;

    const ConfigStore &m_config;
};

} // namespace vidi::app
