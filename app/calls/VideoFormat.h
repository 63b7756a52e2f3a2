#pragma once
#include <QSize>
#include <QString>

namespace vidi::app {

// What we send the far end, within the limits of its SDP format parameters.
struct VideoSendFormat {
    QSize size{352, 288}; // CIF: what every codec of the seed's offer takes
    int bitrateKbps = 384;
    bool singleNalUnits = true; // H.264 packetization-mode 0
};

// H.264 (RFC 6184 §8.1): the level of profile-level-id and max-fs bound the picture (H.264
// Table A-1: level 1.3 → 396 macroblocks, CIF; 2.2/3 → 1620, VGA; 3.1 → 3600, 720p); the seed
// offers level 1.3. packetization-mode=1 allows FU-A. H.263 and MPEG-4: CIF (their fmtp in
// the seed's offer).
// `maxResolution` (video.max_resolution): 0 CIF, 1 VGA, 2 720p at most.
VideoSendFormat videoSendFormat(const QString &encoding, const QString &fmtp,
                                int maxResolution = 2);

} // namespace vidi::app
