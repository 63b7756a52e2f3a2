#pragma once
#include "config/ParamSpec.h"
#include <QHash>
#include <QStringList>

namespace vidi::app {

// Why a value is refused: a sentence with %1… placeholders (marked for translation in the
// "ParamRegistry" context) and what fills them. English for the logs, the language of the
// screen for a person at the phone.
struct Refusal {
    const char *text = nullptr; // null: the value is valid
    QStringList args;
    bool refused() const { return text != nullptr; }
    QString english() const;
    QString translated() const;
};

// Every configuration key Vidi understands, with its type, default and range. Names follow
// seed 000 (VP530 guide); where the seed has a GAP the later Yealink family name is used
// (seed-vp530.md §14).
class ParamRegistry {
public:
    ParamRegistry();
    static const ParamRegistry &instance();

    // The spec of a concrete key ("account.2.enable"), or nullptr when the key is unknown or an
    // index is out of range.
    const ParamSpec *find(const QString &name) const;
    // Why `value` is not valid for `spec`, or an empty string when it is (in English).
    QString validate(const ParamSpec &spec, const QString &value) const;
    Refusal refusal(const ParamSpec &spec, const QString &value) const;
    // Every concrete key name (patterns expanded over their index ranges).
    QStringList allNames() const;
    QString defaultValue(const QString &name) const;

private:
    void add(ParamSpec spec);
    void addAccountKeys();
    void addActionUrlKeys();
    void addDssKeys();
    void addDialPlanKeys();
    void addDeviceKeys();
    // One codec table of each account: account.x.<table>.y.{enable,payload_type,priority,
    // rtpmap}, with the defaults of each row y.
    struct CodecTableDefaults {
        QStringList names, enabled, priorities, rtpmaps;
    };
    void addCodecTable(const QString &table, const CodecTableDefaults &rows);
    QHash<QString, ParamSpec> m_specs; // by pattern
};

} // namespace vidi::app
