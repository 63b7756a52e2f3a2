#include "mediapipe/MediaSession.h"
#include "AudioChannels.h"
#include "CodecTable.h"
#include "ComfortNoise.h"
#include "EchoCanceller.h"
#include "InbandDtmf.h"
#include "Pipeline.h"
#include "RtcpStats.h"
#include "RtcpXr.h"
#include "RtpPipeline.h"
#include "RtpSocketPair.h"
#include "SrtpLayer.h"

#include "JitterBufferSizer.h"
#include "PlayoutClock.h"
#include "PlayoutJumps.h"
#include "QuietMoments.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <gst/gst.h>
#include <optional>

Q_LOGGING_CATEGORY(lcMedia, "vidi.media")

namespace vidi::media {

class MediaSessionPrivate {
public:
    explicit MediaSessionPrivate(MediaSession *q)
        : q(q) {}

    static gboolean onBusMessage(GstBus *, GstMessage *msg, gpointer self);
    QString pipelineDescription(const StreamParams &p, const CodecElements &c,
                                const AudioDevices &devices) const;

    MediaSession *q;
    RtpSocketPair sockets;
    InbandDtmf inband;
    EchoCanceller echo;
    SilenceSuppressor silence;  // voice.vad
    ComfortNoisePlayer comfort; // voice.cng
    GstElement *pipeline = nullptr;
    guint busWatch = 0;
    bool muted = false;
    bool sending = true;
    bool receiving = true;
    QString codec;
    StreamParams params;
    std::atomic<quint64> sent{0};
    std::atomic<quint64> received{0};
    // Adaptive jitter buffer: the far end's jitter, read every two seconds, sizes rtpbin.
    QTimer adaptTimer;
    std::optional<JitterBufferSizer> sizer;
    // A new size waits for a pause of the far end (QuietMoments), at most one more
    // measurement; resizeTimer looks for the pause meanwhile.
    QuietMoments pauses;
    QTimer resizeTimer;
    QElapsedTimer resizeWaiting;
    int resizeTo = 0;
    std::atomic<int> resizes{0}, resizesMidSound{0};
    // What the jitter buffer holds now and the most it held in this call, for RTCP XR (read
    // in GStreamer's RTCP thread).
    std::atomic<int> holdMs{0}, holdMaxMs{0};
    PlayoutClock playout; // when the far end's sound is heard, against its clock (lip sync)
    std::optional<VoipMetrics> voipMetrics(GstElement *rtpbin, int packetMs) const;
    void adaptJitterBuffer();
    void resizeInPause();
    void attachComfortNoise();
};

// A pad of a named element of the pipeline (a reference to unref), or null.
static GstPad *staticPad(GstElement *pipeline, const char *element, const char *pad) {
    GstElement *e = gst_bin_get_by_name(GST_BIN(pipeline), element);
    GstPad *result = e ? gst_element_get_static_pad(e, pad) : nullptr;
    if (e)
        gst_object_unref(e);
    return result;
}

void MediaSessionPrivate::attachComfortNoise() {
    if (params.sendComfortNoise) {
        GstPad *mic = staticPad(pipeline, "mic", "src");
        GstPad *packets = staticPad(pipeline, "sendvalve", "sink");
        if (mic && packets)
            silence.attach(mic, packets, params.comfortNoisePayloadType);
        for (GstPad *pad : {mic, packets})
            if (pad)
                gst_object_unref(pad);
    }
    if (params.playComfortNoise)
        if (GstPad *voice = staticPad(pipeline, "recvfunnel", "src")) {
            comfort.attach(pipeline, voice);
            gst_object_unref(voice);
        }
}

// rtpjitterbuffer holds each packet for its latency plus the spacing of the packets (it waits
// that long for the next one before it calls it lost; tests/bench/latency_bench measured 60 ms
// from wire to playout at latency 40 and 20 ms packets). So that the buffer holds what we size
// it to, rtpbin gets that less one packet.
static constexpr int kAdaptIntervalMs = 2000; // how often the far end's jitter is read

static int rtpbinLatency(int holdMs, int packetMs) {
    return qMax(0, holdMs - packetMs);
}

std::optional<VoipMetrics> MediaSessionPrivate::voipMetrics(GstElement *rtpbin,
                                                            int packetMs) const {
    MediaStats s;
    readRtcpStats(rtpbin, &s);
    if (!s.remoteSsrc)
        return std::nullopt; // nothing received yet: nothing to report on
    VoipMetrics m;
    m.sourceSsrc = s.remoteSsrc;
    m.lossPercent = s.lossPercent;
    m.roundTripMs = int(s.roundTripMs);
    m.endSystemDelayMs = holdMs + packetMs;
    const double oneWay = s.roundTripMs / 2 + m.endSystemDelayMs;
    m.rFactor = rFactor(s.lossPercent, oneWay);
    m.mosListening = estimateMos(s.lossPercent, 0);
    m.mosConversational = estimateMos(s.lossPercent, oneWay);
    m.jitterBufferMs = holdMs;
    m.jitterBufferMaxMs = holdMaxMs;
    m.jitterBufferAbsMaxMs = JitterBufferSizer::kCeilingMs;
    return m;
}

void MediaSessionPrivate::adaptJitterBuffer() {
    if (!pipeline || !sizer)
        return;
    GstElement *rtpbin = gst_bin_get_by_name(GST_BIN(pipeline), "rtpbin");
    if (!rtpbin)
        return;
    MediaStats s;
    readRtcpStats(rtpbin, &s);
    gst_object_unref(rtpbin);
    const int wanted = sizer->update(s.jitterMs);
    if (wanted == holdMs) {
        resizeTimer.stop();
        return;
    }
    if (!resizeTimer.isActive()) {
        resizeWaiting.start();
        resizeTimer.start();
    }
    resizeTo = wanted;
    qCDebug(lcMedia) << "jitter" << s.jitterMs << "ms: jitter buffer to" << wanted << "ms";
    resizeInPause();
}

void MediaSessionPrivate::resizeInPause() {
    constexpr int kPauseMs = 100;
    const bool inPause = pauses.quietFor(kPauseMs);
    // A far end that never pauses (music on hold, a tone) gets the new size anyway.
    if (!inPause && resizeWaiting.elapsed() < kAdaptIntervalMs)
        return;
    resizeTimer.stop();
    GstElement *rtpbin = pipeline ? gst_bin_get_by_name(GST_BIN(pipeline), "rtpbin") : nullptr;
    if (!rtpbin || !sizer)
        return;
    // rtpbin hands the new latency to each stream's rtpjitterbuffer.
    g_object_set(rtpbin, "latency", guint(rtpbinLatency(resizeTo, sizer->packetMs())), nullptr);
    gst_object_unref(rtpbin);
    qCInfo(lcMedia) << "jitter buffer" << holdMs.load() << "->" << resizeTo << "ms"
                    << (inPause ? "in a pause" : "without one");
    holdMs = resizeTo;
    holdMaxMs = qMax(holdMaxMs.load(), resizeTo);
    ++resizes;
    if (!inPause)
        ++resizesMidSound;
}

gboolean MediaSessionPrivate::onBusMessage(GstBus *, GstMessage *msg, gpointer self) {
    auto *d = static_cast<MediaSessionPrivate *>(self);
    if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR) {
        QString detail;
        const QString text = errorText(msg, &detail);
        qCWarning(lcMedia) << "media pipeline error:" << text << detail;
        Q_EMIT d->q->failed(text);
    } else if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ELEMENT &&
               gst_message_has_name(msg, "dtmf-event")) {
        gint number = -1;
        gst_structure_get_int(gst_message_get_structure(msg), "number", &number);
        if (number >= 0 && number <= 15)
            Q_EMIT d->q->telephoneEventReceived(number);
    }
    return G_SOURCE_CONTINUE;
}

