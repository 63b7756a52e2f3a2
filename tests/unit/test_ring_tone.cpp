#include "calls/RingToneChoice.h"
#include "config/ConfigStore.h"
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace vidi::app;

TEST_CASE("distinctive ring from Alert-Info (seed §5.23)", "[ring]") {
    QTemporaryDir dir;
    ConfigStore config(dir.path());
    config.applyCfg("#!version:1.0.0.1\n"
                    "account.1.alert_info_url_enable = 1\n"
                    "distinctive_ring_tones.alert_info.1.text = Family\n"
                    "distinctive_ring_tones.alert_info.1.ringer = 2\n"
                    "phone_setting.ring_type = Ring5.wav\n",
                    "test.cfg");
    // Rule 1: Bellcore-drN / MyMelodyN name the ring.
    auto c = RingToneChoice::choose("<http://127.0.0.1/Bellcore-dr3>", 1, config);
    CHECK(c.ring == "Ring3.wav");
    CHECK(c.download.isEmpty());
    CHECK(RingToneChoice::choose("<http://x/MyMelody7>", 1, config).ring == "Ring7.wav");
    // Rule 2 with rule 3 as the fallback while (or if) the download fails.
    c = RingToneChoice::choose("<http://192.168.0.12:8080/ring.wav>;info=Family;x-line-id=0", 1,
                               config);
    CHECK(c.download == QUrl("http://192.168.0.12:8080/ring.wav"));
    CHECK(c.ring == "Ring2.wav");
    // Rule 4: nothing matches, the phone's own ring.
    c = RingToneChoice::choose("<urn:alert:service:normal>;info=Stranger", 1, config);
    CHECK(c.ring == "Ring5.wav");
    CHECK(c.download.isEmpty());
    // The feature is per account and off by default.
    CHECK(RingToneChoice::choose("<http://127.0.0.1/Bellcore-dr3>", 2, config).ring == "Ring5.wav");
}

TEST_CASE("the directory's ring for a caller, after the Alert-Info rules", "[ring]") {
    QTemporaryDir dir;
    ConfigStore config(dir.path());
    config.applyCfg("#!version:1.0.0.1\n"
                    "account.1.alert_info_url_enable = 1\n"
                    "phone_setting.ring_type = Ring5.wav\n",
                    "test.cfg");
    CHECK(RingToneChoice::directoryRingFile("Resource:Ring4.wav") == "Ring4.wav");
    CHECK(RingToneChoice::directoryRingFile("resource:ring4.wav") == "Ring4.wav");
    CHECK(RingToneChoice::directoryRingFile("Custom:Jingle.wav").isEmpty()); // not stored here
    CHECK(RingToneChoice::directoryRingFile("").isEmpty());                  // Auto
    CHECK(RingToneChoice::choose("", 1, config, "Resource:Ring4.wav").ring == "Ring4.wav");
    CHECK(RingToneChoice::choose("<http://x/Bellcore-dr3>", 1, config, "Resource:Ring4.wav").ring ==
          "Ring3.wav"); // the server's distinctive ring first
    CHECK(RingToneChoice::choose("<urn:x>;info=Stranger", 1, config, "Resource:Ring4.wav").ring ==
          "Ring4.wav");
    CHECK(RingToneChoice::choose("", 1, config, "Custom:Jingle.wav").ring == "Ring5.wav");
}
