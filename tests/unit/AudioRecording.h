#pragma once
// What a test MediaSession's loudspeaker plays, recorded to a file as 8 kHz 16-bit mono: the
// sink for its AudioDevices, and the samples read back once the session has stopped.
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <vector>

class AudioRecording {
public:
    AudioRecording()
        : m_path(m_dir.filePath(QStringLiteral("speaker.raw"))) {}

    // audiorate: what is not played (a gap) is recorded as silence, as a speaker plays it.
    QString sink() const {
        return QStringLiteral("audiorate ! audio/x-raw,format=S16LE,rate=8000,channels=1 ! "
                              "filesink location=%1")
            .arg(m_path);
    }

    std::vector<qint16> samples() const {
        QFile file(m_path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        const auto *first = reinterpret_cast<const qint16 *>(data.constData());
        return std::vector<qint16>(first, first + data.size() / 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};