// Each new sender's audio joins the decoder's funnel (rtp::linkToFunnel). RFC 4733 events the
// far end sends (its DTMF) come on a pad of their own (rtpbin demuxes by payload type,
// recv_rtp_src_<session>_<ssrc>_<pt>): they go to rtpdtmfdepay, which posts a "dtmf-event"
// message for each, instead of into the audio decoder.
static void linkTelephoneEvents(GstPad *pad, GstElement *pipeline) {
    GstElement *depay = gst_element_factory_make("rtpdtmfdepay", nullptr);
    GstElement *sink = gst_element_factory_make("fakesink", nullptr);
    if (!depay || !sink)
        return;
    g_object_set(sink, "sync", FALSE, "async", FALSE, nullptr);
    gst_bin_add_many(GST_BIN(pipeline), depay, sink, nullptr);
    gst_element_link(depay, sink);
    gst_element_sync_state_with_parent(depay);
    gst_element_sync_state_with_parent(sink);
    GstPad *input = gst_element_get_static_pad(depay, "sink");
    gst_pad_link(pad, input);
    gst_object_unref(input);
}

// rtpbin asks what a payload type is when it first sees one: the call's codec, its
// telephone-event type and its comfort-noise type (else it drops those packets).
static GstCaps *payloadCaps(GstElement *, guint, guint pt, gpointer self) {
    const StreamParams &p = static_cast<MediaSessionPrivate *>(self)->params;
    const char *encoding = nullptr;
    if (p.telephoneEventPayloadType >= 0 && int(pt) == p.telephoneEventPayloadType)
        encoding = "TELEPHONE-EVENT";
    else if (p.comfortNoisePayloadType >= 0 && int(pt) == p.comfortNoisePayloadType)
        encoding = "CN";
    if (!encoding)
        return nullptr;
    return gst_caps_new_simple("application/x-rtp", "media", G_TYPE_STRING, "audio", "clock-rate",
                               G_TYPE_INT, p.clockRate, "encoding-name", G_TYPE_STRING, encoding,
                               "payload", G_TYPE_INT, int(pt), nullptr);
}

