#include "InbandDtmf.h"

#include <cmath>
#include <gst/audio/audio.h>

namespace vidi::media {

namespace {
// ITU-T Q.23: the row (low) and column (high) frequencies of each key, by RFC 4733 event.
struct Pair {
    double low, high;
};
constexpr Pair kKeys[16] = {
    {941, 1336}, {697, 1209}, {697, 1336}, {697, 1477}, {770, 1209}, {770, 1336},
    {770, 1477}, {852, 1209}, {852, 1336}, {852, 1477}, {941, 1209}, {941, 1477}, // * #
    {697, 1633}, {770, 1633}, {852, 1633}, {941, 1633},                           // A-D
};
// Each tone at about -9 dBFS, the pair below full scale (Q.24 levels, with headroom).
constexpr double kAmplitude = 0.35 * 32767;
constexpr double kTwoPi = 6.283185307179586;
} // namespace

void InbandDtmf::attach(GstPad *pad) {
    m_lowPhase = m_highPhase = 0;
    gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, &InbandDtmf::onBuffer, this, nullptr);
}

GstPadProbeReturn InbandDtmf::onBuffer(GstPad *pad, GstPadProbeInfo *info, gpointer self) {
    auto *d = static_cast<InbandDtmf *>(self);
    if (d->m_event < 0) {
        d->m_lowPhase = d->m_highPhase = 0; // each press starts its tones afresh
        return GST_PAD_PROBE_OK;
    }
    GstCaps *caps = gst_pad_get_current_caps(pad);
    GstAudioInfo audio;
    const bool usable = caps && gst_audio_info_from_caps(&audio, caps) &&
                        GST_AUDIO_INFO_FORMAT(&audio) == GST_AUDIO_FORMAT_S16 &&
                        GST_AUDIO_INFO_CHANNELS(&audio) == 1;
    if (caps)
        gst_caps_unref(caps);
    if (!usable)
        return GST_PAD_PROBE_OK;
    GstBuffer *buffer = gst_buffer_make_writable(GST_PAD_PROBE_INFO_BUFFER(info));
    GST_PAD_PROBE_INFO_DATA(info) = buffer;
    d->write(buffer, GST_AUDIO_INFO_RATE(&audio));
    return GST_PAD_PROBE_OK;
}

void InbandDtmf::write(GstBuffer *buffer, int rate) {
    const int event = m_event;
    if (event < 0 || event > 15 || rate <= 0)
        return;
    GstMapInfo map;
    if (!gst_buffer_map(buffer, &map, GST_MAP_WRITE))
        return;
    auto *samples = reinterpret_cast<gint16 *>(map.data);
    const gsize count = map.size / sizeof(gint16);
    const double lowStep = kTwoPi * kKeys[event].low / rate;
    const double highStep = kTwoPi * kKeys[event].high / rate;
    for (gsize i = 0; i < count; ++i) {
        samples[i] = gint16(kAmplitude * (std::sin(m_lowPhase) + std::sin(m_highPhase)));
        m_lowPhase = std::fmod(m_lowPhase + lowStep, kTwoPi);
        m_highPhase = std::fmod(m_highPhase + highStep, kTwoPi);
    }
    gst_buffer_unmap(buffer, &map);
}

} // namespace vidi::media
