#include "CodecTable.h"
#include <gst/gst.h>

namespace vidi::media {

std::optional<CodecElements> codecElements(const QString &encoding) {
    const QString e = encoding.toUpper();
    if (e == QLatin1String("PCMU"))
        return CodecElements{"mulawenc", "rtppcmupay", "rtppcmudepay", "mulawdec"};
    if (e == QLatin1String("PCMA"))
        return CodecElements{"alawenc", "rtppcmapay", "rtppcmadepay", "alawdec"};
    if (e == QLatin1String("G722")) // libavcodec's G.722 (gstreamer1.0-libav)
        return CodecElements{"avenc_g722", "rtpg722pay", "rtpg722depay", "avdec_g722", 16000};
    if (e == QLatin1String("G729")) // ours, around libbcg729 (G729Codec.cpp)
        return CodecElements{"vidig729enc", "rtpg729pay", "rtpg729depay", "vidig729dec"};
    return std::nullopt;
}

bool codecInstalled(const QString &encoding) {
    const auto c = codecElements(encoding);
    if (!c)
        return false;
    for (const QString &name : {c->encoder, c->payloader, c->depayloader, c->decoder}) {
        GstElementFactory *f = gst_element_factory_find(name.toUtf8().constData());
        if (!f)
            return false;
        gst_object_unref(f);
    }
    return true;
}

} // namespace vidi::media
