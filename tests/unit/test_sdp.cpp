#include "calls/VideoFormat.h"
#include "sipstack/MediaDescription.h"
#include "sipstack/SdpOffer.h"
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace vidi::sip;

namespace {
SdpOffer g711Offer() {
    SdpOffer o;
    o.address = "192.0.2.10";
    o.sessionId = 1234;
    o.sessionVersion = 1;
    o.audioPort = 11780;
    o.audioFormats = g711Formats();
    return o;
}
} // namespace

TEST_CASE("SDP for a call: G.711 offer on the allocated port", "[sdp]") {
    const QString sdp = buildSdp(g711Offer());
    CHECK(sdp.startsWith("v=0\r\n"));
    CHECK(sdp.contains("o=- 1234 1 IN IP4 192.0.2.10\r\n"));
    CHECK(sdp.contains("c=IN IP4 192.0.2.10\r\n"));
    CHECK(sdp.contains("m=audio 11780 RTP/AVP 0 8\r\n"));
    CHECK(sdp.contains("a=rtpmap:0 PCMU/8000\r\n"));
    CHECK(sdp.contains("a=rtpmap:8 PCMA/8000\r\n"));
    CHECK(sdp.contains("a=ptime:20\r\n"));
    CHECK(sdp.endsWith("a=sendrecv\r\n"));
}

TEST_CASE("SDP: ptime 0 leaves a=ptime out (seed acceptance 5)", "[sdp]") {
    SdpOffer o = g711Offer();
    o.ptime = 0;
    CHECK_FALSE(buildSdp(o).contains("a=ptime"));
}

TEST_CASE("SDP: a=rtcp (RFC 3605) offered when a NAT moved RTCP, and read from the peer", "[sdp]") {
    SdpOffer o = g711Offer();
    CHECK_FALSE(buildSdp(o).contains("a=rtcp"));
    o.audioRtcpPort = 40123;
    CHECK(buildSdp(o).contains("m=audio 11780 RTP/AVP 0 8\r\na=rtcp:40123\r\n"));
    const QString withPort = "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\n"
                             "t=0 0\r\nm=audio 5004 RTP/AVP 0\r\na=rtcp:5999\r\n";
    const auto md = negotiateAudio(buildSdp(g711Offer()), withPort);
    REQUIRE(md);
    CHECK(md->remoteRtcpPort == 5999);
    const auto withAddress =
        negotiateAudio(buildSdp(g711Offer()),
                       QString(withPort).replace("a=rtcp:5999", "a=rtcp:6001 IN IP4 10.0.0.1"));
    REQUIRE(withAddress);
    CHECK(withAddress->remoteRtcpPort == 6001);
    const auto without =
        negotiateAudio(buildSdp(g711Offer()), QString(withPort).remove("a=rtcp:5999\r\n"));
    REQUIRE(without);
    CHECK(without->remoteRtcpPort == 0); // RTCP on the port after RTP
}

TEST_CASE("SDP: the RFC 2543 hold offer puts 0.0.0.0 on every stream", "[sdp]") {
    SdpOffer o = g711Offer();
    o.videoPort = 11790;
    o.videoFormats = seedVideoFormat("H264", 99);
    const QString held = rfc2543HoldSdp(buildSdp(o));
    CHECK(held.count("c=IN IP4 0.0.0.0\r\n") == 3);           // the session's and each stream's
    CHECK_FALSE(held.contains("192.0.2.10\r\nt="));           // no real connection address left
    CHECK(held.contains("o=- 1234 1 IN IP4 192.0.2.10\r\n")); // the origin stays
    CHECK(held.contains("m=audio 11780 RTP/AVP 0 8\r\nc=IN IP4 0.0.0.0\r\n"));
    CHECK(held.contains("m=video 11790 RTP/AVP 99\r\nc=IN IP4 0.0.0.0\r\n"));
    CHECK_FALSE(held.contains("a=sendrecv"));
    CHECK(held.contains("a=rtpmap:99 H264/90000\r\n"));
    // What the far end makes of it: it may not send to us.
    const auto md = negotiateAudio(buildSdp(g711Offer()), held);
    REQUIRE(md);
    CHECK_FALSE(md->maySend());
}

