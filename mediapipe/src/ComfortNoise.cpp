#include "ComfortNoise.h"

#include <algorithm>
#include <cmath>
#include <gst/audio/audio.h>
#include <gst/rtp/gstrtpbuffer.h>

namespace vidi::media {

namespace {
constexpr int kSilence = 127;             // -dBov: RFC 3389's quietest level
constexpr double kSpeechAboveFloor = 12;  // dB over the background that counts as speech
constexpr double kQuietest = -60;         // dBov: quieter than this is never speech
constexpr double kFloorRisePerSecond = 1; // dB: the background may grow louder, slowly
constexpr double kNoBackground = -90;     // dBov: quieter is digital silence (muted, starting)
constexpr int kHangoverMs = 240;          // word endings and short pauses are still sent
} // namespace

int levelOfSamples(const qint16 *samples, int count) {
    if (count <= 0)
        return kSilence;
    double energy = 0;
    for (int i = 0; i < count; ++i)
        energy += double(samples[i]) * samples[i];
    const double rms = std::sqrt(energy / count) / 32768.0;
    if (rms <= 0)
        return kSilence;
    return std::clamp(int(std::lround(-20 * std::log10(rms))), 0, kSilence);
}

double whiteNoiseVolume(int minusDbov) {
    if (minusDbov >= kSilence)
        return 0;
    // Uniform noise in [-v, v] has an RMS of v/√3.
    const double rms = std::pow(10.0, -minusDbov / 20.0);
    return std::min(1.0, rms * std::sqrt(3.0));
}

bool VoiceActivityDetector::isSpeech(int minusDbov, int ms) {
    const double dbov = -minusDbov;
    // Digital silence (a muted microphone, a device starting) is no background: were the
    // floor to follow it down, the real background would count as speech for a minute.
    if (dbov >= kNoBackground) {
        if (dbov < m_floor)
            m_floor = dbov;
        else
            m_floor = std::min(dbov, m_floor + kFloorRisePerSecond * ms / 1000.0);
    }
    const bool loud = dbov > std::max(m_floor + kSpeechAboveFloor, kQuietest);
    if (loud) {
        m_hangoverMs = kHangoverMs;
        return true;
    }
    if (m_hangoverMs > 0) {
        m_hangoverMs -= ms;
        return true;
    }
    m_background = minusDbov;
    return false;
}

// --- sending ------------------------------------------------------------------------------

void SilenceSuppressor::attach(GstPad *microphone, GstPad *payloaderOutput, int cnPayloadType) {
    m_payloadType = cnPayloadType;
    m_detector = VoiceActivityDetector();
    m_silent = false;
    m_inSilence = false;
    m_dropped = 0;
    m_microphone.attach(microphone, &SilenceSuppressor::onLevel, this);
    gst_pad_add_probe(payloaderOutput, GST_PAD_PROBE_TYPE_BUFFER, &SilenceSuppressor::onRtp, this,
                      nullptr);
}

void LevelTap::attach(GstPad *pad, Callback callback, void *owner) {
    m_callback = callback;
    m_owner = owner;
    m_rate = 0;
    if (GstCaps *caps = gst_pad_get_current_caps(pad)) { // already negotiated
        readFormat(caps);
        gst_caps_unref(caps);
    }
    gst_pad_add_probe(
        pad, GstPadProbeType(GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM),
        &LevelTap::onData, this, nullptr);
}

void LevelTap::readFormat(GstCaps *caps) {
    GstAudioInfo audio;
    const bool s16 = gst_audio_info_from_caps(&audio, caps) &&
                     GST_AUDIO_INFO_FORMAT(&audio) == GST_AUDIO_FORMAT_S16 &&
                     GST_AUDIO_INFO_CHANNELS(&audio) == 1;
    m_rate = s16 ? GST_AUDIO_INFO_RATE(&audio) : 0;
}

GstPadProbeReturn LevelTap::onData(GstPad *, GstPadProbeInfo *info, gpointer self) {
    auto *tap = static_cast<LevelTap *>(self);
    if (GST_PAD_PROBE_INFO_TYPE(info) & GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM) {
        GstEvent *event = GST_PAD_PROBE_INFO_EVENT(info);
        if (GST_EVENT_TYPE(event) == GST_EVENT_CAPS) {
            GstCaps *caps = nullptr;
            gst_event_parse_caps(event, &caps);
            tap->readFormat(caps);
        }
        return GST_PAD_PROBE_OK;
    }
    const int rate = tap->m_rate.load();
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    GstMapInfo map;
    if (rate <= 0 || !gst_buffer_map(buffer, &map, GST_MAP_READ)) {
        tap->m_callback(tap->m_owner, std::nullopt);
        return GST_PAD_PROBE_OK;
    }
    const int count = int(map.size / 2);
    BlockLevel block;
    block.minusDbov = levelOfSamples(reinterpret_cast<const qint16 *>(map.data), count);
    block.ms = std::max(1, count * 1000 / rate);
    gst_buffer_unmap(buffer, &map);
    tap->m_callback(tap->m_owner, block);
    return GST_PAD_PROBE_OK;
}

// A muted microphone is silence too (its samples are zero).
void SilenceSuppressor::onLevel(void *self, std::optional<BlockLevel> block) {
    auto *s = static_cast<SilenceSuppressor *>(self);
    if (!block) { // nothing to judge by: everything is speech
        s->m_silent = false;
        return;
    }
    const int level = block->minusDbov;
    const int ms = block->ms;
    const bool speech = s->m_detector.isSpeech(level, ms);
    s->m_level = s->m_detector.backgroundLevel();
    s->m_silent = !speech;
}

GstPadProbeReturn SilenceSuppressor::onRtp(GstPad *, GstPadProbeInfo *info, gpointer self) {
    return static_cast<SilenceSuppressor *>(self)->rewrite(info);
}

GstPadProbeReturn SilenceSuppressor::rewrite(GstPadProbeInfo *info) {
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    GstRTPBuffer rtp = GST_RTP_BUFFER_INIT;
    if (!gst_rtp_buffer_map(buffer, GST_MAP_READ, &rtp))
        return GST_PAD_PROBE_OK;
    const quint16 seq = gst_rtp_buffer_get_seq(&rtp);
    const guint32 timestamp = gst_rtp_buffer_get_timestamp(&rtp);
    const guint32 ssrc = gst_rtp_buffer_get_ssrc(&rtp);
    gst_rtp_buffer_unmap(&rtp);

    if (!m_silent) {
        if (!m_inSilence && m_dropped == 0)
            return GST_PAD_PROBE_OK; // speech as it always was
        buffer = gst_buffer_make_writable(buffer);
        if (gst_rtp_buffer_map(buffer, GST_MAP_WRITE, &rtp)) {
            gst_rtp_buffer_set_seq(&rtp, quint16(seq - m_dropped));
            if (m_inSilence) // RFC 3551 §4.1: the first packet of a talkspurt
                gst_rtp_buffer_set_marker(&rtp, TRUE);
            gst_rtp_buffer_unmap(&rtp);
        }
        m_inSilence = false;
        GST_PAD_PROBE_INFO_DATA(info) = buffer;
        return GST_PAD_PROBE_OK;
    }

    // Silence: a CN packet to begin it and once a second after; nothing in between.
    const bool refresh =
        m_inSilence && guint32(timestamp - m_lastCnTimestamp) >= guint32(m_clockRate);
    if (m_inSilence && !refresh) {
        ++m_dropped;
        return GST_PAD_PROBE_DROP;
    }
    m_inSilence = true;
    m_lastCnTimestamp = timestamp;
    GstBuffer *cn = gst_rtp_buffer_new_allocate(1, 0, 0);
    if (gst_rtp_buffer_map(cn, GST_MAP_WRITE, &rtp)) {
        gst_rtp_buffer_set_ssrc(&rtp, ssrc);
        gst_rtp_buffer_set_seq(&rtp, quint16(seq - m_dropped));
        gst_rtp_buffer_set_timestamp(&rtp, timestamp);
        gst_rtp_buffer_set_payload_type(&rtp, guint8(m_payloadType));
        static_cast<guint8 *>(gst_rtp_buffer_get_payload(&rtp))[0] = guint8(m_level.load());
        gst_rtp_buffer_unmap(&rtp);
    }
    gst_buffer_copy_into(cn, buffer, GST_BUFFER_COPY_TIMESTAMPS, 0, -1);
    gst_buffer_unref(buffer);
    GST_PAD_PROBE_INFO_DATA(info) = cn;
    ++m_sent;
    return GST_PAD_PROBE_OK;
}

// --- receiving ----------------------------------------------------------------------------

QString ComfortNoisePlayer::mixerStage(int rate) {
    const QString format = QStringLiteral("audio/x-raw,format=S16LE,rate=%1,channels=1").arg(rate);
    return QStringLiteral("%1 ! cnmix. audiotestsrc name=comfortnoise is-live=true "
                          "wave=white-noise volume=0 samplesperbuffer=%2 ! %1 ! cnmix. "
                          "audiomixer name=cnmix ! audioconvert ! audioresample ! ")
        .arg(format)
        .arg(rate / 100);
}

void ComfortNoisePlayer::attach(GstElement *pipeline, GstPad *voicePackets) {
    m_noise = gst_bin_get_by_name(GST_BIN(pipeline), "comfortnoise");
    if (m_noise)
        gst_object_unref(m_noise); // the pipeline holds it while it runs
    m_playing = false;
    gst_pad_add_probe(voicePackets, GST_PAD_PROBE_TYPE_BUFFER, &ComfortNoisePlayer::onVoice, this,
                      nullptr);
}

void ComfortNoisePlayer::setNoise(double volume) {
    if (m_noise)
        g_object_set(m_noise, "volume", volume, nullptr);
}

GstPadProbeReturn ComfortNoisePlayer::onVoice(GstPad *, GstPadProbeInfo *, gpointer self) {
    auto *p = static_cast<ComfortNoisePlayer *>(self);
    if (p->m_playing.exchange(false))
        p->setNoise(0); // the far end talks again
    return GST_PAD_PROBE_OK;
}

GstPadProbeReturn ComfortNoisePlayer::onCn(GstPad *, GstPadProbeInfo *info, gpointer self) {
    auto *p = static_cast<ComfortNoisePlayer *>(self);
    GstRTPBuffer rtp = GST_RTP_BUFFER_INIT;
    if (!gst_rtp_buffer_map(GST_PAD_PROBE_INFO_BUFFER(info), GST_MAP_READ, &rtp))
        return GST_PAD_PROBE_OK;
    // RFC 3389 §3: the first byte is the level; spectral coefficients after it are not used.
    if (gst_rtp_buffer_get_payload_len(&rtp) >= 1) {
        const int level = static_cast<const guint8 *>(gst_rtp_buffer_get_payload(&rtp))[0] & 0x7f;
        p->setNoise(whiteNoiseVolume(level));
        p->m_playing = true;
        ++p->m_received;
    }
    gst_rtp_buffer_unmap(&rtp);
    return GST_PAD_PROBE_OK;
}

namespace {
void linkToFakesink(GstPad *pad, GstElement *pipeline) {
    GstElement *sink = gst_element_factory_make("fakesink", nullptr);
    if (!sink)
        return;
    g_object_set(sink, "sync", FALSE, "async", FALSE, nullptr);
    gst_bin_add(GST_BIN(pipeline), sink);
    gst_element_sync_state_with_parent(sink);
    GstPad *input = gst_element_get_static_pad(sink, "sink");
    gst_pad_link(pad, input);
    gst_object_unref(input);
}
} // namespace

void ComfortNoisePlayer::linkComfortNoise(GstPad *pad, GstElement *pipeline) {
    gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, &ComfortNoisePlayer::onCn, this, nullptr);
    linkToFakesink(pad, pipeline);
}

void discardComfortNoise(GstPad *pad, GstElement *pipeline) {
    linkToFakesink(pad, pipeline);
}

} // namespace vidi::media
