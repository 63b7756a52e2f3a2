#pragma once
#include "RtpSocketPair.h"
#include "mediapipe/StreamParams.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <gst/gst.h>

namespace vidi::media::rtp {

// What audio and video sessions share: rtpbin session 0 between the stream's elements and
// its socket pair, optionally through SRTP (SrtpLayer).

// The launch text from rtpbin to the sockets and back: RTP and RTCP sent to remotePort and
// remotePort + 1, received with `caps` (without the media type, which SRTP decides) into
// rtpbin. The sockets are named rtpsink/rtcpsink/rtpsrc/rtcpsrc.
// RTCP goes to `remoteRtcpPort` (the peer's a=rtcp, RFC 3605), or the port after RTP when 0.
QString socketsDescription(const QString &remoteAddress, int remotePort, int remoteRtcpPort,
                           const QString &caps, const SrtpParams &srtp);

// After parsing: the socket pair goes into the udpsrc/udpsink elements, SRTP gets its keys,
// and the packets crossing the sockets are counted. Returns false, with the reason, when the
// stream cannot be keyed.
bool connectSockets(GstElement *pipeline, const RtpSocketPair &sockets, const SrtpParams &srtp,
                    std::atomic<quint64> *sent, std::atomic<quint64> *received, QString *error);

// rtpbin gives each sender on the call's RTP port (each SSRC) a pad of its own once its first
// packets have come through the jitter buffer. A peer starts a new stream now and then — after
// a re-INVITE, when a transfer puts another party in — so every such pad joins the funnel
// named "recvfunnel" in front of the depayloader. (A pad left unlinked would stop the pipeline
// with "not-linked".)
void linkToFunnel(GstPad *pad, GstElement *pipeline);

// Calls `onReport` in `context`'s thread each time RTCP comes from the far end (rtpbin's
// on-ssrc-active, in its RTCP thread); never after `context` is gone.
void watchFarEndReports(GstElement *rtpbin, QObject *context, std::function<void()> onReport);

// Opens (false) or closes (true) the valve named `name`.
void setValveDropping(GstElement *pipeline, const char *name, bool drop);

} // namespace vidi::media::rtp