// spanplc (1.22) sizes its fill-in from the gap's duration without checking it: a gap
// without a duration (which rtpbin may send before it knows the packets' spacing) made it
// allocate nonsense and crash in plc_fillin (seen once in eight runs of test_concealment).
// Such gaps, and any longer than half a second, go by unfilled: silence, as without it.
static GstPadProbeReturn dropUnfillableGaps(GstPad *, GstPadProbeInfo *info, gpointer) {
    GstEvent *event = GST_PAD_PROBE_INFO_EVENT(info);
    if (GST_EVENT_TYPE(event) != GST_EVENT_GAP)
        return GST_PAD_PROBE_OK;
    GstClockTime timestamp = GST_CLOCK_TIME_NONE, duration = GST_CLOCK_TIME_NONE;
    gst_event_parse_gap(event, &timestamp, &duration);
    const bool fillable =
        GST_CLOCK_TIME_IS_VALID(duration) && duration > 0 && duration <= GST_SECOND / 2;
    return fillable ? GST_PAD_PROBE_OK : GST_PAD_PROBE_DROP;
}

static void guardConcealment(GstElement *pipeline) {
    GstElement *plc = gst_bin_get_by_name(GST_BIN(pipeline), "concealment");
    if (!plc)
        return;
    GstPad *sink = gst_element_get_static_pad(plc, "sink");
    gst_pad_add_probe(sink, GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM, &dropUnfillableGaps, nullptr,
                      nullptr);
    gst_object_unref(sink);
    gst_object_unref(plc);
}