TEST_CASE("SDP negotiation: our offer against an answer picks the common codec", "[sdp]") {
    const QString local = buildSdp(g711Offer());
    const QString remote = "v=0\r\no=- 1 1 IN IP4 198.51.100.7\r\ns=-\r\n"
                           "c=IN IP4 198.51.100.7\r\nt=0 0\r\n"
                           "m=audio 40000 RTP/AVP 8 101\r\na=rtpmap:8 PCMA/8000\r\n"
                           "a=rtpmap:101 telephone-event/8000\r\na=ptime:30\r\n";
    QString error;
    const auto md = negotiateAudio(local, remote, &error);
    REQUIRE(md);
    CHECK(md->remoteAddress == "198.51.100.7");
    CHECK(md->remotePort == 40000);
    CHECK(md->payloadType == 8);
    CHECK(md->encoding == "PCMA");
    CHECK(md->ptime == 30);
}

TEST_CASE("SDP: comfort noise (RFC 3389) is offered at 13 and negotiated when both list it",
          "[sdp][cn]") {
    SdpOffer offer = g711Offer();
    offer.audioFormats << comfortNoise();
    const QString local = buildSdp(offer);
    CHECK(local.contains("m=audio 11780 RTP/AVP 0 8 13\r\n"));
    CHECK(local.contains("a=rtpmap:13 CN/8000\r\n"));
    const QString head = "v=0\r\no=- 1 1 IN IP4 198.51.100.7\r\ns=-\r\n"
                         "c=IN IP4 198.51.100.7\r\nt=0 0\r\n";
    const auto withCn = negotiateAudio(
        local,
        head + "m=audio 40000 RTP/AVP 0 13\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:13 CN/8000\r\n");
    REQUIRE(withCn);
    CHECK(withCn->encoding == "PCMU"); // CN is never the call's codec
    CHECK(withCn->comfortNoisePayloadType == 13);
    const auto without =
        negotiateAudio(local, head + "m=audio 40000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n");
    REQUIRE(without);
    CHECK(without->comfortNoisePayloadType == -1);
    // Only CN in common is no call.
    QString error;
    CHECK_FALSE(negotiateAudio(local, head + "m=audio 40000 RTP/AVP 13\r\na=rtpmap:13 CN/8000\r\n",
                               &error));
    CHECK(error.contains("no audio codec in common"));
}

TEST_CASE("SDP negotiation: a media-level c= line wins over the session's", "[sdp]") {
    const QString remote = "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\n"
                           "t=0 0\r\nm=audio 5004 RTP/AVP 0\r\nc=IN IP4 10.0.0.2\r\n";
    const auto md = negotiateAudio(buildSdp(g711Offer()), remote);
    REQUIRE(md);
    CHECK(md->remoteAddress == "10.0.0.2");
    CHECK(md->encoding == "PCMU"); // static payload type 0 without an rtpmap line
}

TEST_CASE("SDP negotiation: errors are explained, never guessed", "[sdp]") {
    QString error;
    CHECK_FALSE(negotiateAudio(buildSdp(g711Offer()), "this is not SDP", &error));
    CHECK(error.startsWith("remote SDP"));

    const QString noAudio = "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\n"
                            "t=0 0\r\nm=video 5006 RTP/AVP 99\r\n";
    CHECK_FALSE(negotiateAudio(buildSdp(g711Offer()), noAudio, &error));
    CHECK(error.contains("no active audio"));

    const QString rejected = "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\n"
                             "t=0 0\r\nm=audio 0 RTP/AVP 0\r\n";
    CHECK_FALSE(negotiateAudio(buildSdp(g711Offer()), rejected, &error));

    const QString g729Only = "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\n"
                             "t=0 0\r\nm=audio 5004 RTP/AVP 18\r\na=rtpmap:18 G729/8000\r\n";
    CHECK_FALSE(negotiateAudio(buildSdp(g711Offer()), g729Only, &error));
    CHECK(error.contains("no audio codec in common"));
}

// --- SDES (RFC 4568) ---------------------------------------------------------------------

