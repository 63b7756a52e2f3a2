// account.x.srtp_encryption (seed 000 §"SRTP": 0 Disabled, 1 Forced, 2 Negotiated): what our
// SDP offers and answers, and which offers and outcomes a call refuses.
#include "calls/MediaSecurity.h"
#include "sipstack/SdpOffer.h"

#include <catch2/catch.hpp>

using namespace vidi::app;
using namespace vidi::sip;

namespace {
QString offerWith(const QString &profile, const QList<SdesCrypto> &crypto) {
    SdpOffer o;
    o.address = "192.0.2.1";
    o.audioPort = 4000;
    o.audioFormats = g711Formats();
    o.profile = profile;
    o.crypto = crypto;
    return buildSdp(o);
}
MediaDescription outcome(bool encrypted) {
    MediaDescription md;
    if (encrypted)
        md.srtp = {"AES_CM_128_HMAC_SHA1_80", "k1", "k2"};
    return md;
}
} // namespace

TEST_CASE("SRTP modes: what each offers", "[srtp]") {
    CHECK(MediaSecurity(SrtpMode::Disabled).profile() == "RTP/AVP");
    CHECK(MediaSecurity(SrtpMode::Disabled).crypto().isEmpty());
    CHECK(MediaSecurity(SrtpMode::Forced).profile() == "RTP/SAVP");
    CHECK(MediaSecurity(SrtpMode::Forced).crypto().size() == 2);
    // Negotiated: keys in an RTP/AVP offer, which a peer without SRTP still accepts.
    CHECK(MediaSecurity(SrtpMode::Negotiated).profile() == "RTP/AVP");
    CHECK(MediaSecurity(SrtpMode::Negotiated).crypto().size() == 2);
}

TEST_CASE("SRTP modes: answering offers", "[srtp]") {
    const QString savp = offerWith("RTP/SAVP", offerCrypto());
    const QString avpWithKeys = offerWith("RTP/AVP", offerCrypto());
    const QString plain = offerWith("RTP/AVP", {});
    QString why;

    MediaSecurity disabled(SrtpMode::Disabled);
    CHECK_FALSE(disabled.answer(savp, &why)); // 488
    CHECK(why.contains("disabled"));
    MediaSecurity disabled2(SrtpMode::Disabled);
    CHECK(disabled2.answer(avpWithKeys));
    CHECK(disabled2.crypto().isEmpty());

    MediaSecurity forced(SrtpMode::Forced);
    CHECK_FALSE(forced.answer(plain, &why));
    CHECK(why.contains("required"));
    MediaSecurity forced2(SrtpMode::Forced);
    REQUIRE(forced2.answer(savp));
    CHECK(forced2.profile() == "RTP/SAVP");
    REQUIRE(forced2.crypto().size() == 1); // one line: the offer's first, our own key
    CHECK(forced2.crypto()[0].tag == 1);
    CHECK(forced2.crypto()[0].key != offeredSecurity(savp).crypto[0].key);

    MediaSecurity negotiated(SrtpMode::Negotiated);
    REQUIRE(negotiated.answer(avpWithKeys));
    CHECK(negotiated.profile() == "RTP/AVP");
    CHECK(negotiated.crypto().size() == 1);
    MediaSecurity negotiated2(SrtpMode::Negotiated);
    REQUIRE(negotiated2.answer(plain));
    CHECK(negotiated2.crypto().isEmpty());

    // An RTP/SAVP offer only with suites we lack (the seed's F8 line): nothing in common.
    const QString f8Only = QString(plain).replace("RTP/AVP", "RTP/SAVP") +
                           "a=crypto:3 F8_128_HMAC_SHA1_80 "
                           "inline:MjgzODc1ZDAyNDZlZmY0NjIyNjQ2MTY1N2JiOWE1\r\n";
    MediaSecurity negotiated3(SrtpMode::Negotiated);
    CHECK_FALSE(negotiated3.answer(f8Only, &why));
    CHECK(why.contains("in common"));
}

TEST_CASE("SRTP modes: a forced account refuses a plain outcome", "[srtp]") {
    QString why;
    CHECK_FALSE(MediaSecurity(SrtpMode::Forced).accepts(outcome(false), &why));
    CHECK(MediaSecurity(SrtpMode::Forced).accepts(outcome(true)));
    CHECK(MediaSecurity(SrtpMode::Negotiated).accepts(outcome(false)));
}

TEST_CASE("SRTP: later offers keep the agreed line and key", "[srtp]") {
    MediaSecurity security(SrtpMode::Negotiated);
    const SdesCrypto second = security.crypto()[1];
    MediaDescription md;
    md.srtp = {second.suite, second.key, "theirs"};
    security.settle(md);
    REQUIRE(security.crypto().size() == 1);
    CHECK(security.crypto()[0].tag == 2);
    CHECK(security.crypto()[0].key == second.key);
}
