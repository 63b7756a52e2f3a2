#include "CodecTable.h"
#include <QtGlobal>
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
        return CodecElements{"vidig729enc", "rtpg729pay", "rtpg729depay", "vidig729dec", 8000, 10,
                             true};
    if (e == QLatin1String("G723")) // ours, around libavcodec (G7231Codec.cpp); 30 ms frames
        return CodecElements{"vidig7231enc", "rtpg723pay", "rtpg723depay",
                             "vidig7231dec", 8000,         30};
    return std::nullopt;
}

int packetMs(const CodecElements &codec, int ptime) {
    const int frames = (qMax(codec.frameMs, ptime) + codec.frameMs - 1) / codec.frameMs;
    return frames * codec.frameMs;
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
