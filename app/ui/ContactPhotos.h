#pragma once
#include <QString>
#include <QStringList>

namespace vidi::app {

// A contact's photo (seed §9.6, the contact file's default_photo): a system photo
// ("Resource:icon_family_b.png", drawn by us as SVG) or a customized one ("Config:<name>.png",
// a file in the flash's photos directory).
class ContactPhotos {
public:
    explicit ContactPhotos(const QString &flashDirectory);

    // The system photos: the seed's three (family, friend, blacklist) and two of ours.
    static QStringList builtIn();
    // Every choice: the system photos, then the customized ones in the flash.
    QStringList all() const;
    // A URL the QML Image can load; empty for none, or for a photo that is not there.
    QString urlFor(const QString &value) const;

private:
    QString m_dir;
};

} // namespace vidi::app
