#pragma once
#include <gst/gst.h>

namespace vidi::media {

// rtpjitterbuffer (GStreamer 1.22) starts its playout timeline afresh when a packet arrives
// later than its latency after the time it expected it ("reset jitterbuffer and discard" in
// rtpjitterbuffer.c, meant for a sender that paused): that packet plays at its arrival time,
// so the sound jumps ahead by how late it was. Nothing was lost, so no lost-packet event
// comes and nothing conceals the jump: a loudspeaker plays it as silence, a hole of 30-40 ms
// in a word each time the network (or a loaded phone) delays one packet too long.
//
// This probe, on the jitter buffer's output (RTP), sees such a jump — consecutive sequence
// numbers whose playout times moved further than their RTP timestamps — and sends a GAP
// event over it before the packet, which the concealment (spanplc) fills as it fills a lost
// packet. Jumps of a few milliseconds (timing noise) and of more than kMaxJumpMs (a pause of
// the sender's, not a late packet) are left alone.
void concealPlayoutJumps(GstPad *jitterBufferOutput, int clockRate);

inline constexpr int kMinJumpMs = 5;
inline constexpr int kMaxJumpMs = 200;

} // namespace vidi::media
