#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace vidi::sip {

// One SDES key offer or answer (RFC 4568 §9.1):
//   a=crypto:<tag> <crypto-suite> inline:<base64 master key || master salt>[|lifetime]
// Lines with an MKI, more than one key or session parameters are not ours to use (RFC 4568
// §5.1.3: the answerer picks a line it supports), so parse() declines them.
struct SdesCrypto {
    int tag = 0;
    QString suite;  // "AES_CM_128_HMAC_SHA1_80"
    QByteArray key; // master key followed by master salt, raw bytes

    // The attribute's value, without "a=crypto:".
    QString attributeValue() const;
    static std::optional<SdesCrypto> parse(const QString &value);
};

// The suites we can carry (libsrtp2 through GStreamer's srtpenc/srtpdec): AES-CM with
// HMAC-SHA1 80 or 32 (RFC 4568 §6.2), and their 256-bit variants (RFC 6188).
bool isSupportedSuite(const QString &suite);
// Master key plus salt length of `suite` in bytes; 0 for an unknown suite.
int keySaltLength(const QString &suite);
// A fresh random key for `suite` under `tag`.
SdesCrypto makeCrypto(int tag, const QString &suite);

// The seed's offer (seed 000 §"SRTP"): AES_CM_128_HMAC_SHA1_80 as tag 1 and _32 as tag 2,
// each with its own key. (The seed's tag 3, F8_128_HMAC_SHA1_80, is not in libsrtp2.)
QList<SdesCrypto> offerCrypto();

// What an offer's first audio (or video) stream says about SRTP.
struct OfferedSecurity {
    bool securedProfile = false; // RTP/SAVP (or another S profile)
    QList<SdesCrypto> crypto;    // usable lines, in the offer's order of preference
};
OfferedSecurity offeredSecurity(const QString &sdp, bool video = false);

} // namespace vidi::sip
