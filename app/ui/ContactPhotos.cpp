#include "ui/ContactPhotos.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace vidi::app {

namespace {
const QString kResource = QStringLiteral("Resource:");
const QString kConfig = QStringLiteral("Config:");
} // namespace

ContactPhotos::ContactPhotos(const QString &flashDirectory)
    : m_dir(flashDirectory + QStringLiteral("/photos")) {}

QStringList ContactPhotos::builtIn() {
    return {kResource + "icon_family_b.png", kResource + "icon_friend_b.png",
            kResource + "icon_colleague_b.png", kResource + "icon_vip_b.png",
            kResource + "icon_blacklist_b.png"};
}

QStringList ContactPhotos::all() const {
    QStringList values = builtIn();
    const QStringList files = QDir(m_dir).entryList(
        {QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        values << kConfig + f;
    return values;
}

QString ContactPhotos::urlFor(const QString &value) const {
    if (builtIn().contains(value)) // the seed names them .png; ours are drawn as SVG
        return QStringLiteral("qrc:/vidi/photos/%1.svg")
            .arg(QFileInfo(value.mid(kResource.size())).completeBaseName());
    if (value.startsWith(kConfig)) {
        const QString file =
            m_dir + QLatin1Char('/') + QFileInfo(value.mid(kConfig.size())).fileName();
        if (QFileInfo::exists(file))
            return QUrl::fromLocalFile(file).toString();
    }
    return {};
}

} // namespace vidi::app
