#pragma once
#include <QString>
#include <optional>

namespace vidi::media {

// The GStreamer elements that carry one RTP audio codec, and the sample rate of its audio
// (G.722: 16 kHz audio with an RTP clock of 8000, RFC 3551 §4.5.2).
struct CodecElements {
    QString encoder, payloader, depayloader, decoder;
    int sampleRate = 8000;
};

std::optional<CodecElements> codecElements(const QString &encoding);
// Whether the elements of `encoding` are installed.
bool codecInstalled(const QString &encoding);

} // namespace vidi::media
