// RTCP XR (RFC 3611 §4.7, VoIP Metrics): the reports a call sends describe the far end's
// stream as the phone hears it. The far end here is this test: it sends G.711 with every tenth
// packet missing and reads the RTCP the session sends back with GStreamer's own RTCP parser.
#include "mediapipe/Media.h"
#include "mediapipe/MediaSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>
#include <catch2/catch.hpp>
#include <gst/rtp/gstrtcpbuffer.h>
#include <memory>

using namespace vidi::media;

namespace {

constexpr quint32 kFarSsrc = 0x11223344;

struct XrReport {
    quint32 senderSsrc = 0, reportSsrc = 0, sourceSsrc = 0;
    guint8 lossRate = 0, discardRate = 0;
    guint16 roundTrip = 0, endSystemDelay = 0;
    guint8 rFactor = 0, extR = 0, mosLq = 0, mosCq = 0;
    guint16 jbNominal = 0, jbMax = 0, jbAbsMax = 0;
};

// The VoIP Metrics block of a compound RTCP packet, if it has one; `valid` says whether
// GStreamer accepts the compound packet as a whole.
std::optional<XrReport> voipMetricsIn(const QByteArray &datagram, bool *valid) {
    GstBuffer *buffer = gst_buffer_new_memdup(datagram.constData(), gsize(datagram.size()));
    *valid = gst_rtcp_buffer_validate(buffer);
    std::optional<XrReport> found;
    GstRTCPBuffer rtcp = GST_RTCP_BUFFER_INIT;
    if (*valid && gst_rtcp_buffer_map(buffer, GST_MAP_READ, &rtcp)) {
        GstRTCPPacket packet;
        quint32 reporter = 0;
        for (gboolean more = gst_rtcp_buffer_get_first_packet(&rtcp, &packet); more;
             more = gst_rtcp_packet_move_to_next(&packet)) {
            const GstRTCPType type = gst_rtcp_packet_get_type(&packet);
            if (type == GST_RTCP_TYPE_SR)
                gst_rtcp_packet_sr_get_sender_info(&packet, &reporter, nullptr, nullptr, nullptr,
                                                   nullptr);
            else if (type == GST_RTCP_TYPE_RR)
                reporter = gst_rtcp_packet_rr_get_ssrc(&packet);
            if (type != GST_RTCP_TYPE_XR || !gst_rtcp_packet_xr_first_rb(&packet))
                continue;
            if (gst_rtcp_packet_xr_get_block_type(&packet) != GST_RTCP_XR_TYPE_VOIP_METRICS)
                continue;
            XrReport r;
            r.reportSsrc = reporter;
            r.senderSsrc = gst_rtcp_packet_xr_get_ssrc(&packet);
            gst_rtcp_packet_xr_get_voip_metrics_ssrc(&packet, &r.sourceSsrc);
            gst_rtcp_packet_xr_get_voip_packet_metrics(&packet, &r.lossRate, &r.discardRate);
            gst_rtcp_packet_xr_get_voip_delay_metrics(&packet, &r.roundTrip, &r.endSystemDelay);
            gst_rtcp_packet_xr_get_voip_quality_metrics(&packet, &r.rFactor, &r.extR, &r.mosLq,
                                                        &r.mosCq);
            gst_rtcp_packet_xr_get_voip_jitter_buffer_params(&packet, &r.jbNominal, &r.jbMax,
                                                             &r.jbAbsMax);
            found = r;
        }
        gst_rtcp_buffer_unmap(&rtcp);
    }
    gst_buffer_unref(buffer);
    return found;
}

// Two sockets on consecutive ports (RTP, RTCP), as the session sends to.
bool bindPair(QUdpSocket &rtp, QUdpSocket &rtcp) {
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (!rtp.bind(QHostAddress::LocalHost, 0))
            return false;
        if (rtcp.bind(QHostAddress::LocalHost, rtp.localPort() + 1))
            return true;
        rtp.close();
    }
    return false;
}

} // namespace

TEST_CASE("RTCP XR: VoIP metrics about the far end's stream, loss included", "[xr][media]") {
    int argc = 0;
    char **argv = nullptr;
    REQUIRE(initialize(&argc, &argv));
    QUdpSocket farRtp, farRtcp;
    REQUIRE(bindPair(farRtp, farRtcp));
    MediaSession session;
    REQUIRE(session.allocatePorts(PortRange{41000, 41999}));
    StreamParams params;
    params.remoteAddress = QStringLiteral("127.0.0.1");
    params.remotePort = farRtp.localPort();
    params.encoding = QStringLiteral("PCMU");
    REQUIRE(session.start(params, AudioDevices{QStringLiteral("audiotestsrc is-live=true "
                                                              "samplesperbuffer=160"),
                                               QStringLiteral("fakesink sync=false")}));

    // The far end: 20 ms of silence every 20 ms, every tenth packet lost on the way.
    quint16 seq = 0;
    quint32 timestamp = 0;
    QTimer sender;
    sender.setTimerType(Qt::PreciseTimer);
    QObject::connect(&sender, &QTimer::timeout, [&] {
        QByteArray rtp(12, '\0');
        rtp[0] = char(0x80);
        rtp[2] = char(seq >> 8), rtp[3] = char(seq & 0xff);
        for (int i = 0; i < 4; ++i) {
            rtp[4 + i] = char(timestamp >> (24 - 8 * i));
            rtp[8 + i] = char(kFarSsrc >> (24 - 8 * i));
        }
        if (seq % 10 != 9)
            farRtp.writeDatagram(rtp + QByteArray(160, char(0xff)), QHostAddress::LocalHost,
                                 quint16(session.localRtpPort()));
        ++seq;
        timestamp += 160;
    });
    sender.start(20);

    std::optional<XrReport> report;
    bool allValid = true;
    QElapsedTimer clock;
    clock.start();
    // RTCP goes out every few seconds (RFC 3550 §6.2: 5 s minimum, the first sooner): wait for
    // a report that has seen some loss.
    while (clock.elapsed() < 15000 && !(report && report->lossRate > 0)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        while (farRtcp.hasPendingDatagrams()) {
            bool valid = false;
            const auto r = voipMetricsIn(farRtcp.receiveDatagram().data(), &valid);
            allValid = allValid && valid;
            if (r)
                report = r;
        }
    }
    session.stop();
    CHECK(allValid); // every compound packet, XR included, is well formed
    REQUIRE(report);
    INFO("loss " << int(report->lossRate) << "/256, MOS-LQ " << int(report->mosLq) << ", R "
                 << int(report->rFactor) << ", JB " << report->jbNominal << "/" << report->jbMax
                 << "/" << report->jbAbsMax << " ms, end system " << report->endSystemDelay);
    CHECK(report->sourceSsrc == kFarSsrc);
    CHECK(report->senderSsrc == report->reportSsrc); // from the session's own SSRC
    CHECK(report->lossRate >= 15);                   // one in ten: 25/256
    CHECK(report->lossRate <= 40);
    CHECK(report->discardRate == 0);
    CHECK(report->jbNominal == 40);
    CHECK(report->jbAbsMax == 200);
    CHECK(report->endSystemDelay >= 60); // the buffer and a packet
    CHECK(report->mosLq >= 25);
    CHECK(report->mosLq <= 42); // lower than a clean call's 44
    CHECK(report->mosCq <= report->mosLq);
    CHECK(report->rFactor > 0);
    CHECK(report->rFactor < 93);
}
