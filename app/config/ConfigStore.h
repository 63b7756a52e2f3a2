#pragma once
#include "config/CfgParser.h"
#include <QMap>
#include <QObject>
#include <QStringList>

namespace vidi::app {

class ParamRegistry;

// The phone's settings: factory defaults from the registry, overridden by whatever was applied
// last (a provisioning file, the phone's menus, the web UI), as seed 000 says: "the latest
// values applied take effect". Overrides are saved atomically to <configDir>/settings.cfg in
// the cfg grammar, so a crash at any instant leaves either the old or the new file.
class ConfigStore : public QObject {
    Q_OBJECT
public:
    explicit ConfigStore(const QString &configDir, QObject *parent = nullptr);

    // Reads the saved settings. A damaged line is reported and skipped.
    bool load(QString *error = nullptr);

    QString value(const QString &name) const;
    int intValue(const QString &name) const { return value(name).toInt(); }
    bool boolValue(const QString &name) const { return value(name) == QLatin1String("1"); }
    bool isOverridden(const QString &name) const { return m_overrides.contains(name); }

    // Applies one cfg file (provisioning or upload). Returns how many settings were applied;
    // every rejected line is in issues() and logged.
    int applyCfg(const QString &text, const QString &fileName);
    // A change made on the phone or the web UI.
    bool set(const QString &name, const QString &value, QString *error = nullptr);
    void reset(const QString &name);

    QList<ConfigIssue> issues() const { return m_issues; }
    QString settingsPath() const;
    // The phone's flash directory (settings, certificates, downloaded resources).
    QString directory() const { return m_dir; }
    QString exportCfg() const;

Q_SIGNALS:
    void changed(const QStringList &names);
    void issueReported(const vidi::app::ConfigIssue &issue);

private:
    bool setOne(const QString &name, const QString &value, QStringList *changedNames,
                QString *error);
    void report(const ConfigIssue &issue);
    bool save();

    const ParamRegistry &m_registry;
    QString m_dir;
    QMap<QString, QString> m_overrides;
    QList<ConfigIssue> m_issues;
};

} // namespace vidi::app
