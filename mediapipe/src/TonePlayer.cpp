#include "mediapipe/TonePlayer.h"
#include <QFile>
#include <QRegularExpression>
#include <gst/gst.h>

namespace vidi::media {

namespace {
// Frequencies and cadences of the North American tones (ITU-T E.180 supplement); the country
// table of voice.tone.country arrives with the media issue.
struct ToneSpec {
    int f1, f2, onMs, offMs;
};
// The built-in ring tones Ring1..Ring8: two-tone rings told apart by pitch and cadence.
constexpr ToneSpec kRings[8] = {
    {1000, 1250, 1000, 2000}, {800, 1000, 400, 200},   {1300, 1600, 1500, 1500},
    {600, 750, 250, 250},     {1400, 1100, 800, 400},  {500, 650, 2000, 2000},
    {900, 1200, 150, 150},    {1100, 1500, 600, 1200},
};

ToneSpec specOf(TonePlayer::Tone tone, int variant) {
    switch (tone) {
    case TonePlayer::Tone::Dial: // continuous
        return {350, 440, 0, 0};
    case TonePlayer::Tone::Ringback:
        return {440, 480, 2000, 4000};
    case TonePlayer::Tone::Busy:
        return {480, 620, 500, 500};
    case TonePlayer::Tone::CallWaiting:
        return {440, 440, 300, 2700};
    case TonePlayer::Tone::Ring:
        return kRings[qBound(0, variant, 7)];
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
        const ToneSpec s = specOf(m_tone, m_variant);
        setAudible(!m_audible);
        m_cadence.start(m_audible ? s.onMs : s.offMs);
    });
    m_cadence.setSingleShot(true);
}

TonePlayer::~TonePlayer() {
    stop();
}

int TonePlayer::builtInRing(const QString &ring) {
    static const QRegularExpression name(QStringLiteral("^Ring([1-8])\\.wav$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = name.match(ring);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void TonePlayer::play(Tone tone, const QString &ring) {
    const QString wanted =
        tone == Tone::Ring ? (ring.isEmpty() ? QStringLiteral("Ring1.wav") : ring) : QString();
    if (tone == m_tone && wanted == m_ring)
        return;
    m_cadence.stop();
    if (m_busWatch) {
        g_source_remove(m_busWatch);
        m_busWatch = 0;
    }
    if (m_pipeline) {
        gst_element_set_state(el(m_pipeline), GST_STATE_NULL);
        gst_object_unref(el(m_pipeline));
        m_pipeline = nullptr;
    }
    m_tone = tone;
    m_ring = wanted;
    if (tone == Tone::None)
        return;
    if (tone == Tone::Ring && builtInRing(wanted) == 0 && QFile::exists(wanted)) {
        playFile(wanted);
        return;
    }
    m_variant = tone == Tone::Ring ? qMax(1, builtInRing(wanted)) - 1 : 0;
    if (tone == Tone::Ring && builtInRing(wanted) == 0)
        m_ring = QStringLiteral("Ring1.wav"); // an unknown name rings the first built-in tone
    const ToneSpec s = specOf(tone, m_variant);
    const QString description =
        QStringLiteral("audiomixer name=mix ! volume name=gate ! audioconvert ! audioresample ! %1 "
                       "audiotestsrc is-live=true freq=%2 volume=0.15 ! mix. "
                       "audiotestsrc is-live=true freq=%3 volume=0.15 ! mix.")
            .arg(tone == Tone::Ring ? m_ringerSink : m_sink)
            .arg(s.f1)
            .arg(s.f2);
    m_pipeline = gst_parse_launch(description.toUtf8().constData(), nullptr);
    if (!m_pipeline)
        return;
    setAudible(true);
    gst_element_set_state(el(m_pipeline), GST_STATE_PLAYING);
    if (s.onMs > 0) // a tone without on time is continuous (the dial tone)
        m_cadence.start(s.onMs);
}

void TonePlayer::playFile(const QString &path) {
    gchar *uri = gst_filename_to_uri(path.toUtf8().constData(), nullptr);
    const QString description =
        QStringLiteral("uridecodebin uri=\"%1\" ! audioconvert ! audioresample ! "
                       "volume volume=0.5 ! %2")
            .arg(QString::fromUtf8(uri), m_ringerSink);
    g_free(uri);
    GError *error = nullptr;
    m_pipeline = gst_parse_launch(description.toUtf8().constData(), &error);
    if (error) {
        qWarning("ring tone %s not playable: %s", qPrintable(path), error->message);
        g_error_free(error);
    }
    if (!m_pipeline)
        return;
    // The file rings in a loop: back to its start at every end of stream.
    GstBus *bus = gst_element_get_bus(el(m_pipeline));
    m_busWatch = gst_bus_add_watch(
        bus,
        [](GstBus *, GstMessage *message, gpointer self) -> gboolean {
            if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_EOS)
                static_cast<TonePlayer *>(self)->onEndOfStream();
            return TRUE;
        },
        this);
    gst_object_unref(bus);
    gst_element_set_state(el(m_pipeline), GST_STATE_PLAYING);
}

void TonePlayer::onEndOfStream() {
    if (m_pipeline)
        gst_element_seek_simple(el(m_pipeline), GST_FORMAT_TIME,
                                GstSeekFlags(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_KEY_UNIT), 0);
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