// A received stream's pad (recv_rtp_src_<session>_<ssrc>_<pt>): by its payload type, the
// call's audio, the far end's DTMF, or its comfort noise (RFC 3389: played with voice.cng,
// else dropped).
static void linkReceivedStream(GstElement *, GstPad *pad, gpointer self) {
    auto *d = static_cast<MediaSessionPrivate *>(self);
    gchar *name = gst_pad_get_name(pad);
    const bool received = g_str_has_prefix(name, "recv_rtp_src_");
    const gchar *last = strrchr(name, '_');
    const int pt = last ? atoi(last + 1) : -1;
    g_free(name);
    if (!received)
        return;
    const StreamParams &p = d->params;
    if (p.telephoneEventPayloadType >= 0 && pt == p.telephoneEventPayloadType) {
        linkTelephoneEvents(pad, d->pipeline);
    } else if (p.comfortNoisePayloadType >= 0 && pt == p.comfortNoisePayloadType) {
        if (p.playComfortNoise)
            d->comfort.linkComfortNoise(pad, d->pipeline);
        else
            discardComfortNoise(pad, d->pipeline);
    } else {
        rtp::linkToFunnel(pad, d->pipeline);
    }
}

QString MediaSessionPrivate::pipelineDescription(const StreamParams &p, const CodecElements &c,
                                                 const AudioDevices &devices) const {
    const qint64 ptimeNs = qint64(packetMs(c, p.ptime)) * 1000000;
    // rtpg723pay flushes an empty packet when a frame's end reaches max-ptime exactly, before
    // it queues the frame; a millisecond more keeps it to the flush at min-ptime.
    const qint64 maxPtimeNs = c.frameMs > 10 ? ptimeNs + 1000000 : ptimeNs;
    const QString caps = QStringLiteral("media=audio,clock-rate=%1,encoding-name=%2,payload=%3")
                             .arg(p.clockRate)
                             .arg(p.encoding)
                             .arg(p.payloadType);
    const QString sockets =
        rtp::socketsDescription(p.remoteAddress, p.remotePort, p.remoteRtcpPort, caps, p.srtp);
    // The jitter buffer plays packets out at their timestamps and drops only the late ones.
    // Not drop-on-latency: that throws away whatever exceeds the latency, i.e. most of a
    // burst from a sender that batches its packets (test bursty_sender_heard_whole).
    QString description =
        QStringLiteral("rtpbin name=rtpbin latency=%1 do-lost=true "
                       "%2 ! audioconvert ! audioresample ! audio/x-raw,rate=%3,channels=1 "
                       "! %10volume name=mic ! %4 ! %5 pt=%6 min-ptime=%7 max-ptime=%8 "
                       "! valve name=sendvalve ! %9rtpbin.send_rtp_sink_0 ")
            .arg(rtpbinLatency(p.jitterBufferMs, packetMs(c, p.ptime)))
            .arg(devices.source)
            .arg(c.sampleRate)
            .arg(c.encoder, c.payloader)
            .arg(p.payloadType)
            .arg(ptimeNs)
            .arg(maxPtimeNs)
            .arg(p.telephoneEventPayloadType >= 0 ? QStringLiteral("rtpdtmfmux name=dtmfmux ! ")
                                                  : QString())
            .arg(devices.echoCancellation ? echo.microphoneStage() : QString());
    description += sockets;
    // The echo probe hears the far end at the stream's rate, as the dsp hears the microphone.
    const QString speaker =
        devices.echoCancellation
            ? QStringLiteral("audio/x-raw,rate=%1,channels=1 ! %2audioconvert ! audioresample ! ")
                  .arg(c.sampleRate)
                  .arg(echo.speakerStage())
            : QString();
    // A lost packet reaches the decoder as a gap (rtpbin do-lost); spanplc fills it with the
    // last pitch period, fading out (ITU-T G.711 appendix I style), where silence would click.
    // G.729's decoder conceals on its own.
    const QString concealment =
        c.concealsLoss ? QString() : QStringLiteral("! spanplc name=concealment ");
    // The far end's comfort noise joins here (RFC 3389).
    const QString comfortNoise = p.comfortNoisePayloadType >= 0 && p.playComfortNoise
                                     ? ComfortNoisePlayer::mixerStage(c.sampleRate)
                                     : QString();
    description +=
        QStringLiteral("funnel name=recvfunnel ! valve name=recvvalve ! %1 ! %2 "
                       "%3! audioconvert name=decoded ! audioresample ! %4%5%6")
            .arg(c.depayloader, c.decoder, concealment, comfortNoise, speaker, devices.sink);
    if (p.telephoneEventPayloadType >= 0)
        description +=
            QStringLiteral(
                " rtpdtmfsrc name=dtmfsrc pt=%1 clock-rate=%2 packet-redundancy=3 ! dtmfmux.")
                .arg(p.telephoneEventPayloadType)
                .arg(p.clockRate);
    return description;
}

