#include "platform/PlatformLoader.h"
#include "platform/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace vidi::platform {

QStringList pluginSearchPaths() {
    QStringList paths;
    const QString env = qEnvironmentVariable("VIDI_PLUGIN_PATH");
    if (!env.isEmpty())
        paths << env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString appDir = QCoreApplication::applicationDirPath();
    paths << appDir + QStringLiteral("/plugins") << appDir + QStringLiteral("/../plugins")
          << appDir + QStringLiteral("/../lib/vidi/plugins")
          << QStringLiteral(VIDI_PLUGIN_BUILD_DIR) << QStringLiteral(VIDI_PLUGIN_INSTALL_DIR);
    return paths;
}

Platform *loadPlatform(const QString &name, QObject *parent, QString *error) {
    const QString file = QStringLiteral("libvidi-platform-%1.so").arg(name);
    QStringList tried;
    for (const QString &dir : pluginSearchPaths()) {
        const QString path = QDir(dir).filePath(file);
        if (!QFileInfo::exists(path)) {
            tried << path;
            continue;
        }
        QPluginLoader loader(path);
        auto *factory = qobject_cast<PlatformFactory *>(loader.instance());
        if (!factory) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(path, loader.errorString());
            return nullptr;
        }
        return factory->create(parent);
    }
    if (error)
        *error = QStringLiteral("platform plugin '%1' not found (looked in %2)")
                     .arg(name, tried.join(QStringLiteral(", ")));
    return nullptr;
}

} // namespace vidi::platform
