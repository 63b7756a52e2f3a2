#include "RtpPipeline.h"
#include "SrtpLayer.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace vidi::media::rtp {

namespace {

// Payloaders that cut a picture into several packets (rtpmp4vpay) push them as one buffer
// list: each of its buffers is a packet.
GstPadProbeReturn countPacket(GstPad *, GstPadProbeInfo *info, gpointer counter) {
    quint64 packets = 0;
    if (GST_PAD_PROBE_INFO_TYPE(info) & GST_PAD_PROBE_TYPE_BUFFER)
        packets = 1;
    else if (GST_PAD_PROBE_INFO_TYPE(info) & GST_PAD_PROBE_TYPE_BUFFER_LIST)
        packets = gst_buffer_list_length(GST_PAD_PROBE_INFO_BUFFER_LIST(info));
    static_cast<std::atomic<quint64> *>(counter)->fetch_add(packets, std::memory_order_relaxed);
    return GST_PAD_PROBE_OK;
}

void addCounter(GstElement *pipeline, const char *element, const char *pad,
                std::atomic<quint64> *counter) {
    GstElement *e = gst_bin_get_by_name(GST_BIN(pipeline), element);
    if (!e)
        return;
    if (GstPad *p = gst_element_get_static_pad(e, pad)) {
        gst_pad_add_probe(
            p, GstPadProbeType(GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_BUFFER_LIST),
            &countPacket, counter, nullptr);
        gst_object_unref(p);
    }
    gst_object_unref(e);
}

void useSocket(GstElement *pipeline, const char *name, GSocket *socket) {
    GstElement *e = gst_bin_get_by_name(GST_BIN(pipeline), name);
    g_object_set(e, "socket", socket, "close-socket", FALSE, nullptr);
    gst_object_unref(e);
}

} // namespace

QString socketsDescription(const QString &remoteAddress, int remotePort, int remoteRtcpPort,
                           const QString &caps, const SrtpParams &srtp) {
    return QStringLiteral("rtpbin.send_rtp_src_0 ! %1udpsink name=rtpsink host=%2 port=%3 "
                          "sync=false async=false "
                          "rtpbin.send_rtcp_src_0 ! %4udpsink name=rtcpsink host=%2 port=%5 "
                          "sync=false async=false "
                          "udpsrc name=rtpsrc caps=\"%6,%7\" ! %8rtpbin.recv_rtp_sink_0 "
                          "udpsrc name=rtcpsrc %9! %10rtpbin.recv_rtcp_sink_0 ")
        .arg(srtp::sendRtp(srtp), remoteAddress)
        .arg(remotePort)
        .arg(srtp::sendRtcp(srtp))
        .arg(remoteRtcpPort > 0 ? remoteRtcpPort : remotePort + 1)
        .arg(srtp::rtpMediaType(srtp), caps, srtp::receiveRtp(srtp), srtp::rtcpSourceCaps(srtp),
             srtp::receiveRtcp(srtp));
}

bool connectSockets(GstElement *pipeline, const RtpSocketPair &sockets, const SrtpParams &srtp,
                    std::atomic<quint64> *sent, std::atomic<quint64> *received, QString *error) {
    if (srtp.isActive() && !srtp::applyKeys(pipeline, srtp)) {
        if (error)
            *error = QStringLiteral("cannot protect the stream with %1").arg(srtp.suite);
        return false;
    }
    useSocket(pipeline, "rtpsrc", sockets.rtp());
    useSocket(pipeline, "rtpsink", sockets.rtp());
    useSocket(pipeline, "rtcpsrc", sockets.rtcp());
    useSocket(pipeline, "rtcpsink", sockets.rtcp());
    *sent = 0;
    *received = 0;
    addCounter(pipeline, "rtpsink", "sink", sent);
    addCounter(pipeline, "rtpsrc", "src", received);
    return true;
}

void linkToFunnel(GstPad *pad, GstElement *pipeline) {
    GstElement *funnel = gst_bin_get_by_name(GST_BIN(pipeline), "recvfunnel");
    if (!funnel)
        return;
    if (GstPad *input = gst_element_request_pad_simple(funnel, "sink_%u")) {
        if (gst_pad_link(pad, input) != GST_PAD_LINK_OK)
            qCWarning(lcMedia) << "cannot take a new RTP stream";
        gst_object_unref(input);
    }
    gst_object_unref(funnel);
}

void setValveDropping(GstElement *pipeline, const char *name, bool drop) {
    if (GstElement *valve = gst_bin_get_by_name(GST_BIN(pipeline), name)) {
        g_object_set(valve, "drop", drop ? TRUE : FALSE, nullptr);
        gst_object_unref(valve);
    }
}

namespace {
// The sessions stop their pipelines (joining the RTCP thread) before they go, so `context`
// outlives every call here; a call posted just before it goes is dropped with it.
struct ReportWatch {
    QObject *context;
    std::function<void()> onReport;
};
void onSsrcActive(GstElement *, guint /*session*/, guint /*ssrc*/, gpointer data) {
    auto *watch = static_cast<ReportWatch *>(data);
    QMetaObject::invokeMethod(watch->context, watch->onReport, Qt::QueuedConnection);
}
} // namespace

void watchFarEndReports(GstElement *rtpbin, QObject *context, std::function<void()> onReport) {
    g_signal_connect_data(
        rtpbin, "on-ssrc-active", G_CALLBACK(&onSsrcActive),
        new ReportWatch{context, std::move(onReport)},
        [](gpointer data, GClosure *) { delete static_cast<ReportWatch *>(data); },
        GConnectFlags(0));
}

} // namespace vidi::media::rtp
