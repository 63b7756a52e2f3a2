#include "mediapipe/VideoSession.h"
#include "BitrateController.h"
#include "FrameBudget.h"
#include "FrameOutlet.h"
#include "KeyFrameWatch.h"
#include "Pipeline.h"
#include "PlayoutClock.h"
#include "RtcpStats.h"
#include "RtpPipeline.h"
#include "RtpSocketPair.h"
#include "SrtpLayer.h"
#include "VideoCodecTable.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>
#include <gst/video/video.h>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace vidi::media {

// The far end's pictures go to a synchronised sink (appsink sync=true), which shows each
// when the pipeline's clock reaches its running time + the pipeline's latency + ts-offset.
// Until lip sync knows better, ts-offset is this far back: every picture is late, and shown
// as soon as it is decoded (an appsink drops no late picture: max-lateness -1). Always
// synchronised, so the pipeline's latency stays the same when lip sync starts.
constexpr gint64 kShownAtOnceNs = -gint64(3600) * GST_SECOND;

class VideoSessionPrivate {
public:
    explicit VideoSessionPrivate(VideoSession *q)
        : q(q)
        , remote(q)
        , preview(q) {}

    static gboolean onBusMessage(GstBus *, GstMessage *msg, gpointer self);
    static void onPadAdded(GstElement *, GstPad *pad, gpointer pipeline);
    // What goes to the decoder: each packet, and each lost one (rtpjitterbuffer's do-lost
    // event), for the key frame watch.
    static GstPadProbeReturn watchForKeyFrame(GstPad *, GstPadProbeInfo *info, gpointer self) {
        auto *d = static_cast<VideoSessionPrivate *>(self);
        const qint64 nowMs = g_get_monotonic_time() / 1000;
        auto need = KeyFrameWatch::Need::Nothing;
        if (info->type & GST_PAD_PROBE_TYPE_BUFFER) {
            need = d->keyFrameWatch.onPacket(d->remote.frames(), nowMs);
        } else if (GstEvent *event = GST_PAD_PROBE_INFO_EVENT(info);
                   GST_EVENT_TYPE(event) == GST_EVENT_CUSTOM_DOWNSTREAM &&
                   gst_event_has_name(event, "GstRTPPacketLost")) {
            need = d->keyFrameWatch.onLoss(d->remote.frames(), nowMs);
        }
        if (need != KeyFrameWatch::Need::Nothing)
            QMetaObject::invokeMethod(
                d->q, [d, need] { d->askForKeyFrame(need); }, Qt::QueuedConnection);
        return GST_PAD_PROBE_OK;
    }
    QString description(const VideoParams &p, const VideoCodecElements &c,
                        const VideoDevices &devices) const;
    void applyValves();
    GstElement *element(const char *name) const {
        return gst_bin_get_by_name(GST_BIN(pipeline), name);
    }

    VideoSession *q;
    RtpSocketPair sockets;
    FrameOutlet remote;
    FrameOutlet preview;
    GstElement *pipeline = nullptr;
    guint busWatch = 0;
    VideoParams params;
    bool sending = true;
    bool receiving = true;
    bool cameraStopped = false;
    std::atomic<quint64> sent{0};
    std::atomic<quint64> received{0};
    // The received frame rate, measured between two reads of the statistics.
    mutable QElapsedTimer rateClock;
    mutable quint64 rateFrames = 0;
    mutable double fps = 0;
    QSize lastSize;
    // Adaptive bandwidth: the far end's receiver reports set the encoder's rate.
    QTimer adaptTimer;
    // The far end's pictures waiting for a key frame: ask for one.
    KeyFrameWatch keyFrameWatch;
    void askForKeyFrame(KeyFrameWatch::Need need);
    std::optional<BitrateController> bitrate;
    FrameBudget budget; // FFmpeg's encoders: pictures dropped rather than the rate exceeded
    quint32 lastReportSeq = 0;
    PlayoutClock playout;                // when the far end's pictures are shown, against its clock
    std::optional<qint64> soundOffsetNs; // LipSync's: the remote sink's ts-offset; none: at once
    void attachFrameBudget(int kbps);
    void adaptBitrate();
};

