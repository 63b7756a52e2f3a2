#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vidi::app {

// The phone's ring tones: Ring1.wav … Ring8.wav built in (TonePlayer), and custom rings
// provisioned by ringtone.url (a seed GAP, the family's name), kept in the flash as
// "Custom:<name>.wav" (seed §"Ring Tones": Custom:Name.wav).
class RingTones {
public:
    explicit RingTones(const QString &flashDirectory);

    static QStringList builtIn();
    QStringList all() const; // built-in first
    // What TonePlayer plays for a ring_type value: "RingN.wav", or a custom ring's path;
    // "Ring1.wav" for a custom ring that is not (or no longer) stored.
    QString playable(const QString &value) const;
    // Stores a downloaded ring (RIFF/WAVE, up to 2 MiB) as Custom:<base name>.wav. On
    // failure returns false with the reason; the rings stored before stay.
    bool store(const QString &fileName, const QByteArray &bytes, QString *error = nullptr);

    static constexpr qsizetype kMaxBytes = 2 * 1024 * 1024;

private:
    QString m_dir;
};

} // namespace vidi::app