MediaSession::MediaSession(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<MediaSessionPrivate>(this)) {
    d->adaptTimer.setInterval(kAdaptIntervalMs);
    connect(&d->adaptTimer, &QTimer::timeout, this, [this] { d->adaptJitterBuffer(); });
    d->resizeTimer.setInterval(20);
    connect(&d->resizeTimer, &QTimer::timeout, this, [this] { d->resizeInPause(); });
}

MediaSession::~MediaSession() {
    stop();
}

bool MediaSession::allocatePorts(const PortRange &range, QString *error) {
    return d->sockets.bind(range, error);
}

void MediaSession::setDscp(int dscp) {
    d->sockets.setDscp(dscp);
}

int MediaSession::localRtpPort() const {
    return d->sockets.rtpPort();
}
void MediaSession::openNatBinding(const QString &remoteAddress, int remotePort,
                                  int remoteRtcpPort) {
    d->sockets.openNatBinding(remoteAddress, remotePort, remoteRtcpPort);
}

int MediaSession::rtcpSocketDescriptor() const {
    return d->sockets.rtcpDescriptor();
}

int MediaSession::rtpSocketDescriptor() const {
    return d->sockets.rtpDescriptor();
}

bool MediaSession::isRunning() const {
    return d->pipeline != nullptr;
}

