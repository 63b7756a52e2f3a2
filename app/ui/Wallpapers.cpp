#include "ui/Wallpapers.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>
#include <QUrl>

namespace vidi::app {

namespace {
constexpr int kScreenWidth = 800, kScreenHeight = 480;
constexpr int kMaxWidth = 1920, kMaxHeight = 1200; // seed §4.10
const QString kResource = QStringLiteral("Resource:");
const QString kConfig = QStringLiteral("Config:");
} // namespace

Wallpapers::Wallpapers(const QString &flashDirectory)
    : m_dir(flashDirectory + QStringLiteral("/wallpapers")) {}

QStringList Wallpapers::builtIn() {
    return {kResource + "aurora.svg", kResource + "dusk.svg", kResource + "graphite.svg",
            kResource + "meadow.svg"};
}

QStringList Wallpapers::all() const {
    QStringList values = builtIn();
    const QStringList files =
        QDir(m_dir).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        values << kConfig + f;
    return values;
}

QString Wallpapers::urlFor(const QString &value) const {
    if (value.startsWith(kConfig)) {
        const QString file =
            m_dir + QLatin1Char('/') + QFileInfo(value.mid(kConfig.size())).fileName();
        if (QFileInfo::exists(file))
            return QUrl::fromLocalFile(file).toString();
    } else if (builtIn().contains(value)) {
        return QStringLiteral("qrc:/vidi/wallpapers/") + value.mid(kResource.size());
    }
    return QStringLiteral("qrc:/vidi/wallpapers/aurora.svg");
}

QString Wallpapers::displayName(const QString &value) {
    return QFileInfo(value.section(QLatin1Char(':'), 1)).completeBaseName();
}

bool Wallpapers::store(const QString &fileName, const QByteArray &bytes, QString *error) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid())
        return fail(QStringLiteral("not a picture the phone can show (jpg, png, bmp)"));
    if (size.width() > kMaxWidth || size.height() > kMaxHeight)
        return fail(
            QStringLiteral("%1×%2 is larger than 1920×1200").arg(size.width()).arg(size.height()));
    const QImage image = reader.read();
    if (image.isNull())
        return fail(QStringLiteral("the picture cannot be decoded: %1").arg(reader.errorString()));
    // Fill the screen: scale to cover, keep the middle.
    const QImage scaled = image.scaled(kScreenWidth, kScreenHeight, Qt::KeepAspectRatioByExpanding,
                                       Qt::SmoothTransformation);
    const QImage fitted =
        scaled.copy((scaled.width() - kScreenWidth) / 2, (scaled.height() - kScreenHeight) / 2,
                    kScreenWidth, kScreenHeight);
    QDir().mkpath(m_dir);
    const QString base = QFileInfo(fileName).completeBaseName();
    if (base.isEmpty())
        return fail(QStringLiteral("the picture has no name"));
    QSaveFile out(m_dir + QLatin1Char('/') + base + QStringLiteral(".png"));
    if (!out.open(QIODevice::WriteOnly) || !fitted.save(&out, "PNG") || !out.commit())
        return fail(QStringLiteral("cannot be stored in the flash"));
    return true;
}

} // namespace vidi::app
