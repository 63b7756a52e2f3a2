#include "calls/AudioCodecs.h"
#include "config/ConfigStore.h"
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace vidi::app;

namespace {
QList<int> payloadTypes(const QList<vidi::sip::PayloadFormat> &formats) {
    QList<int> pts;
    for (const auto &f : formats)
        pts << f.payloadType;
    return pts;
}
const QStringList kAll = {"PCMU", "PCMA", "G729", "G722"};
} // namespace

TEST_CASE("codec table: the seed's default offer (§7.1)", "[codecs]") {
    QTemporaryDir dir;
    ConfigStore config(dir.path());
    const auto formats = offeredAudioFormats(config, 1, kAll);
    CHECK(payloadTypes(formats) == QList<int>{0, 8, 18, 9});
    CHECK(formats[2].fmtp == "annexb=no");
    CHECK(formats[3].encoding == "G722");
    CHECK(formats[3].clockRate == 8000); // RFC 3551: G.722's RTP clock
    // What the media engine cannot carry is not offered.
    CHECK(payloadTypes(offeredAudioFormats(config, 1, {"PCMU", "PCMA", "G722"})) ==
          QList<int>{0, 8, 9});
}

TEST_CASE("codec table: priority, enable and payload type per account", "[codecs]") {
    QTemporaryDir dir;
    ConfigStore config(dir.path());
    // Seed scenario 5: G.722 first, PCMU after G.729; PCMA off on account 2 only.
    config.applyCfg("#!version:1.0.0.1\n"
                    "account.1.codec.6.priority = 1\n"
                    "account.1.codec.1.priority = 4\n"
                    "account.2.codec.2.enable = 0\n"
                    "account.3.codec.6.rtpmap = 109\n",
                    "test.cfg");
    CHECK(payloadTypes(offeredAudioFormats(config, 1, kAll)) == QList<int>{9, 8, 18, 0});
    CHECK(payloadTypes(offeredAudioFormats(config, 2, kAll)) == QList<int>{0, 18, 9});
    CHECK(payloadTypes(offeredAudioFormats(config, 3, kAll)) == QList<int>{0, 8, 18, 109});
    CHECK(config.intValue("account.1.ptime") == 20);
}

TEST_CASE("video codec table: the seed's offer, priorities and what is installed (§7.2)",
          "[codecs][video]") {
    QTemporaryDir dir;
    ConfigStore config(dir.path());
    const QStringList installed = {"H264", "H263", "MP4V-ES"};
    const auto formats = offeredVideoFormats(config, 1, installed);
    REQUIRE(payloadTypes(formats) == QList<int>{99, 34, 102});
    CHECK(formats[0].fmtp == "profile-level-id=42800D; packetization-mode=0; max-mbps=11880");
    CHECK(formats[1].fmtp == "CIF=1; QCIF=1");
    CHECK(formats[2].encoding == "mp4v-es");
    CHECK(formats[2].clockRate == 90000);
    config.applyCfg("#!version:1.0.0.1\n"
                    "account.1.video_codec.2.priority = 1\n"
                    "account.1.video_codec.1.priority = 2\n"
                    "account.1.video_codec.3.enable = 0\n",
                    "test.cfg");
    CHECK(payloadTypes(offeredVideoFormats(config, 1, installed)) == QList<int>{34, 99});
    CHECK(payloadTypes(offeredVideoFormats(config, 1, {"H264"})) == QList<int>{99});
    CHECK(offeredVideoFormats(config, 1, {}).isEmpty());
}

TEST_CASE("video codec table: H.263+ (RFC 4629) is row 4, offered once turned on",
          "[codecs][video]") {
    QTemporaryDir dir;
    ConfigStore config(dir.path());
    const QStringList installed = {"H264", "H263", "H263-1998", "MP4V-ES"};
    // Off by default: the seed's offer is unchanged.
    CHECK(payloadTypes(offeredVideoFormats(config, 1, installed)) == QList<int>{99, 34, 102});
    config.applyCfg("#!version:1.0.0.1\n"
                    "account.1.video_codec.4.enable = 1\n"
                    "account.1.video_codec.4.priority = 2\n",
                    "test.cfg");
    const auto formats = offeredVideoFormats(config, 1, installed);
    REQUIRE(payloadTypes(formats) == QList<int>{99, 34, 100, 102});
    CHECK(formats[2].encoding == "H263-1998");
    CHECK(formats[2].clockRate == 90000);
    CHECK(formats[2].fmtp == "CIF=1;QCIF=1");
}

TEST_CASE("codec table: the two G.723.1 rows share payload type 4", "[codecs]") {
    QTemporaryDir dir;
    ConfigStore config(dir.path());
    // Seed §7.1: G723_53 (row 3) and G723_63 (row 4), both off by default, both rtpmap 4.
    config.applyCfg("#!version:1.0.0.1\n"
                    "account.1.codec.3.enable = 1\n"
                    "account.1.codec.4.enable = 1\n"
                    "account.1.codec.4.priority = 1\n"
                    "account.1.codec.1.priority = 2\n"
                    "account.1.codec.2.priority = 2\n",
                    "test.cfg");
    const QStringList installed = kAll + QStringList{"G723"};
    const auto formats = offeredAudioFormats(config, 1, installed);
    CHECK(payloadTypes(formats) == QList<int>{4, 0, 8, 18, 9});
    CHECK(formats[0].encoding == "G723");
    CHECK(formats[0].clockRate == 8000);
    // Not installed, not offered.
    CHECK(payloadTypes(offeredAudioFormats(config, 1, kAll)) == QList<int>{0, 8, 18, 9});
}
