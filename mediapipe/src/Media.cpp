#include "mediapipe/Media.h"
#include "CodecTable.h"
#include "EchoCanceller.h"
#include "G7231Codec.h"
#include "G729Codec.h"
#include "H264Encoder.h"
#include <QStringList>
#include <gst/gst.h>

namespace vidi::media {

bool initialize(int *argc, char ***argv, QString *error) {
    GError *err = nullptr;
    if (!gst_init_check(argc, argv, &err)) {
        if (error)
            *error = QString::fromUtf8(err ? err->message : "gst_init failed");
        g_clear_error(&err);
        return false;
    }
    if (!registerG729Elements() && error)
        *error = QStringLiteral("G.729 elements not registered");
    if (!registerG7231Elements() && error)
        *error = QStringLiteral("G.723.1 elements not registered");
    if (!registerH264Encoder() && error)
        *error = QStringLiteral("H.264 encoder not registered");
    return true;
}

QString gstreamerVersion() {
    gchar *v = gst_version_string();
    QString s = QString::fromUtf8(v);
    g_free(v);
    return s;
}

bool hasAudioElements(QString *missing) {
    QStringList absent;
    for (const char *name : {"rtpbin", "udpsrc", "udpsink", "mulawenc", "mulawdec", "alawenc",
                             "alawdec", "rtppcmupay", "rtppcmudepay", "rtppcmapay", "rtppcmadepay",
                             "audiotestsrc", "audioconvert", "audioresample", "spanplc"}) {
        GstElementFactory *f = gst_element_factory_find(name);
        if (!f)
            absent << QString::fromLatin1(name);
        else
            gst_object_unref(f);
    }
    if (missing)
        *missing = absent.join(QStringLiteral(", "));
    return absent.isEmpty();
}

} // namespace vidi::media

namespace vidi::media {

bool echoCancellerInstalled() {
    return EchoCanceller::available();
}

QStringList installedAudioCodecs() {
    QStringList codecs;
    for (const QString &e : {QStringLiteral("PCMU"), QStringLiteral("PCMA"), QStringLiteral("G722"),
                             QStringLiteral("G729"), QStringLiteral("G723")})
        if (codecInstalled(e))
            codecs << e;
    return codecs;
}

} // namespace vidi::media
