#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vidi::app {

// The idle screen's wallpapers (seed §4.10): the built-in set ("Resource:aurora.svg") and the
// pictures provisioned by wallpaper_upload.url ("Config:<name>.png" in the flash). An upload
// (.jpg/.png/.bmp up to 1920×1200) is scaled to fill 800×480 once, when it arrives, so that
// the idle screen never decodes a large picture.
class Wallpapers {
public:
    explicit Wallpapers(const QString &flashDirectory);

    static QStringList builtIn();
    // Every choice, built-in first ("Resource:…", then "Config:…").
    QStringList all() const;
    // A URL the QML Image can load; the first built-in for an unknown value.
    QString urlFor(const QString &value) const;
    // A person's name for a value ("aurora", "office-front").
    static QString displayName(const QString &value);
    // Stores an uploaded picture as Config:<base name>.png. On failure (not a picture, too
    // large) returns false with the reason; the pictures stored before stay.
    bool store(const QString &fileName, const QByteArray &bytes, QString *error = nullptr);

private:
    QString m_dir;
};

} // namespace vidi::app