TEST_CASE("SDES: a=crypto lines are read and written as RFC 4568 §9.1 has them", "[sdp][srtp]") {
    // The seed's own example line (seed 000 §"SRTP").
    const auto c = SdesCrypto::parse(
        "1 AES_CM_128_HMAC_SHA1_80 inline:NmE2ZTZkZGY1NzAwNTViZDE4ZmFjYTJmN2E5N2M2");
    REQUIRE(c);
    CHECK(c->tag == 1);
    CHECK(c->suite == "AES_CM_128_HMAC_SHA1_80");
    CHECK(c->key.size() == 30);
    CHECK(c->attributeValue() ==
          "1 AES_CM_128_HMAC_SHA1_80 inline:NmE2ZTZkZGY1NzAwNTViZDE4ZmFjYTJmN2E5N2M2");
    CHECK(SdesCrypto::parse(
        "2 AES_CM_128_HMAC_SHA1_32 inline:NmE2ZTZkZGY1NzAwNTViZDE4ZmFjYTJmN2E5N2M2|2^20"));
    // Declined: a suite libsrtp2 lacks, a key of the wrong length, broken base64, an MKI,
    // session parameters.
    CHECK_FALSE(
        SdesCrypto::parse("3 F8_128_HMAC_SHA1_80 inline:MjgzODc1ZDAyNDZlZmY0NjIyNjQ2MTY1N2JiOWE1"));
    CHECK_FALSE(SdesCrypto::parse("1 AES_CM_128_HMAC_SHA1_80 inline:QUJD"));
    CHECK_FALSE(SdesCrypto::parse("1 AES_CM_128_HMAC_SHA1_80 inline:!!notbase64!!"));
    CHECK_FALSE(SdesCrypto::parse(
        "1 AES_CM_128_HMAC_SHA1_80 inline:NmE2ZTZkZGY1NzAwNTViZDE4ZmFjYTJmN2E5N2M2|2^20|1:4"));
    CHECK_FALSE(SdesCrypto::parse(
        "1 AES_CM_128_HMAC_SHA1_80 inline:NmE2ZTZkZGY1NzAwNTViZDE4ZmFjYTJmN2E5N2M2 KDR=1"));
    CHECK_FALSE(SdesCrypto::parse("garbage"));
}

TEST_CASE("SDES: the offer carries the seed's two suites with fresh keys of their own",
          "[sdp][srtp]") {
    const QList<SdesCrypto> first = offerCrypto(), second = offerCrypto();
    REQUIRE(first.size() == 2);
    CHECK(first[0].tag == 1);
    CHECK(first[0].suite == "AES_CM_128_HMAC_SHA1_80");
    CHECK(first[1].tag == 2);
    CHECK(first[1].suite == "AES_CM_128_HMAC_SHA1_32");
    CHECK(first[0].key != first[1].key);
    CHECK(first[0].key != second[0].key);

    SdpOffer o = g711Offer();
    o.profile = "RTP/SAVP";
    o.crypto = first;
    const QString sdp = buildSdp(o);
    CHECK(sdp.contains("m=audio 11780 RTP/SAVP 0 8\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:"));
    CHECK(sdp.contains("\r\na=crypto:2 AES_CM_128_HMAC_SHA1_32 inline:"));
    const OfferedSecurity offered = offeredSecurity(sdp);
    CHECK(offered.securedProfile);
    REQUIRE(offered.crypto.size() == 2);
    CHECK(offered.crypto[1].key == first[1].key);
}

