#include "calls/MediaSecurity.h"

namespace vidi::app {

namespace {
const QString kPlain = QStringLiteral("RTP/AVP");
const QString kSecure = QStringLiteral("RTP/SAVP");
} // namespace

MediaSecurity::MediaSecurity(SrtpMode mode)
    : m_mode(mode) {
    if (m_mode == SrtpMode::Disabled)
        return;
    m_crypto = sip::offerCrypto();
    m_videoCrypto = sip::offerCrypto();
    m_profile = m_mode == SrtpMode::Forced ? kSecure : kPlain;
}

bool MediaSecurity::answer(const QString &offerSdp, QString *why) {
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (offerSdp.trimmed().isEmpty())
        return true; // our 200 carries the offer
    const sip::OfferedSecurity offered = sip::offeredSecurity(offerSdp);
    if (m_mode == SrtpMode::Disabled) {
        if (offered.securedProfile)
            return refuse(QStringLiteral("SRTP is disabled on this account"));
        m_crypto.clear(); // an RTP/AVP offer's a=crypto lines are ignored: plain RTP
        m_videoCrypto.clear();
        return true;
    }
    m_videoCrypto = answerTo(sip::offeredSecurity(offerSdp, /*video*/ true));
    if (offered.crypto.isEmpty()) {
        if (offered.securedProfile)
            return refuse(QStringLiteral("no SRTP crypto suite in common"));
        if (m_mode == SrtpMode::Forced)
            return refuse(QStringLiteral("SRTP is required on this account"));
        m_crypto.clear();
        m_profile = kPlain;
        return true;
    }
    m_crypto = answerTo(offered);
    m_profile = offered.securedProfile ? kSecure : kPlain;
    return true;
}

// RFC 4568 §5.1.2: answer the first line we support (offeredSecurity() keeps only those), with
// its tag and suite and a key of our own.
QList<sip::SdesCrypto> MediaSecurity::answerTo(const sip::OfferedSecurity &offered) {
    if (offered.crypto.isEmpty())
        return {};
    const sip::SdesCrypto &chosen = offered.crypto.first();
    return {sip::makeCrypto(chosen.tag, chosen.suite)};
}

bool MediaSecurity::accepts(const sip::MediaDescription &media, QString *why) const {
    if (m_mode != SrtpMode::Forced || media.srtp.isActive())
        return true;
    if (why)
        *why = QStringLiteral("SRTP is required on this account, the peer answered plain RTP");
    return false;
}

void MediaSecurity::settle(const sip::MediaDescription &media, Stream stream) {
    if (!media.srtp.isActive())
        return;
    QList<sip::SdesCrypto> &lines = stream == Stream::Audio ? m_crypto : m_videoCrypto;
    for (const sip::SdesCrypto &c : std::as_const(lines))
        if (c.suite == media.srtp.suite && c.key == media.srtp.localKey) {
            lines = {c};
            return;
        }
}

} // namespace vidi::app
