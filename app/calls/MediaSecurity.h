#pragma once
#include "sipstack/MediaDescription.h"
#include "sipstack/Sdes.h"

#include <QString>

namespace vidi::app {

// account.x.srtp_encryption of the VP530 (seed 000 §"SRTP", p. 260): 0 Disabled, 1 Forced,
// 2 Negotiated. (The CP860 guide, seed 001, numbers them 1 Optional, 2 Compulsory; the VP530
// is our reference device.)
enum class SrtpMode { Disabled = 0, Forced = 1, Negotiated = 2 };

// How one call's media is protected: the SDES keys (RFC 4568) our SDPs carry, and whether an
// offer or a negotiated outcome is acceptable under the account's mode.
//   Forced:     offers RTP/SAVP with the seed's two suites; plain RTP is refused (488, or BYE
//               when an answer comes back without keys).
//   Negotiated: offers RTP/AVP with the same a=crypto lines (a peer without SRTP ignores
//               them, RFC 4568 §5.1.1 best effort); takes SRTP whenever the peer does.
//   Disabled:   plain RTP; an RTP/SAVP offer is refused with 488.
class MediaSecurity {
public:
    // Each stream has keys of its own (RFC 4568 §6.1); the audio stream decides the call.
    enum class Stream { Audio, Video };

    explicit MediaSecurity(SrtpMode mode = SrtpMode::Disabled);

    SrtpMode mode() const { return m_mode; }
    // What our next SDP carries.
    QString profile() const { return m_profile; }
    QList<sip::SdesCrypto> crypto(Stream stream = Stream::Audio) const {
        return stream == Stream::Audio ? m_crypto : m_videoCrypto;
    }

    // Sets up the answer to `offerSdp` (empty: we shall make the offer). Returns false, with
    // the reason, when the offer's audio cannot be accepted under our mode (answer 488). Its
    // video is answered the same way, or without keys (and then not started when Forced).
    bool answer(const QString &offerSdp, QString *why = nullptr);
    // After each offer/answer: false, with the reason, when its outcome breaks our mode.
    bool accepts(const sip::MediaDescription &media, QString *why = nullptr) const;
    // Later offers (hold, resume, a new address) keep the agreed line and key (RFC 4568
    // §7.1.4 allows keeping the keys of an ongoing session).
    void settle(const sip::MediaDescription &media, Stream stream = Stream::Audio);

private:
    // The line answering the first usable one of an offer, or none.
    static QList<sip::SdesCrypto> answerTo(const sip::OfferedSecurity &offered);

    SrtpMode m_mode;
    QString m_profile = QStringLiteral("RTP/AVP");
    QList<sip::SdesCrypto> m_crypto;
    QList<sip::SdesCrypto> m_videoCrypto;
};

} // namespace vidi::app