bool MediaSession::start(const StreamParams &params, const AudioDevices &devices, QString *error) {
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
    const auto codec = codecElements(params.encoding);
    if (!codec)
        return fail(QStringLiteral("unsupported audio codec %1").arg(params.encoding));

    const QString description = d->pipelineDescription(params, *codec, devices);
    qCDebug(lcMedia) << "pipeline:" << description;
    QString why;
    d->pipeline = parsePipeline(description, &why);
    if (!d->pipeline)
        return fail(QStringLiteral("media pipeline: %1").arg(why));
    if (!rtp::connectSockets(d->pipeline, d->sockets, params.srtp, &d->sent, &d->received, &why))
        return fail(why);
    channels::attach(d->pipeline); // a conference leg's audio (ConferenceBridge)
    if (params.inbandDtmf) {
        GstPad *pad = staticPad(d->pipeline, "mic", "src");
        d->inband.attach(pad);
        gst_object_unref(pad);
    }
    d->params = params; // read by rtpbin's callbacks below, on its threads
    GstElement *rtpbin = gst_bin_get_by_name(GST_BIN(d->pipeline), "rtpbin");
    g_signal_connect(rtpbin, "request-pt-map", G_CALLBACK(&payloadCaps), d.get());
    d->holdMs = params.jitterBufferMs;
    d->resizes = 0;
    d->resizesMidSound = 0;
    d->holdMaxMs = params.jitterBufferMs;
    attachVoipMetrics(rtpbin, [d = d.get(), rtpbin, packet = packetMs(*codec, params.ptime)] {
        return d->voipMetrics(rtpbin, packet);
    });
    g_signal_connect(rtpbin, "pad-added", G_CALLBACK(&linkReceivedStream), d.get());
    rtp::watchFarEndReports(rtpbin, this, [this] { Q_EMIT farEndReported(); });
    guardConcealment(d->pipeline);
    if (GstPad *fromJitterBuffer = staticPad(d->pipeline, "recvvalve", "src")) {
        concealPlayoutJumps(fromJitterBuffer, params.clockRate);
        d->playout.attach(d->pipeline, fromJitterBuffer, params.clockRate);
        // A conference leg: the bridge plays the sound; it knows when.
        if (!devices.bridgeChannel.isEmpty())
            d->playout.setPlayoutMapper([channel = devices.bridgeChannel](GstClockTime pts) {
                return channels::playoutMonotonicNs(channel, pts);
            });
        gst_object_unref(fromJitterBuffer);
    }
    if (GstPad *decoded = staticPad(d->pipeline, "decoded", "sink")) {
        d->pauses.attach(decoded);
        gst_object_unref(decoded);
    }
    if (params.comfortNoisePayloadType >= 0)
        d->attachComfortNoise();
    gst_object_unref(rtpbin);
    setMuted(d->muted);
    setDirection(d->sending, d->receiving);

    GstBus *bus = gst_element_get_bus(d->pipeline);
    d->busWatch = gst_bus_add_watch(bus, &MediaSessionPrivate::onBusMessage, d.get());
    gst_object_unref(bus);

    if (gst_element_set_state(d->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        return fail(QStringLiteral("media pipeline refused to start"));
    d->codec = params.encoding;
    d->sizer.emplace(params.jitterBufferMs, packetMs(*codec, params.ptime));
    d->adaptTimer.start();
    qCInfo(lcMedia) << "audio" << params.encoding << "local port" << localRtpPort() << "->"
                    << params.remoteAddress << params.remotePort;
    return true;
}

bool MediaSession::switchDevices(const AudioDevices &devices, QString *error) {
    if (!d->pipeline)
        return true;
    const StreamParams params = d->params;
    return start(params, devices, error);
}

void MediaSession::stop() {
    d->adaptTimer.stop();
    d->resizeTimer.stop();
    stopPipeline(d->pipeline, d->busWatch);
    d->playout.detach();
}

std::optional<qint64> MediaSession::playoutDelayNs() {
    if (!d->pipeline)
        return std::nullopt;
    GstElement *rtpbin = gst_bin_get_by_name(GST_BIN(d->pipeline), "rtpbin");
    const auto delay = d->playout.delayNs(rtpbin);
    gst_object_unref(rtpbin);
    return delay;
}

void MediaSession::setMuted(bool muted) {
    d->muted = muted;
    muteMicrophone(muted);
}

void MediaSession::muteMicrophone(bool mute) {
    if (!d->pipeline)
        return;
    if (GstElement *mic = gst_bin_get_by_name(GST_BIN(d->pipeline), "mic")) {
        g_object_set(mic, "mute", mute ? TRUE : FALSE, nullptr);
        gst_object_unref(mic);
    }
}

bool MediaSession::isMuted() const {
    return d->muted;
}

MediaStats MediaSession::stats() const {
    MediaStats s;
    s.packetsSent = d->sent.load();
    s.packetsReceived = d->received.load();
    s.codec = d->codec;
    if (!d->pipeline)
        return s;
    s.encrypted = d->params.srtp.isActive();
    if (d->params.comfortNoisePayloadType >= 0) {
        s.comfortNoiseSent = d->silence.comfortNoiseSent();
        s.comfortNoiseReceived = d->comfort.comfortNoiseReceived();
    }
    if (s.encrypted)
        s.packetsRejected = srtp::rejectedPackets(d->pipeline);
    if (GstElement *rtpbin = gst_bin_get_by_name(GST_BIN(d->pipeline), "rtpbin")) {
        readRtcpStats(rtpbin, &s);
        gst_object_unref(rtpbin);
    }
    s.jitterBufferMs = d->holdMs; // as applied (a new size may wait for a pause)
    s.jitterBufferResizes = d->resizes;
    s.jitterBufferResizesMidSound = d->resizesMidSound;
    // One way: half the round trip, the jitter buffer, a packet's time to fill.
    const double delay = s.roundTripMs / 2 + s.jitterBufferMs + d->params.ptime;
    s.mos = estimateMos(std::max(s.lossPercent, s.remoteLossPercent), delay);
    return s;
}

} // namespace vidi::media

namespace vidi::media {

void MediaSession::setDirection(bool send, bool receive) {
    d->sending = send;
    d->receiving = receive;
    if (!d->pipeline)
        return;
    rtp::setValveDropping(d->pipeline, "sendvalve", !send);
    rtp::setValveDropping(d->pipeline, "recvvalve", !receive);
}

} // namespace vidi::media

namespace vidi::media {

bool MediaSession::isRunningFor(const StreamParams &p) const {
    const StreamParams &r = d->params;
    return d->pipeline && r.remoteAddress == p.remoteAddress && r.remotePort == p.remotePort &&
           r.remoteRtcpPort == p.remoteRtcpPort && r.payloadType == p.payloadType &&
           r.encoding == p.encoding && r.ptime == p.ptime && r.inbandDtmf == p.inbandDtmf &&
           r.comfortNoisePayloadType == p.comfortNoisePayloadType &&
           r.sendComfortNoise == p.sendComfortNoise && r.playComfortNoise == p.playComfortNoise &&
           r.srtp == p.srtp;
}

} // namespace vidi::media

namespace vidi::media {

namespace {
GstEvent *dtmfEvent(int number, bool start) {
    GstStructure *s =
        start ? gst_structure_new("dtmf-event", "type", G_TYPE_INT, 1, "number", G_TYPE_INT, number,
                                  "volume", G_TYPE_INT, 10, "start", G_TYPE_BOOLEAN, TRUE, nullptr)
              : gst_structure_new("dtmf-event", "type", G_TYPE_INT, 1, "start", G_TYPE_BOOLEAN,
                                  FALSE, nullptr);
    return gst_event_new_custom(GST_EVENT_CUSTOM_UPSTREAM, s);
}
} // namespace

bool MediaSession::startTelephoneEvent(int event) {
    if (!d->pipeline || event < 0 || event > 15)
        return false;
    // RFC 4733 packets when negotiated, else tones in the audio when the session has them.
    if (d->params.telephoneEventPayloadType < 0) {
        if (!d->params.inbandDtmf)
            return false;
        d->inband.start(event); // the far end's DTMF detector hears the tones alone
        return true;
    }
    const char *name = "dtmfsrc";
    GstElement *src = gst_bin_get_by_name(GST_BIN(d->pipeline), name);
    if (!src)
        return false;
    // Upstream custom event on the source pad (rtpdtmfsrc's documented control).
    GstPad *pad = gst_element_get_static_pad(src, "src");
    const gboolean ok = pad && gst_pad_send_event(pad, dtmfEvent(event, true));
    if (pad)
        gst_object_unref(pad);
    gst_object_unref(src);
    if (!ok)
        qCWarning(lcMedia) << name << "refused event" << event;
    return ok;
}

void MediaSession::stopTelephoneEvent() {
    if (!d->pipeline)
        return;
    d->inband.stop();
    for (const char *name : {"dtmfsrc"})
        if (GstElement *src = gst_bin_get_by_name(GST_BIN(d->pipeline), name)) {
            if (GstPad *pad = gst_element_get_static_pad(src, "src")) {
                gst_pad_send_event(pad, dtmfEvent(0, false));
                gst_object_unref(pad);
            }
            gst_object_unref(src);
        }
}

} // namespace vidi::media
