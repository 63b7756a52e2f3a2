#include "QuietMoments.h"

#include "ComfortNoise.h"

#include <gst/audio/audio.h>

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
    GstCaps *caps = gst_pad_get_current_caps(pad);
    GstAudioInfo audio;
    const bool s16 = caps && gst_audio_info_from_caps(&audio, caps) &&
                     GST_AUDIO_INFO_FORMAT(&audio) == GST_AUDIO_FORMAT_S16 &&
                     GST_AUDIO_INFO_CHANNELS(&audio) == 1;
    if (caps)
        gst_caps_unref(caps);
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    GstMapInfo map;
    if (!s16 || !gst_buffer_map(buffer, &map, GST_MAP_READ)) {
        q->m_lastSoundMs = nowMs();
        return GST_PAD_PROBE_OK;
    }
    const int level = levelOfSamples(reinterpret_cast<const qint16 *>(map.data), int(map.size / 2));
    gst_buffer_unmap(buffer, &map);
    if (level < kQuietLevel)
        q->m_lastSoundMs = nowMs();
    return GST_PAD_PROBE_OK;
}

} // namespace vidi::media