void VideoSessionPrivate::adaptBitrate() {
    if (!pipeline || !bitrate)
        return;
    GstElement *rtpbin = element("rtpbin");
    MediaStats s;
    readRtcpStats(rtpbin, &s);
    gst_object_unref(rtpbin);
    if (!s.haveRemoteReport || s.remoteReportSeq == lastReportSeq)
        return; // no new report since the last look
    lastReportSeq = s.remoteReportSeq;
    const int before = bitrate->current();
    const int now = bitrate->update(s.remoteLossPercent);
    if (now == before)
        return;
    qCInfo(lcMedia) << "video: far end lost" << s.remoteLossPercent << "%: bitrate" << before
                    << "->" << now << "kbit/s";
    if (GstElement *encoder = element("encoder")) {
        // OpenH264 (vidih264enc) takes a new rate while playing; FFmpeg's encoders keep their
        // first (restarting them cost a key frame each time, more than it saved), but their
        // frame budget follows.
        g_object_set(encoder, "bitrate", guint(now * 1000), nullptr);
        gst_object_unref(encoder);
    }
    budget.setRate(now);
}

// rtpmp4vpay sends a picture only when the next one arrives (it holds what it has until a
// buffer starts a new picture): every MPEG-4 picture went out a frame late, 33 ms at 30 a
// second (video_latency_bench). It sends what it holds on a SEGMENT event, so each encoded
// picture is handed to it here followed by its segment again.
static GstPadProbeReturn sendPictureAtOnce(GstPad *pad, GstPadProbeInfo *info, gpointer) {
    GstPad *payloader = gst_pad_get_peer(pad);
    if (!payloader)
        return GST_PAD_PROBE_OK;
    GstBuffer *picture = GST_PAD_PROBE_INFO_BUFFER(info);
    GST_PAD_PROBE_INFO_DATA(info) = nullptr;
    GST_PAD_PROBE_INFO_FLOW_RETURN(info) = gst_pad_chain(payloader, picture);
    if (GstEvent *segment = gst_pad_get_sticky_event(pad, GST_EVENT_SEGMENT, 0))
        gst_pad_send_event(payloader, segment);
    gst_object_unref(payloader);
    return GST_PAD_PROBE_HANDLED;
}

void VideoSessionPrivate::attachFrameBudget(int kbps) {
    GstElement *encoder = element("encoder");
    if (!encoder)
        return;
    GstElementFactory *factory = gst_element_get_factory(encoder);
    // OpenH264 skips frames itself (enable-frame-skip).
    if (factory && g_str_has_prefix(GST_OBJECT_NAME(factory), "avenc_")) {
        GstPad *input = gst_element_get_static_pad(encoder, "sink");
        GstPad *output = gst_element_get_static_pad(encoder, "src");
        budget.attach(input, output, kbps);
        gst_object_unref(input);
        gst_object_unref(output);
    }
    gst_object_unref(encoder);
}

gboolean VideoSessionPrivate::onBusMessage(GstBus *, GstMessage *msg, gpointer self) {
    auto *d = static_cast<VideoSessionPrivate *>(self);
    if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR) {
        QString detail;
        const QString text = errorText(msg, &detail);
        qCWarning(lcMedia) << "video pipeline error:" << text << detail;
        Q_EMIT d->q->failed(text);
    }
    return G_SOURCE_CONTINUE;
}

void VideoSessionPrivate::onPadAdded(GstElement *, GstPad *pad, gpointer pipeline) {
    gchar *name = gst_pad_get_name(pad);
    if (g_str_has_prefix(name, "recv_rtp_src_"))
        rtp::linkToFunnel(pad, static_cast<GstElement *>(pipeline));
    g_free(name);
}

