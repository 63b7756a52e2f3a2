#pragma once
#include "mediapipe/StreamParams.h"
#include <functional>
#include <gst/gst.h>

namespace vidi::media {

// Reads a call's quality from its rtpbin session (RFC 3550 §6.4): what we receive (loss,
// interarrival jitter, bitrate) from our receiver statistics of the far end's source, and how
// our own stream arrives there (loss, round trip) from the report blocks the far end sends.
void readRtcpStats(GstElement *rtpbin, MediaStats *stats);

// Each source's statistics of rtpbin's session 0 (rtpsource.c's "stats" structure: ours and
// the far end's, with its last sender report, "have-sr", "sr-ntptime", "sr-rtptime").
void forEachSource(GstElement *rtpbin, const std::function<void(const GstStructure *)> &visit);

// ITU-T G.107 E-model, simplified: a MOS from the packet loss, the one-way delay and the
// codec's impairment (G.711 with loss concealment).
double estimateMos(double lossPercent, double oneWayDelayMs);
// The E-model's transmission rating R (0 … 93.2) behind that MOS.
double rFactor(double lossPercent, double oneWayDelayMs);

} // namespace vidi::media
