#include "mediapipe/TonePlayer.h"
#include <gst/gst.h>

namespace vidi::media {

namespace {
// Frequencies and cadences of the North American tones (ITU-T E.180 supplement); the country
// table of voice.tone.country arrives with the media issue.
struct ToneSpec {
    int f1, f2, onMs, offMs;
};
ToneSpec specOf(TonePlayer::Tone tone) {
    switch (tone) {
    case TonePlayer::Tone::Ringback:
        return {440, 480, 2000, 4000};
    case TonePlayer::Tone::Busy:
        return {480, 620, 500, 500};
    case TonePlayer::Tone::CallWaiting:
        return {440, 440, 300, 2700};
    case TonePlayer::Tone::Ring:
        return {1000, 1250, 1000, 2000};
    case TonePlayer::Tone::None:
        break;
    }
    return {0, 0, 0, 0};
}
GstElement *el(void *p) {
    return static_cast<GstElement *>(p);
}
} // namespace

TonePlayer::TonePlayer(QObject *parent)
    : QObject(parent) {
    connect(&m_cadence, &QTimer::timeout, this, [this] {
        const ToneSpec s = specOf(m_tone);
        setAudible(!m_audible);
        m_cadence.start(m_audible ? s.onMs : s.offMs);
    });
    m_cadence.setSingleShot(true);
}

TonePlayer::~TonePlayer() {
    stop();
}

void TonePlayer::play(Tone tone) {
    if (tone == m_tone)
        return;
    m_cadence.stop();
    if (m_pipeline) {
        gst_element_set_state(el(m_pipeline), GST_STATE_NULL);
        gst_object_unref(el(m_pipeline));
        m_pipeline = nullptr;
    }
    m_tone = tone;
    if (tone == Tone::None)
        return;
    const ToneSpec s = specOf(tone);
    const QString description =
        QStringLiteral("audiomixer name=mix ! volume name=gate ! audioconvert ! audioresample ! %1 "
                       "audiotestsrc is-live=true freq=%2 volume=0.15 ! mix. "
                       "audiotestsrc is-live=true freq=%3 volume=0.15 ! mix.")
            .arg(m_sink)
            .arg(s.f1)
            .arg(s.f2);
    m_pipeline = gst_parse_launch(description.toUtf8().constData(), nullptr);
    if (!m_pipeline)
        return;
    setAudible(true);
    gst_element_set_state(el(m_pipeline), GST_STATE_PLAYING);
    m_cadence.start(s.onMs);
}

void TonePlayer::setAudible(bool on) {
    m_audible = on;
    if (!m_pipeline)
        return;
    if (GstElement *gate = gst_bin_get_by_name(GST_BIN(el(m_pipeline)), "gate")) {
        g_object_set(gate, "mute", on ? FALSE : TRUE, nullptr);
        gst_object_unref(gate);
    }
}

} // namespace vidi::media
