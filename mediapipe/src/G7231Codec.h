#pragma once

namespace vidi::media {

// Registers our G.723.1 encoder and decoder with GStreamer, around libavcodec's codec:
// "vidig7231enc" (audio/x-raw S16LE 8 kHz mono → audio/G723, one 30 ms frame per buffer, at
// 6.3 kbit/s — the only rate libavcodec encodes) and "vidig7231dec" (audio/G723 packets of
// 6.3 and 5.3 kbit/s frames and SIDs → audio/x-raw). gst-libav has the codec but gives it no
// caps ("unknown/unknown"), so its avenc_g723_1 cannot link to rtpg723pay. Returns false when
// registration fails.
bool registerG7231Elements();

} // namespace vidi::media
