#pragma once
#include <QList>
#include <QString>

namespace vidi::app {

// A problem found in a cfg file, reported with where it is.
struct ConfigIssue {
    QString file;
    int line = 0; // 0: the file as a whole
    QString message;
    QString toString() const;
};

// One `name = value` line of a Yealink cfg file.
struct CfgEntry {
    QString name;
    QString value;
    int line = 0;
    bool reset = false; // !NULL! or %NULL%: back to the factory default
};

struct CfgParseResult {
    bool accepted = false; // false when the file is not a cfg file at all
    QList<CfgEntry> entries;
    QList<ConfigIssue> issues;
};

// The Yealink cfg grammar (seed 000 §"Configuration Files", seed 002): the first line is
// `#!version:1.0.0.1`; `#` starts a comment line; each other line is `name = value`, split at the
// first `=`; white space around both is ignored; an empty value leaves the setting unchanged;
// `!NULL!` / `%NULL%` reset it. Syntax only: the registry checks names and values.
CfgParseResult parseCfg(const QString &text, const QString &fileName);

// Writes entries back in the same grammar (with the header), one per line.
QString formatCfg(const QList<QPair<QString, QString>> &entries);

} // namespace vidi::app
