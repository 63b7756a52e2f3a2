#pragma once
#include <QByteArray>
#include <QtGlobal>
#include <functional>
#include <gst/gst.h>
#include <optional>

namespace vidi::media {

// RTCP Extended Reports (RFC 3611; the seed lists RFC 3611 as supported, with no settings):
// each RTCP compound packet we send carries a VoIP Metrics report block (§4.7) about the far
// end's stream, so that a monitoring tool on the path or at the far end sees the call's
// quality as we hear it.
struct VoipMetrics {
    quint32 sourceSsrc = 0;    // the stream reported on
    double lossPercent = 0;    // lost in the network
    double discardPercent = 0; // arrived too late for the jitter buffer (not measured: 0)
    int roundTripMs = 0;
    int endSystemDelayMs = 0;     // jitter buffer and packetization
    double rFactor = 0;           // ITU-T G.107
    double mosListening = 0;      // MOS-LQ: without delay
    double mosConversational = 0; // MOS-CQ: with delay
    int jitterBufferMs = 0;       // nominal: what it holds now
    int jitterBufferMaxMs = 0;    // the most it has held in this call
    int jitterBufferAbsMaxMs = 0; // the most it may ever hold
};

// An RTCP XR packet (PT 207) from `senderSsrc` with one VoIP Metrics block.
QByteArray voipMetricsPacket(quint32 senderSsrc, const VoipMetrics &metrics);

// Adds that packet to every RTCP compound packet session 0 of `rtpbin` sends; `metrics` is
// asked each time (from GStreamer's RTCP thread) and may have nothing to report yet.
void attachVoipMetrics(GstElement *rtpbin, std::function<std::optional<VoipMetrics>()> metrics);

} // namespace vidi::media
