#include "CodecTable.h"

namespace vidi::media {

std::optional<CodecElements> codecElements(const QString &encoding) {
    const QString e = encoding.toUpper();
    if (e == QLatin1String("PCMU"))
        return CodecElements{"mulawenc", "rtppcmupay", "rtppcmudepay", "mulawdec"};
    if (e == QLatin1String("PCMA"))
        return CodecElements{"alawenc", "rtppcmapay", "rtppcmadepay", "alawdec"};
    return std::nullopt;
}

} // namespace vidi::media
