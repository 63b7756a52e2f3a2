#include "sipstack/SdpOffer.h"
#include <QStringList>

namespace vidi::sip {

QList<PayloadFormat> g711Formats() {
    return {{0, QStringLiteral("PCMU"), 8000, {}}, {8, QStringLiteral("PCMA"), 8000, {}}};
}

PayloadFormat telephoneEvent(int payloadType) {
    return {payloadType, QStringLiteral("telephone-event"), 8000, QStringLiteral("0-15")};
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
    QStringList pts;
    for (const PayloadFormat &f : offer.audioFormats)
        pts << QString::number(f.payloadType);
    lines << QStringLiteral("m=audio %1 %2 %3")
                 .arg(offer.audioPort)
                 .arg(offer.profile, pts.join(' '));
    for (const SdesCrypto &c : offer.crypto)
        lines << QStringLiteral("a=crypto:%1").arg(c.attributeValue());
    for (const PayloadFormat &f : offer.audioFormats) {
        lines << QStringLiteral("a=rtpmap:%1 %2/%3")
                     .arg(f.payloadType)
                     .arg(f.encoding)
                     .arg(f.clockRate);
        if (!f.fmtp.isEmpty())
            lines << QStringLiteral("a=fmtp:%1 %2").arg(f.payloadType).arg(f.fmtp);
    }
    if (offer.ptime > 0)
        lines << QStringLiteral("a=ptime:%1").arg(offer.ptime);
    lines << QStringLiteral("a=%1").arg(offer.direction);
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace vidi::sip
