#include "QuietMoments.h"

#include "ComfortNoise.h"

namespace vidi::media {

namespace {
qint64 nowMs() {
    return g_get_monotonic_time() / 1000;
}
} // namespace

void QuietMoments::attach(GstPad *decodedAudio) {
    m_lastSoundMs = nowMs();
    gst_pad_add_probe(decodedAudio, GST_PAD_PROBE_TYPE_BUFFER, &QuietMoments::onAudio, this,
                      nullptr);
}

bool QuietMoments::quietFor(int ms) const {
    return nowMs() - m_lastSoundMs.load() >= ms;
}

GstPadProbeReturn QuietMoments::onAudio(GstPad *pad, GstPadProbeInfo *info, gpointer self) {
    auto *q = static_cast<QuietMoments *>(self);
    const std::optional<BlockLevel> block = levelOfBuffer(pad, GST_PAD_PROBE_INFO_BUFFER(info));
    if (!block || block->minusDbov < kQuietLevel)
        q->m_lastSoundMs = nowMs();
    return GST_PAD_PROBE_OK;
}

} // namespace vidi::media
