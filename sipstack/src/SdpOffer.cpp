#include "sipstack/SdpOffer.h"
#include <QStringList>

namespace vidi::sip {

QList<PayloadFormat> g711Formats() {
    return {{0, QStringLiteral("PCMU"), 8000, {}}, {8, QStringLiteral("PCMA"), 8000, {}}};
}

QList<PayloadFormat> seedVideoFormat(const QString &encoding, int payloadType) {
    const QString e = encoding.toUpper();
    if (e == u"H264") // Constrained Baseline level 1.3: CIF at 30 frames a second
        return {{payloadType, QStringLiteral("H264"), 90000,
                 QStringLiteral("profile-level-id=42800D; packetization-mode=0; max-mbps=11880")}};
    if (e == u"H263")
        return {{payloadType, QStringLiteral("H263"), 90000, QStringLiteral("CIF=1; QCIF=1")}};
    if (e == u"H263-1998") // RFC 4629 §8.1.1: the picture sizes, at most 30 frames a second
        return {{payloadType, QStringLiteral("H263-1998"), 90000, QStringLiteral("CIF=1;QCIF=1")}};
    if (e == u"MP4V-ES")
        return {{payloadType, QStringLiteral("mp4v-es"), 90000,
                 QStringLiteral("CIF=1 QCIF=1 MaxBR=3840")}};
    return {};
}

PayloadFormat telephoneEvent(int payloadType) {
    return {payloadType, QStringLiteral("telephone-event"), 8000, QStringLiteral("0-15")};
}

PayloadFormat comfortNoise() {
    return {13, QStringLiteral("CN"), 8000, QString()};
}

// RFC 4566 §5: the session description is a sequence of <type>=<value> lines ending in CRLF.
QString buildSdp(const SdpOffer &offer) {
    QStringList lines;
    lines << QStringLiteral("v=0")
          << QStringLiteral("o=- %1 %2 IN IP4 %3")
                 .arg(offer.sessionId)
                 .arg(offer.sessionVersion)
                 .arg(offer.address)
          << QStringLiteral("s=Vidi") << QStringLiteral("c=IN IP4 %1").arg(offer.address)
          << QStringLiteral("t=0 0");
    auto addStream = [&](const char *media, int port, const QList<PayloadFormat> &formats,
                         const QList<SdesCrypto> &crypto, int ptime, int rtcpPort) {
        QStringList pts;
        for (const PayloadFormat &f : formats)
            pts << QString::number(f.payloadType);
        lines << QStringLiteral("m=%1 %2 %3 %4")
                     .arg(QLatin1String(media))
                     .arg(port)
                     .arg(offer.profile, pts.join(' '));
        if (rtcpPort > 0)
            lines << QStringLiteral("a=rtcp:%1").arg(rtcpPort);
        for (const SdesCrypto &c : crypto)
            lines << QStringLiteral("a=crypto:%1").arg(c.attributeValue());
        for (const PayloadFormat &f : formats) {
            lines << QStringLiteral("a=rtpmap:%1 %2/%3")
                         .arg(f.payloadType)
                         .arg(f.encoding)
                         .arg(f.clockRate);
            if (!f.fmtp.isEmpty())
                lines << QStringLiteral("a=fmtp:%1 %2").arg(f.payloadType).arg(f.fmtp);
        }
        if (ptime > 0)
            lines << QStringLiteral("a=ptime:%1").arg(ptime);
        lines << QStringLiteral("a=%1").arg(offer.direction);
    };
    addStream("audio", offer.audioPort, offer.audioFormats, offer.crypto, offer.ptime,
              offer.audioRtcpPort);
    if (offer.videoPort > 0 && !offer.videoFormats.isEmpty())
        addStream("video", offer.videoPort, offer.videoFormats, offer.videoCrypto, 0,
                  offer.videoRtcpPort);
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString rfc2543HoldSdp(const QString &sdp) {
    const QString nullAddress = QStringLiteral("c=IN IP4 0.0.0.0");
    static const QStringList directions = {"a=sendrecv", "a=sendonly", "a=recvonly", "a=inactive"};
    QStringList out;
    bool inMedia = false;
    for (const QString &line : sdp.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("m="))) {
            // Sofia's offer/answer engine puts the real address back into a session-level
            // c=0.0.0.0 when a stream has no c= of its own; one right after m= it keeps.
            out << line << nullAddress;
            inMedia = true;
        } else if (line.startsWith(QLatin1String("c="))) {
            if (!inMedia)
                out << nullAddress;
        } else if (!directions.contains(line)) {
            // (RFC 2543 knows no direction attributes: the null address alone says "hold".)
            out << line;
        }
    }
    return out.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace vidi::sip
