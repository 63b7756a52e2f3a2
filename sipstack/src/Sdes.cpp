#include "sipstack/Sdes.h"
#include "ParsedSdp.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace vidi::sip {

int keySaltLength(const QString &suite) {
    if (suite == u"AES_CM_128_HMAC_SHA1_80" || suite == u"AES_CM_128_HMAC_SHA1_32")
        return 16 + 14; // RFC 4568 §6.2.1
    if (suite == u"AES_256_CM_HMAC_SHA1_80" || suite == u"AES_256_CM_HMAC_SHA1_32")
        return 32 + 14; // RFC 6188 §3
    return 0;
}

bool isSupportedSuite(const QString &suite) {
    return keySaltLength(suite) > 0;
}

QString SdesCrypto::attributeValue() const {
    return QStringLiteral("%1 %2 inline:%3")
        .arg(tag)
        .arg(suite, QString::fromLatin1(key.toBase64()));
}

std::optional<SdesCrypto> SdesCrypto::parse(const QString &value) {
    // tag (1*9DIGIT), suite, exactly one inline key, no session parameters.
    static const QRegularExpression line(
        QStringLiteral("^\\s*(\\d{1,9})\\s+([A-Za-z0-9_]+)\\s+inline:([A-Za-z0-9+/=]+)"
                       "(?:\\|(2\\^\\d{1,2}|\\d+))?\\s*$"));
    const QRegularExpressionMatch m = line.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    SdesCrypto c;
    c.tag = m.captured(1).toInt();
    c.suite = m.captured(2);
    const auto decoded = QByteArray::fromBase64Encoding(m.captured(3).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !isSupportedSuite(c.suite) || decoded.decoded.size() != keySaltLength(c.suite))
        return std::nullopt;
    c.key = decoded.decoded;
    return c;
}

SdesCrypto makeCrypto(int tag, const QString &suite) {
    SdesCrypto c;
    c.tag = tag;
    c.suite = suite;
    c.key.resize(keySaltLength(suite));
    // QRandomGenerator::system() draws from the kernel's CSPRNG (getrandom).
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &byte : c.key)
        byte = char(random->bounded(256));
    return c;
}

QList<SdesCrypto> offerCrypto() {
    return {makeCrypto(1, QStringLiteral("AES_CM_128_HMAC_SHA1_80")),
            makeCrypto(2, QStringLiteral("AES_CM_128_HMAC_SHA1_32"))};
}

OfferedSecurity offeredSecurity(const QString &sdp, bool video) {
    OfferedSecurity offered;
    ParsedSdp parsed(sdp);
    const sdp_media_t *stream = parsed.first(video ? sdp_media_video : sdp_media_audio);
    if (!stream)
        return offered;
    offered.securedProfile = stream->m_proto == sdp_proto_srtp ||
                             (stream->m_proto_name && strstr(stream->m_proto_name, "SAVP"));
    for (const sdp_attribute_t *a = stream->m_attributes; a; a = a->a_next)
        if (a->a_name && qstricmp(a->a_name, "crypto") == 0 && a->a_value)
            if (auto c = SdesCrypto::parse(QString::fromUtf8(a->a_value)))
                offered.crypto << *c;
    return offered;
}

} // namespace vidi::sip
