#pragma once

namespace vidi::media {

// Registers "vidih264enc", our H.264 encoder (OpenH264, Constrained Baseline, byte-stream,
// one access unit per buffer) with GStreamer. It exists for what GStreamer's openh264enc
// does not expose: OpenH264's size-limited slices. RFC 6184 §6.2's single NAL unit mode
// (packetization-mode 0, the seed's offer) allows no fragmentation, so every slice must fit
// one RTP packet; a fixed number of slices cannot promise that (a detailed key frame's
// slices are larger than any MTU).
//
// Properties: "bitrate" (bit/s; may change while playing), "gop-size" (frames between key
// frames), "max-slice-size" (bytes; 0: one slice per picture), "threads" (0: one per core;
// size-limited slices are always cut by one thread). Key frames on request through the
// GstVideoEncoder force-key-unit event; pictures the rate cannot carry are skipped.
bool registerH264Encoder();

} // namespace vidi::media