QString VideoSessionPrivate::description(const VideoParams &p, const VideoCodecElements &c,
                                         const VideoDevices &devices) const {
    const QString caps = QStringLiteral("media=video,clock-rate=90000,encoding-name=%1,payload=%2")
                             .arg(p.encoding.toUpper())
                             .arg(p.payloadType);
    // The camera in the negotiated size, at its own rate up to the negotiated one, teed to the
    // encoder and the preview. videorate only drops (a faster camera): made to fill in, it
    // held each picture until the next came, to know how often to repeat it — a whole frame
    // (33 ms at 30 a second) added to every picture's way to the far end's screen
    // (video_latency_bench: H.264 camera → screen 35 ms → 2 ms on loopback). A leaky
    // queue: a slow encoder drops pictures instead of stalling the camera. The preview's
    // appsink never blocks (it keeps the newest picture only), so it takes its pictures in
    // the camera's thread: a thread of its own cost a hand-off per picture for nothing.
    return QStringLiteral(
               "rtpbin name=rtpbin latency=%1 do-lost=true "
               "%2 ! videoconvert ! videoscale ! videorate drop-only=true max-rate=%5 "
               "! video/x-raw,format=I420,width=%3,height=%4,framerate=[1/1,%5/1],"
               "pixel-aspect-ratio=1/1 "
               "! tee name=camera "
               "camera. ! queue max-size-buffers=2 leaky=downstream ! valve name=sendvalve "
               "! %6 ! %7 ! rtpbin.send_rtp_sink_0 "
               "camera. ! appsink name=preview sync=false async=false max-buffers=1 drop=true ")
               .arg(p.jitterBufferMs)
               .arg(devices.camera)
               .arg(p.size.width())
               .arg(p.size.height())
               .arg(p.framerate)
               .arg(c.encoder, c.payloader) +
           rtp::socketsDescription(p.remoteAddress, p.remotePort, p.remoteRtcpPort, caps, p.srtp) +
           QStringLiteral("funnel name=recvfunnel ! valve name=recvvalve ! %1 ! %2 "
                          "! videoconvert ! video/x-raw,format=I420 "
                          "! appsink name=remote sync=true ts-offset=%3 max-buffers=2 drop=true")
               .arg(c.depayloader, c.decoder)
               .arg(kShownAtOnceNs);
}

void VideoSessionPrivate::askForKeyFrame(KeyFrameWatch::Need need) {
    qCInfo(lcMedia) << "video: asking for a key frame:"
                    << (need == KeyFrameWatch::Need::NoPicture ? "packets but no picture"
                                                               : "packets lost");
    Q_EMIT q->keyFrameNeeded();
}

void VideoSessionPrivate::applyValves() {
    if (!pipeline)
        return;
    rtp::setValveDropping(pipeline, "sendvalve", !sending || cameraStopped);
    rtp::setValveDropping(pipeline, "recvvalve", !receiving);
}

VideoSession::VideoSession(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<VideoSessionPrivate>(this)) {
    d->adaptTimer.setInterval(1000);
    connect(&d->adaptTimer, &QTimer::timeout, this, [this] { d->adaptBitrate(); });
}

VideoSession::~VideoSession() {
    stop();
}

int VideoSession::rtpSocketDescriptor() const {
    return d->sockets.rtpDescriptor();
}

void VideoSession::openNatBinding(const QString &remoteAddress, int remotePort,
                                  int remoteRtcpPort) {
    d->sockets.openNatBinding(remoteAddress, remotePort, remoteRtcpPort);
}

int VideoSession::rtcpSocketDescriptor() const {
    return d->sockets.rtcpDescriptor();
}

bool VideoSession::allocatePorts(const PortRange &range, QString *error) {
    return d->sockets.bind(range, error);
}

int VideoSession::localRtpPort() const {
    return d->sockets.rtpPort();
}

void VideoSession::setDscp(int dscp) {
    d->sockets.setDscp(dscp);
}

