#include "mediapipe/LipSync.h"
#include "mediapipe/MediaSession.h"
#include "mediapipe/VideoSession.h"

#include <QLoggingCategory>
#include <algorithm>
#include <cstdlib>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace vidi::media {

namespace {
constexpr qint64 kMs = 1000000;
}

LipSync::LipSync(MediaSession *sound, VideoSession *pictures, QObject *parent)
    : QObject(parent)
    , m_sound(sound)
    , m_pictures(pictures) {
    // Each far-end report (RTCP, every 1-5 s) brings a new sender report to align by.
    connect(sound, &MediaSession::farEndReported, this, &LipSync::align);
    connect(pictures, &VideoSession::farEndReported, this, &LipSync::align);
}

void LipSync::align() {
    if (!m_sound || !m_pictures || !m_sound->isRunning() || !m_pictures->isRunning())
        return;
    const auto heard = m_sound->playoutDelayNs();
    const auto seen = m_pictures->playoutDelayNs();
    if (!heard || !seen)
        return; // no sender report yet for one of them: as before
    // Shown with the sound, a picture is shown this much after its synchronised time; never
    // before it is decoded (at once), when the sound is ahead even of that.
    const qint64 atOnce = -m_pictures->pipelineLatencyNs();
    const qint64 offset = *heard - *seen;
    std::optional<qint64> wanted = std::max(offset, atOnce);
    if (offset - atOnce > kMaxHoldMs * kMs) {
        qCDebug(lcMedia) << "lip sync: the far end's sound and pictures are" << offset / kMs
                         << "ms apart by its clocks: not followed";
        wanted.reset();
    }
    const auto current = m_pictures->soundOffsetNs();
    if (wanted && current && std::llabs(*wanted - *current) < kToleranceMs * kMs)
        return;
    if (wanted == current)
        return;
    qCInfo(lcMedia) << "lip sync: pictures held" << (wanted ? (*wanted - atOnce) / kMs : 0)
                    << "ms for their sound";
    m_pictures->setSoundOffsetNs(wanted);
}

} // namespace vidi::media
