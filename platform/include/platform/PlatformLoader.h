#pragma once
#include <QObject>
#include <QString>
#include <QStringList>

namespace vidi::platform {

class Platform;

// Finds the plugin `vidi-platform-<name>` (VIDI_PLUGIN_PATH, beside the executable, the build
// tree, the install prefix) and creates its Platform. Returns nullptr with *error on failure.
Q_DECL_EXPORT Platform *loadPlatform(const QString &name, QObject *parent, QString *error);
Q_DECL_EXPORT QStringList pluginSearchPaths();

} // namespace vidi::platform