bool VideoSession::isRunning() const {
    return d->pipeline != nullptr;
}

bool VideoSession::isRunningFor(const VideoParams &params) const {
    return d->pipeline && d->params == params;
}

bool VideoSession::start(const VideoParams &params, const VideoDevices &devices, QString *error) {
    auto fail = [&](const QString &why) {
        qCWarning(lcMedia) << why;
        if (error)
            *error = why;
        stop();
        return false;
    };
    stop();
    if (!d->sockets.rtp() && !d->sockets.bind(PortRange{}, error))
        return false;
    const auto codec = videoCodecElements(params);
    if (!codec)
        return fail(QStringLiteral("unsupported video codec %1").arg(params.encoding));
    const QString description = d->description(params, *codec, devices);
    qCDebug(lcMedia) << "video pipeline:" << description;
    QString why;
    d->pipeline = parsePipeline(description, &why);
    if (!d->pipeline)
        return fail(QStringLiteral("video pipeline: %1").arg(why));
    if (!rtp::connectSockets(d->pipeline, d->sockets, params.srtp, &d->sent, &d->received, &why))
        return fail(why);
    GstElement *rtpbin = d->element("rtpbin");
    g_signal_connect(rtpbin, "pad-added", G_CALLBACK(&VideoSessionPrivate::onPadAdded),
                     d->pipeline);
    rtp::watchFarEndReports(rtpbin, this, [this] { Q_EMIT farEndReported(); });
    // Receiver reports every second (RFC 3550 §6.2's reduced minimum: 360 s / session kbit/s),
    // so that the sender's rate follows the path within seconds.
    GObject *session = nullptr;
    g_signal_emit_by_name(rtpbin, "get-internal-session", 0u, &session);
    if (session) {
        g_object_set(session, "rtcp-min-interval", guint64(GST_SECOND), nullptr);
        g_object_unref(session);
    }
    gst_object_unref(rtpbin);
    for (auto [outlet, name] : {std::pair{&d->remote, "remote"}, {&d->preview, "preview"}}) {
        GstElement *sink = d->element(name);
        outlet->attach(sink);
        gst_object_unref(sink);
    }
    d->params = params;
    d->applyValves();
    GstBus *bus = gst_element_get_bus(d->pipeline);
    d->busWatch = gst_bus_add_watch(bus, &VideoSessionPrivate::onBusMessage, d.get());
    gst_object_unref(bus);
    if (gst_element_set_state(d->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        return fail(QStringLiteral("video pipeline refused to start"));
    d->rateClock.start();
    d->rateFrames = 0;
    d->fps = 0;
    d->bitrate.emplace(params.bitrateKbps);
    d->attachFrameBudget(params.bitrateKbps); // before the next probe: it restamps
    if (params.encoding.toUpper() == u"MP4V-ES") {
        if (GstElement *encoder = d->element("encoder")) {
            GstPad *output = gst_element_get_static_pad(encoder, "src");
            gst_pad_add_probe(output, GST_PAD_PROBE_TYPE_BUFFER, &sendPictureAtOnce, nullptr,
                              nullptr);
            gst_object_unref(output);
            gst_object_unref(encoder);
        }
    }
    d->lastReportSeq = 0;
    d->soundOffsetNs.reset();
    if (GstElement *valve = d->element("recvvalve")) {
        GstPad *fromJitterBuffer = gst_element_get_static_pad(valve, "src");
        d->playout.attach(d->pipeline, fromJitterBuffer, 90000);
        gst_pad_add_probe(
            fromJitterBuffer,
            GstPadProbeType(GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM),
            &VideoSessionPrivate::watchForKeyFrame, d.get(), nullptr);
        gst_object_unref(fromJitterBuffer);
        gst_object_unref(valve);
    }
    d->adaptTimer.start();
    d->keyFrameWatch.restart();
    qCInfo(lcMedia) << "video" << params.encoding << params.size << "local port" << localRtpPort()
                    << "->" << params.remoteAddress << params.remotePort;
    return true;
}

void VideoSession::stop() {
    d->adaptTimer.stop();
    d->remote.detach();
    d->preview.detach();
    stopPipeline(d->pipeline, d->busWatch);
    d->playout.detach();
}

std::optional<qint64> VideoSession::playoutDelayNs() {
    if (!d->pipeline)
        return std::nullopt;
    GstElement *rtpbin = d->element("rtpbin");
    const auto delay = d->playout.delayNs(rtpbin);
    gst_object_unref(rtpbin);
    return delay;
}

qint64 VideoSession::pipelineLatencyNs() const {
    return d->playout.latencyNs();
}

std::optional<qint64> VideoSession::soundOffsetNs() const {
    return d->soundOffsetNs;
}

void VideoSession::setSoundOffsetNs(std::optional<qint64> offsetNs) {
    if (!d->pipeline || offsetNs == d->soundOffsetNs)
        return;
    d->soundOffsetNs = offsetNs;
    GstElement *sink = d->element("remote");
    g_object_set(sink, "ts-offset", gint64(offsetNs.value_or(kShownAtOnceNs)), nullptr);
    gst_object_unref(sink);
}

void VideoSession::setDirection(bool send, bool receive) {
    const bool resumed = send && !d->sending;
    if (receive && !d->receiving)
        d->keyFrameWatch.restart(); // the time on hold was no stall
    d->sending = send;
    d->receiving = receive;
    d->applyValves();
    if (resumed)
        sendKeyFrame();
}

void VideoSession::setCameraStopped(bool stopped) {
    if (stopped == d->cameraStopped)
        return;
    d->cameraStopped = stopped;
    d->applyValves();
    if (!stopped)
        sendKeyFrame(); // the far end's decoder starts again from a whole picture
}

bool VideoSession::isCameraStopped() const {
    return d->cameraStopped;
}

void VideoSession::setRemoteSink(QVideoSink *sink) {
    d->remote.setSink(sink);
}

void VideoSession::setPreviewSink(QVideoSink *sink) {
    d->preview.setSink(sink);
}

void VideoSession::sendKeyFrame() {
    if (!d->pipeline)
        return;
    GstElement *encoder = d->element("encoder");
    if (!encoder)
        return;
    if (GstPad *pad = gst_element_get_static_pad(encoder, "sink")) {
        gst_pad_send_event(
            pad, gst_video_event_new_downstream_force_key_unit(
                     GST_CLOCK_TIME_NONE, GST_CLOCK_TIME_NONE, GST_CLOCK_TIME_NONE, TRUE, 0));
        gst_object_unref(pad);
    }
    gst_object_unref(encoder);
}

VideoStats VideoSession::stats() const {
    VideoStats s;
    s.codec = d->params.encoding;
    if (!d->pipeline)
        return s;
    s.packetsSent = d->sent.load();
    s.packetsReceived = d->received.load();
    s.framesDecoded = d->remote.frames();
    s.framesShown = d->remote.shown();
    s.receivedSize = d->remote.size();
    s.sentSize = d->params.size;
    s.sending = d->sending && !d->cameraStopped;
    s.encrypted = d->params.srtp.isActive();
    if (d->rateClock.elapsed() >= 500) {
        d->fps = double(s.framesDecoded - d->rateFrames) * 1000.0 / double(d->rateClock.elapsed());
        d->rateFrames = s.framesDecoded;
        d->rateClock.restart();
    }
    s.receivedFps = d->fps;
    s.targetKbps = d->bitrate ? d->bitrate->current() : d->params.bitrateKbps;
    s.lipSynced = d->soundOffsetNs.has_value();
    s.heldForSoundMs =
        d->soundOffsetNs
            ? int(std::max<qint64>(0, *d->soundOffsetNs + d->playout.latencyNs()) / 1000000)
            : 0;
    return s;
}

} // namespace vidi::media
