#pragma once

namespace vidi::media {

// Registers our G.729 (ITU-T G.729 with annex A/B, through libbcg729) encoder and decoder
// with GStreamer: "vidig729enc" (audio/x-raw S16LE 8 kHz mono → audio/G729, 10 ms frames;
// property "vad" turns on annex B voice activity detection with SID frames) and "vidig729dec"
// (audio/G729 → audio/x-raw; lost packets are concealed by the decoder). Debian's GStreamer
// has no G.729 elements. Returns false when registration fails.
bool registerG729Elements();

} // namespace vidi::media