TEST_CASE("SDES negotiation: the tag both sides carry gives each side's key", "[sdp][srtp]") {
    SdpOffer ours = g711Offer();
    ours.profile = "RTP/SAVP";
    ours.crypto = offerCrypto();
    const SdesCrypto answer = makeCrypto(2, "AES_CM_128_HMAC_SHA1_32");
    const QString remote = "v=0\r\no=- 1 1 IN IP4 198.51.100.7\r\ns=-\r\nc=IN IP4 198.51.100.7\r\n"
                           "t=0 0\r\nm=audio 40000 RTP/SAVP 0\r\na=crypto:" +
                           answer.attributeValue() + "\r\n";
    const auto md = negotiateAudio(buildSdp(ours), remote);
    REQUIRE(md);
    CHECK(md->srtp.isActive());
    CHECK(md->srtp.suite == "AES_CM_128_HMAC_SHA1_32");
    CHECK(md->srtp.localKey == ours.crypto[1].key);
    CHECK(md->srtp.remoteKey == answer.key);

    // An answer without keys, or with a tag we did not offer, is plain RTP.
    QString plain = remote;
    plain.replace(QRegularExpression("a=crypto:[^\r]*\r\n"), QString());
    CHECK_FALSE(negotiateAudio(buildSdp(ours), plain)->srtp.isActive());
    QString otherTag = remote;
    otherTag.replace("a=crypto:2 ", "a=crypto:7 ");
    CHECK_FALSE(negotiateAudio(buildSdp(ours), otherTag)->srtp.isActive());
}

// --- Video ---------------------------------------------------------------------------------

TEST_CASE("SDP video: the m=video line follows the audio; negotiation picks the common codec",
          "[sdp][video]") {
    SdpOffer ours = g711Offer();
    ours.videoPort = 11782;
    ours.videoFormats = seedVideoFormat("H264", 99) + seedVideoFormat("H263", 34);
    const QString sdp = buildSdp(ours);
    CHECK(sdp.contains("a=sendrecv\r\nm=video 11782 RTP/AVP 99 34\r\na=rtpmap:99 H264/90000\r\n"
                       "a=fmtp:99 profile-level-id=42800D; packetization-mode=0; "
                       "max-mbps=11880\r\n"));
    const QString head = "v=0\r\no=- 1 1 IN IP4 198.51.100.7\r\ns=-\r\nc=IN IP4 198.51.100.7\r\n"
                         "t=0 0\r\nm=audio 40000 RTP/AVP 0\r\n";
    const auto video = negotiateVideo(sdp, head + "m=video 40002 RTP/AVP 34\r\n"
                                                  "a=rtpmap:34 H263/90000\r\n");
    REQUIRE(video);
    CHECK(video->encoding == "H263");
    CHECK(video->remotePort == 40002);
    // Declined (m=video 0), absent, or nothing in common: no video.
    CHECK_FALSE(negotiateVideo(sdp, head + "m=video 0 RTP/AVP 99\r\n"));
    CHECK_FALSE(negotiateVideo(sdp, head));
    CHECK_FALSE(
        negotiateVideo(sdp, head + "m=video 40002 RTP/AVP 96\r\na=rtpmap:96 VP8/90000\r\n"));
    // The audio is unaffected by the video's fate.
    CHECK(negotiateAudio(sdp, head + "m=video 0 RTP/AVP 99\r\n"));
}

TEST_CASE("Video size from the peer's H.264 level (RFC 6184 §8.1)", "[sdp][video]") {
    using vidi::app::videoSendFormat;
    const auto seed = videoSendFormat("H264", "profile-level-id=42800D; packetization-mode=0");
    CHECK(seed.size == QSize(352, 288));
    CHECK(seed.singleNalUnits);
    CHECK(videoSendFormat("H264", "profile-level-id=42e01e;packetization-mode=1").size ==
          QSize(640, 480)); // level 3.0
    CHECK_FALSE(
        videoSendFormat("H264", "profile-level-id=42e01e;packetization-mode=1").singleNalUnits);
    CHECK(videoSendFormat("H264", "profile-level-id=42e01f").size == QSize(1280, 720));
    CHECK(videoSendFormat("H264", "profile-level-id=42800d; max-fs=3600").size == QSize(1280, 720));
    CHECK(videoSendFormat("H264", "").size == QSize(352, 288));
    CHECK(videoSendFormat("H263", "CIF=1; QCIF=1").size == QSize(352, 288));
    // video.max_resolution caps what the level allows.
    CHECK(videoSendFormat("H264", "profile-level-id=42e01f", 1).size == QSize(640, 480));
    CHECK(videoSendFormat("H264", "profile-level-id=42e01f", 0).size == QSize(352, 288));
}
