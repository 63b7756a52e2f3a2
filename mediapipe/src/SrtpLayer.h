#pragma once
#include "mediapipe/StreamParams.h"
#include <gst/gst.h>

namespace vidi::media::srtp {

// SRTP (RFC 3711) sits between rtpbin and the sockets: srtpenc protects what rtpbin sends
// (RTP and RTCP), srtpdec checks and decrypts what arrives before rtpbin sees it. Both come
// from GStreamer's srtp plugin, which is libsrtp2.

// Launch-description pieces. Without SRTP they link rtpbin and the sockets directly.
QString sendRtp(const SrtpParams &p);        // "… ! " between send_rtp_src_0 and the RTP udpsink
QString sendRtcp(const SrtpParams &p);       // … between send_rtcp_src_0 and the RTCP udpsink
QString receiveRtp(const SrtpParams &p);     // … between the RTP udpsrc and recv_rtp_sink_0
QString receiveRtcp(const SrtpParams &p);    // … between the RTCP udpsrc and recv_rtcp_sink_0
QString rtpMediaType(const SrtpParams &p);   // caps media type of the RTP socket
QString rtcpSourceCaps(const SrtpParams &p); // caps of the RTCP socket ("" for plain RTCP)

// Keys the elements of a parsed pipeline: our key into srtpenc, the peer's into srtpdec
// (handed out when srtpdec asks for a new SSRC's key). Returns false for a suite we cannot do.
bool applyKeys(GstElement *pipeline, const SrtpParams &p);
// Packets srtpdec refused (authentication or replay check failed).
quint64 rejectedPackets(GstElement *pipeline);

} // namespace vidi::media::srtp
