#include "VideoCodecTable.h"
#include <QStringList>
#include <gst/gst.h>

namespace vidi::media {

namespace {
// A key frame at least every two seconds: a receiver that lost one (or joined late) recovers
// without asking.
int keyFrameInterval(const VideoParams &p) {
    return qMax(1, p.framerate * 2);
}

// The largest H.264 slice in single NAL unit mode: with the RTP header, within the payloader's
// MTU of 1200 bytes (itself well within an Ethernet frame, leaving room for SRTP's tag and a
// VPN's headers). OpenH264 ends a slice before it passes this.
constexpr int kSingleNalSliceBytes = 1100;
} // namespace

std::optional<VideoCodecElements> videoCodecElements(const VideoParams &p) {
    const QString e = p.encoding.toUpper();
    const int bitrate = p.bitrateKbps * 1000;
    VideoCodecElements c;
    // One coding thread each way up to VGA. The codecs' default, a thread per core, hands
    // OpenH264's slices to a pool and FFmpeg's frames to workers; for pictures this small the
    // hand-offs cost more than they save (CIF, 8 slices: encoder thread 30 → 16 ms of CPU per
    // s; VGA decoding half the CPU), and FFmpeg's frame threads hold each picture back a frame.
    const int threads = p.size.width() * p.size.height() > 640 * 480 ? 0 : 1; // 0: per core
    if (e == u"H264") {
        // Constrained Baseline, by OpenH264 through our own element (H264Encoder.h). Single
        // NAL unit mode (RFC 6184 §6.2, the seed's packetization-mode=0) allows no fragments:
        // slices of at most kSingleNalSliceBytes, each one RTP packet under rtph264pay's MTU.
        // (GStreamer's openh264enc can only cut a fixed number of slices: with 8, 55 of 489
        // packets of 60 CIF pictures of the test bars were still FU-A fragments.) In mode 1 a
        // picture is one slice, fragmented as needed.
        c.encoder = QStringLiteral("vidih264enc name=encoder bitrate=%1 gop-size=%2 "
                                   "max-slice-size=%3 threads=%4 ! h264parse")
                        .arg(bitrate)
                        .arg(keyFrameInterval(p))
                        .arg(p.singleNalUnits ? kSingleNalSliceBytes : 0)
                        .arg(threads);
        c.payloader =
            QStringLiteral("rtph264pay pt=%1 config-interval=-1 aggregate-mode=none mtu=1200")
                .arg(p.payloadType);
        c.depayloader = QStringLiteral("rtph264depay request-keyframe=true ! h264parse");
        // FFmpeg's decoder: openh264dec refuses the depayloaded stream until its caps name a
        // profile, which they do not before the first SPS (then the stream stops).
        c.decoder = QStringLiteral("avdec_h264 max-threads=%1").arg(threads);
        return c;
    }
    auto ffmpegEncoder = [&](const char *element) {
        return QStringLiteral("%1 name=encoder bitrate=%2 gop-size=%3")
            .arg(QLatin1String(element))
            .arg(bitrate)
            .arg(keyFrameInterval(p));
    };
    if (e == u"H263") { // RFC 2190
        // rtph263pay cuts a picture only where it has a GOB header, and FFmpeg writes GOB
        // headers only when given a packet size (ps): without it a whole picture went as one
        // datagram — 13 KB for a key frame of the test bars, 83 KB (more than UDP carries)
        // for a noisy one. With it, one GOB row per packet: ≤ 1.1 KB, a detailed key frame's
        // row up to 1.9 KB (H.263 baseline cannot cut a row).
        c.encoder = ffmpegEncoder("avenc_h263") + QStringLiteral(" ps=1000");
        c.payloader = QStringLiteral("rtph263pay pt=%1 mtu=1200").arg(p.payloadType);
        c.depayloader = QStringLiteral("rtph263depay");
        c.decoder = QStringLiteral("avdec_h263"); // one thread: FFmpeg's H.263 has no others
        return c;
    }
    if (e == u"H263-1998") {
        // RFC 4629's payload format, carrying baseline H.263 (a subset of H.263+, which every
        // H263-1998 peer decodes): rtph263ppay, asked for H263-1998 without an fmtp profile,
        // accepts only baseline, and FFmpeg's H.263+ encoder (avenc_h263p) never says so.
        // GOB headers (ps) let each packet start at a GOB, with RFC 4629's P bit.
        c.encoder = ffmpegEncoder("avenc_h263") + QStringLiteral(" ps=1000");
        c.payloader = QStringLiteral("rtph263ppay pt=%1 mtu=1200").arg(p.payloadType);
        c.depayloader = QStringLiteral("rtph263pdepay");
        c.decoder = QStringLiteral("avdec_h263"); // FFmpeg's one decoder for H.263 and H.263+
        return c;
    }
    if (e == u"MP4V-ES") {
        // RFC 6416; the configuration goes in band with each key frame. One picture per
        // packet at most (max-ptime): rtpmp4vpay otherwise holds small pictures back until
        // an MTU is full, which a still scene makes seconds.
        c.encoder = ffmpegEncoder("avenc_mpeg4");
        c.payloader = QStringLiteral("rtpmp4vpay pt=%1 config-interval=-1 mtu=1200 max-ptime=1")
                          .arg(p.payloadType);
        c.depayloader = QStringLiteral("rtpmp4vdepay");
        c.decoder = QStringLiteral("avdec_mpeg4 max-threads=%1").arg(threads);
        return c;
    }
    return std::nullopt;
}

bool videoCodecInstalled(const QString &encoding) {
    VideoParams p;
    p.encoding = encoding;
    const auto c = videoCodecElements(p);
    if (!c)
        return false;
    for (const QString &part : {c->encoder, c->payloader, c->depayloader, c->decoder}) {
        const QString name = part.section(QLatin1Char(' '), 0, 0);
        GstElementFactory *f = gst_element_factory_find(name.toUtf8().constData());
        if (!f)
            return false;
        gst_object_unref(f);
    }
    return true;
}

QStringList installedVideoCodecs() {
    QStringList codecs;
    for (const char *e : {"H264", "H263", "H263-1998", "MP4V-ES"})
        if (videoCodecInstalled(QLatin1String(e)))
            codecs << QLatin1String(e);
    return codecs;
}

} // namespace vidi::media
