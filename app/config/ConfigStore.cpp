#include "config/ConfigStore.h"
#include "config/ParamRegistry.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcConfig, "vidi.config")

namespace vidi::app {

namespace {
constexpr int kMaxRememberedIssues = 200;
}

ConfigStore::ConfigStore(const QString &configDir, QObject *parent)
    : QObject(parent)
    , m_registry(ParamRegistry::instance())
    , m_dir(configDir) {}

QString ConfigStore::settingsPath() const {
    return QDir(m_dir).filePath("settings.cfg");
}

bool ConfigStore::load(QString *error) {
    QFile file(settingsPath());
    if (!file.exists())
        return true; // factory state
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const CfgParseResult parsed = parseCfg(QString::fromUtf8(file.readAll()), file.fileName());
    for (const ConfigIssue &issue : parsed.issues)
        report(issue);
    for (const CfgEntry &e : parsed.entries) {
        QString why;
        const ParamSpec *spec = m_registry.find(e.name);
        if (!spec)
            why = QStringLiteral("unknown parameter '%1'").arg(e.name);
        else
            why = m_registry.validate(*spec, e.value);
        if (!why.isEmpty()) {
            report({file.fileName(), e.line, why});
            continue;
        }
        m_overrides.insert(e.name, e.value);
    }
    return true;
}

QString ConfigStore::value(const QString &name) const {
    auto it = m_overrides.constFind(name);
    return it != m_overrides.constEnd() ? *it : m_registry.defaultValue(name);
}

bool ConfigStore::setOne(const QString &name, const QString &value, QStringList *changedNames,
                         QString *error) {
    if (name == QLatin1String("security.user_password")) {
        // Seed 000 §9.2: one key for every level, "<user>:<password>", repeatable.
        const int colon = value.indexOf(QLatin1Char(':'));
        const QString user = value.left(colon);
        if (colon <= 0 || (user != QLatin1String("admin") && user != QLatin1String("user"))) {
            *error = QStringLiteral("security.user_password: expected admin:<password> or "
                                    "user:<password>");
            return false;
        }
        if (colon == value.size() - 1) {
            *error = QStringLiteral("security.user_password: a password cannot be empty");
            return false;
        }
        return setOne(QStringLiteral("security.password.") + user, value.mid(colon + 1),
                      changedNames, error);
    }
    const ParamSpec *spec = m_registry.find(name);
    if (!spec) {
        *error = QStringLiteral("unknown parameter '%1'").arg(name);
        return false;
    }
    const QString why = m_registry.validate(*spec, value);
    if (!why.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(name, why);
        return false;
    }
    const QString before = this->value(name);
    m_overrides.insert(name, value);
    if (before != value)
        changedNames->append(name);
    return true;
}

int ConfigStore::applyCfg(const QString &text, const QString &fileName) {
    const CfgParseResult parsed = parseCfg(text, fileName);
    for (const ConfigIssue &issue : parsed.issues)
        report(issue);
    QStringList changedNames;
    int applied = 0;
    for (const CfgEntry &e : parsed.entries) {
        QString error;
        if (e.reset) {
            if (!m_registry.find(e.name)) {
                report({fileName, e.line, QStringLiteral("unknown parameter '%1'").arg(e.name)});
                continue;
            }
            const QString before = value(e.name);
            m_overrides.remove(e.name);
            if (before != value(e.name))
                changedNames << e.name;
            ++applied;
            continue;
        }
        if (setOne(e.name, e.value, &changedNames, &error))
            ++applied;
        else
            report({fileName, e.line, error});
    }
    qCInfo(lcConfig) << fileName << ":" << applied << "settings applied," << parsed.issues.size()
                     << "syntax problems";
    if (applied > 0)
        save();
    if (!changedNames.isEmpty())
        Q_EMIT changed(changedNames);
    return applied;
}

bool ConfigStore::set(const QString &name, const QString &value, QString *error) {
    QStringList changedNames;
    QString why;
    if (!setOne(name, value, &changedNames, &why)) {
        if (error)
            *error = why;
        return false;
    }
    save();
    if (!changedNames.isEmpty())
        Q_EMIT changed(changedNames);
    return true;
}

void ConfigStore::reset(const QString &name) {
    const QString before = value(name);
    if (!m_overrides.remove(name))
        return;
    save();
    if (before != value(name))
        Q_EMIT changed({name});
}

QString ConfigStore::exportCfg() const {
    QList<QPair<QString, QString>> entries;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        entries.append({it.key(), it.value()});
    return formatCfg(entries);
}

bool ConfigStore::save() {
    QDir().mkpath(m_dir);
    QSaveFile file(settingsPath());
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcConfig) << "cannot save settings:" << file.errorString();
        return false;
    }
    file.write(exportCfg().toUtf8());
    if (!file.commit()) {
        qCWarning(lcConfig) << "cannot save settings:" << file.errorString();
        return false;
    }
    return true;
}

void ConfigStore::report(const ConfigIssue &issue) {
    qCWarning(lcConfig).noquote() << issue.toString();
    m_issues.append(issue);
    while (m_issues.size() > kMaxRememberedIssues)
        m_issues.removeFirst();
    Q_EMIT issueReported(issue);
}

} // namespace vidi::app
