#include "SrtpLayer.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace vidi::media::srtp {

namespace {

struct Cipher {
    const char *cipher;
    const char *rtpAuth;
};

// RFC 4568 §6.2 and RFC 6188 §3. SRTCP keeps an 80-bit tag with the _32 suites (RFC 4568
// §6.2.2: the short tag applies to SRTP only).
std::optional<Cipher> cipherOf(const QString &suite) {
    if (suite == u"AES_CM_128_HMAC_SHA1_80")
        return Cipher{"aes-128-icm", "hmac-sha1-80"};
    if (suite == u"AES_CM_128_HMAC_SHA1_32")
        return Cipher{"aes-128-icm", "hmac-sha1-32"};
    if (suite == u"AES_256_CM_HMAC_SHA1_80")
        return Cipher{"aes-256-icm", "hmac-sha1-80"};
    if (suite == u"AES_256_CM_HMAC_SHA1_32")
        return Cipher{"aes-256-icm", "hmac-sha1-32"};
    return std::nullopt;
}
constexpr const char *kRtcpAuth = "hmac-sha1-80";

GstBuffer *bufferOf(const QByteArray &bytes) {
    return gst_buffer_new_memdup(bytes.constData(), gsize(bytes.size()));
}

// srtpdec asks once per new SSRC; every source of the call uses the key of the peer's SDP.
GstCaps *peerKey(GstElement *decoder, guint, gpointer) {
    auto *caps = static_cast<GstCaps *>(g_object_get_data(G_OBJECT(decoder), "vidi-peer-key"));
    return caps ? gst_caps_ref(caps) : nullptr;
}

GstElement *byName(GstElement *pipeline, const char *name) {
    return gst_bin_get_by_name(GST_BIN(pipeline), name);
}

} // namespace

QString sendRtp(const SrtpParams &p) {
    return p.isActive() ? QStringLiteral("srtpenc.rtp_sink_0 srtpenc name=srtpenc "
                                         "srtpenc.rtp_src_0 ! ")
                        : QString();
}
QString sendRtcp(const SrtpParams &p) {
    return p.isActive() ? QStringLiteral("srtpenc.rtcp_sink_0 srtpenc.rtcp_src_0 ! ") : QString();
}
QString receiveRtp(const SrtpParams &p) {
    return p.isActive() ? QStringLiteral("srtpdec.rtp_sink srtpdec name=srtpdec srtpdec.rtp_src ! ")
                        : QString();
}
QString receiveRtcp(const SrtpParams &p) {
    return p.isActive() ? QStringLiteral("srtpdec.rtcp_sink srtpdec.rtcp_src ! ") : QString();
}
QString rtpMediaType(const SrtpParams &p) {
    return p.isActive() ? QStringLiteral("application/x-srtp")
                        : QStringLiteral("application/x-rtp");
}
QString rtcpSourceCaps(const SrtpParams &p) {
    return p.isActive() ? QStringLiteral("caps=application/x-srtcp ") : QString();
}

bool applyKeys(GstElement *pipeline, const SrtpParams &p) {
    const auto cipher = cipherOf(p.suite);
    if (!cipher)
        return false;
    GstElement *encoder = byName(pipeline, "srtpenc");
    GstElement *decoder = byName(pipeline, "srtpdec");
    if (!encoder || !decoder) {
        g_clear_object(&encoder);
        g_clear_object(&decoder);
        return false;
    }
    GstBuffer *ours = bufferOf(p.sendKey);
    g_object_set(encoder, "key", ours, "random-key", FALSE, nullptr);
    gst_buffer_unref(ours);
    gst_util_set_object_arg(G_OBJECT(encoder), "rtp-cipher", cipher->cipher);
    gst_util_set_object_arg(G_OBJECT(encoder), "rtcp-cipher", cipher->cipher);
    gst_util_set_object_arg(G_OBJECT(encoder), "rtp-auth", cipher->rtpAuth);
    gst_util_set_object_arg(G_OBJECT(encoder), "rtcp-auth", kRtcpAuth);

    GstBuffer *theirs = bufferOf(p.receiveKey);
    GstCaps *key = gst_caps_new_simple(
        "application/x-srtp", "srtp-key", GST_TYPE_BUFFER, theirs, "srtp-cipher", G_TYPE_STRING,
        cipher->cipher, "srtp-auth", G_TYPE_STRING, cipher->rtpAuth, "srtcp-cipher", G_TYPE_STRING,
        cipher->cipher, "srtcp-auth", G_TYPE_STRING, kRtcpAuth, nullptr);
    gst_buffer_unref(theirs);
    g_object_set_data_full(G_OBJECT(decoder), "vidi-peer-key", key,
                           reinterpret_cast<GDestroyNotify>(gst_caps_unref));
    g_signal_connect(decoder, "request-key", G_CALLBACK(&peerKey), nullptr);
    gst_object_unref(encoder);
    gst_object_unref(decoder);
    return true;
}

quint64 rejectedPackets(GstElement *pipeline) {
    GstElement *decoder = byName(pipeline, "srtpdec");
    if (!decoder)
        return 0;
    GstStructure *stats = nullptr;
    g_object_get(decoder, "stats", &stats, nullptr);
    guint64 dropped = 0;
    if (stats) {
        guint count = 0;
        if (gst_structure_get_uint(stats, "recv-drop-count", &count))
            dropped = count;
        gst_structure_free(stats);
    }
    gst_object_unref(decoder);
    return dropped;
}

} // namespace vidi::media::srtp
