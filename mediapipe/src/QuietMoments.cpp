#include "QuietMoments.h"

namespace vidi::media {

namespace {
qint64 nowMs() {
    return g_get_monotonic_time() / 1000;
}
} // namespace

void QuietMoments::attach(GstPad *decodedAudio) {
    m_lastSoundMs = nowMs();
    m_decoded.attach(decodedAudio, &QuietMoments::onLevel, this);
}

bool QuietMoments::quietFor(int ms) const {
    return nowMs() - m_lastSoundMs.load() >= ms;
}

void QuietMoments::onLevel(void *self, std::optional<BlockLevel> block) {
    if (!block || block->minusDbov < kQuietLevel)
        static_cast<QuietMoments *>(self)->m_lastSoundMs = nowMs();
}

} // namespace vidi::media
