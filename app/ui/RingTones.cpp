#include "ui/RingTones.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace vidi::app {

namespace {
const QString kCustom = QStringLiteral("Custom:");
}

RingTones::RingTones(const QString &flashDirectory)
    : m_dir(flashDirectory + QStringLiteral("/rings")) {}

QStringList RingTones::builtIn() {
    QStringList rings;
    for (int i = 1; i <= 8; ++i)
        rings << QStringLiteral("Ring%1.wav").arg(i);
    return rings;
}

QStringList RingTones::all() const {
    QStringList values = builtIn();
    for (const QString &f :
         QDir(m_dir).entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name))
        values << kCustom + f;
    return values;
}

QString RingTones::playable(const QString &value) const {
    if (!value.startsWith(kCustom))
        return value;
    const QString path = m_dir + QLatin1Char('/') + QFileInfo(value.mid(kCustom.size())).fileName();
    return QFileInfo::exists(path) ? path : QStringLiteral("Ring1.wav");
}

bool RingTones::store(const QString &fileName, const QByteArray &bytes, QString *error) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (bytes.size() > kMaxBytes)
        return fail(QStringLiteral("larger than 2 MiB"));
    if (bytes.size() < 44 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return fail(QStringLiteral("not a WAV file"));
    const QString base = QFileInfo(fileName).completeBaseName();
    if (base.isEmpty())
        return fail(QStringLiteral("the ring has no name"));
    QDir().mkpath(m_dir);
    QSaveFile out(m_dir + QLatin1Char('/') + base + QStringLiteral(".wav"));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(QStringLiteral("cannot be stored in the flash"));
    return true;
}

} // namespace vidi::app
