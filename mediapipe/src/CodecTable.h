#pragma once
#include <QString>
#include <optional>

namespace vidi::media {

// The GStreamer elements that carry one RTP audio codec.
struct CodecElements {
    QString encoder, payloader, depayloader, decoder;
};

std::optional<CodecElements> codecElements(const QString &encoding);

} // namespace vidi::media
