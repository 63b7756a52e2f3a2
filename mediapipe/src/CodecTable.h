#pragma once
#include <QString>
#include <optional>

namespace vidi::media {

// The GStreamer elements that carry one RTP audio codec, and the sample rate of its audio
// (G.722: 16 kHz audio with an RTP clock of 8000, RFC 3551 §4.5.2), and the duration of its
// frames, of which a packet carries whole ones (G.723.1: 30 ms, RFC 3551 §4.5.3).
struct CodecElements {
    QString encoder, payloader, depayloader, decoder;
    int sampleRate = 8000;
    int frameMs = 10;
    bool concealsLoss = false; // the decoder fills lost packets itself
};
// The packet duration for a negotiated ptime: whole frames of the codec, at least one.
int packetMs(const CodecElements &codec, int ptime);

std::optional<CodecElements> codecElements(const QString &encoding);
// Whether the elements of `encoding` are installed.
bool codecInstalled(const QString &encoding);

} // namespace vidi::media
