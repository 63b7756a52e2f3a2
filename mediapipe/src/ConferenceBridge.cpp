#include "mediapipe/ConferenceBridge.h"

#include "AudioChannels.h"
#include "EchoCanceller.h"
#include "Pipeline.h"

#include <QLoggingCategory>
#include <gst/gst.h>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace vidi::media {

namespace {
// Everything inside the bridge: wideband, so that a G.722 leg keeps its 7 kHz.
constexpr char kFormat[] = "audio/x-raw,format=S16LE,rate=16000,channels=1,layout=interleaved";
constexpr qint64 kMixerLatencyNs = 60 * 1000 * 1000;
int nextBridge = 1;
} // namespace

class ConferenceBridgePrivate {
public:
    // "up": what a leg's peer says, into the bridge; "down": what the peer hears.
    QString channel(int leg, const char *direction) const {
        return QStringLiteral("vidi-conference-%1-%2-%3").arg(id).arg(leg).arg(direction);
    }
    QString description() const;
    static gboolean onBusMessage(GstBus *, GstMessage *msg, gpointer self);

    ConferenceBridge *q = nullptr;
    AudioDevices local;
    EchoCanceller echo;
    int id = 0;
    GstElement *pipeline = nullptr;
    guint busWatch = 0;
    bool muted = false;
};

QString ConferenceBridgePrivate::description() const {
    const QString format = QString::fromLatin1(kFormat);
    QString d =
        QStringLiteral("%1 ! audioconvert ! audioresample ! %2 ! %3volume name=mic "
                       "! tee name=micout ")
            .arg(local.source, format, local.echoCancellation ? echo.microphoneStage() : QString());
    // The mixers wait this long for a leg's audio before they mix without it: the calls'
    // jitter buffers pass it on in 20 ms packets, not quite evenly.
    const QString mixer = QStringLiteral("audiomixer latency=%1").arg(kMixerLatencyNs);
    for (int leg = 0; leg < 2; ++leg)
        d += QStringLiteral("%1 ! tee name=up%2 %3 name=down%2 ! %4 ")
                 .arg(channels::inputDescription(channel(leg, "up"), kFormat))
                 .arg(leg)
                 .arg(mixer, channels::outputDescription(channel(leg, "down"), kFormat));
    d += QStringLiteral("%1 name=speaker ! %2 ! %3audioconvert ! audioresample ! %4 ")
             .arg(mixer, format, local.echoCancellation ? echo.speakerStage() : QString(),
                  local.sink);
    // Mix-minus: each leg hears the microphone and the other leg; the speaker both legs.
    d += QStringLiteral("micout. ! queue ! down0. up1. ! queue ! down0. "
                        "micout. ! queue ! down1. up0. ! queue ! down1. "
                        "up0. ! queue ! speaker. up1. ! queue ! speaker.");
    return d;
}

gboolean ConferenceBridgePrivate::onBusMessage(GstBus *, GstMessage *msg, gpointer self) {
    auto *d = static_cast<ConferenceBridgePrivate *>(self);
    if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR) {
        GError *err = nullptr;
        gst_message_parse_error(msg, &err, nullptr);
        const QString text = QString::fromUtf8(err ? err->message : "conference error");
        g_clear_error(&err);
        qCWarning(lcMedia) << "conference bridge:" << text;
        Q_EMIT d->q->failed(text);
    }
    return G_SOURCE_CONTINUE;
}

ConferenceBridge::ConferenceBridge(const AudioDevices &local, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ConferenceBridgePrivate>()) {
    d->q = this;
    d->local = local;
    d->id = nextBridge++;
}

ConferenceBridge::~ConferenceBridge() {
    stop();
}

bool ConferenceBridge::start(QString *error) {
    stop();
    GError *err = nullptr;
    const QString description = d->description();
    qCDebug(lcMedia) << "conference pipeline:" << description;
    d->pipeline = gst_parse_launch(description.toUtf8().constData(), &err);
    if (!d->pipeline || err) {
        if (error)
            *error = QString::fromUtf8(err ? err->message : "cannot build the conference");
        g_clear_error(&err);
        stop();
        return false;
    }
    channels::attach(d->pipeline);
    setMicrophoneMuted(d->muted);
    GstBus *bus = gst_element_get_bus(d->pipeline);
    d->busWatch = gst_bus_add_watch(bus, &ConferenceBridgePrivate::onBusMessage, d.get());
    gst_object_unref(bus);
    if (gst_element_set_state(d->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        if (error)
            *error = QStringLiteral("the conference pipeline refused to start");
        stop();
        return false;
    }
    qCInfo(lcMedia) << "conference bridge" << d->id << "running";
    return true;
}

void ConferenceBridge::stop() {
    stopPipeline(d->pipeline, d->busWatch);
}

bool ConferenceBridge::isRunning() const {
    return d->pipeline != nullptr;
}

AudioDevices ConferenceBridge::legDevices(int leg) const {
    AudioDevices devices;
    devices.source = channels::inputDescription(d->channel(leg, "down"), kFormat);
    devices.sink = channels::outputDescription(d->channel(leg, "up"), kFormat);
    devices.bridgeChannel = d->channel(leg, "up"); // for lip sync
    return devices;
}

void ConferenceBridge::setMicrophoneMuted(bool muted) {
    d->muted = muted;
    if (!d->pipeline)
        return;
    if (GstElement *mic = gst_bin_get_by_name(GST_BIN(d->pipeline), "mic")) {
        g_object_set(mic, "mute", muted ? TRUE : FALSE, nullptr);
        gst_object_unref(mic);
    }
}

} // namespace vidi::media
