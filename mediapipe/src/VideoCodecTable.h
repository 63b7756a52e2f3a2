#pragma once
#include "mediapipe/VideoSession.h"
#include <QString>
#include <optional>

namespace vidi::media {

// The GStreamer elements of one RTP video codec (seed digest §7.2: H.264 PT 99, H.263 PT 34,
// MPEG-4 Part 2 PT 102).
struct VideoCodecElements {
    QString encoder;     // launch text, named "encoder", from the stream's size and bitrate
    QString payloader;   // with the payload type
    QString depayloader; // up to the decoder's input
    QString decoder;     // to raw pictures
};

std::optional<VideoCodecElements> videoCodecElements(const VideoParams &p);
bool videoCodecInstalled(const QString &encoding);

} // namespace vidi::media
