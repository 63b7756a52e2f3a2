// RFC 3389 comfort noise (issue 4; voice.vad, voice.cng): Alice talks in bursts over a quiet
// office background. While she is silent her phone sends CN packets instead of audio, with
// contiguous sequence numbers; Bob hears noise at her background's level, not dead air.
#include "../../mediapipe/src/ComfortNoise.h"
#include "AudioRecording.h"
#include "MediaTestSupport.h"
#include "mediapipe/Media.h"
#include "mediapipe/MediaSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

using namespace vidi::media;

namespace {

// A talker: 0.4 s of a 1 kHz tone every 1.6 s, over white noise at about -55 dBov (volume
// 0.003: RMS 0.0017). The mixer waits up to 200 ms for its sources: on a loaded machine it
// otherwise times out and makes silence of the talk.
const QString kTalker = QStringLiteral(
    "audiotestsrc is-live=true samplesperbuffer=160 wave=ticks freq=1000 volume=0.5 "
    "tick-interval=1600000000 sine-periods-per-tick=400 ! mix. "
    "audiotestsrc is-live=true samplesperbuffer=160 wave=white-noise volume=0.003 ! mix. "
    "audiomixer name=mix latency=200000000");

struct Call {
    MediaStats alice, bob;
    std::vector<int> silentLevels; // -dBov of Bob's 100 ms windows between Alice's bursts
    int spokenWindows = 0;         // of those windows, the ones that carry her tone
};

Call talkWithPauses(bool bobPlaysComfortNoise) {
    initMedia();
    AudioRecording recording;
    MediaSession alice, bob;
    REQUIRE(alice.allocatePorts(PortRange{41000, 41499}));
    REQUIRE(bob.allocatePorts(PortRange{41500, 41999}));
    StreamParams toBob;
    toBob.remoteAddress = QStringLiteral("127.0.0.1");
    toBob.remotePort = bob.localRtpPort();
    toBob.encoding = QStringLiteral("PCMU");
    toBob.comfortNoisePayloadType = 13;
    toBob.telephoneEventPayloadType = 101;
    toBob.sendComfortNoise = true;
    StreamParams toAlice = toBob;
    toAlice.remotePort = alice.localRtpPort();
    toAlice.sendComfortNoise = false;
    toAlice.playComfortNoise = bobPlaysComfortNoise;
    const AudioDevices talker{kTalker, QStringLiteral("fakesink sync=false")};
    const AudioDevices recorder{
        QStringLiteral("audiotestsrc is-live=true samplesperbuffer=160 volume=0.5"),
        recording.sink()};
    REQUIRE(bob.start(toAlice, recorder));
    REQUIRE(alice.start(toBob, talker));
    runFor(6500);
    Call call;
    call.alice = alice.stats();
    call.bob = bob.stats();
    bob.stop();
    alice.stop();

    const std::vector<qint16> heard = recording.samples();
    const qint16 *samples = heard.data();
    const int count = int(heard.size());
    // After the first second, 100 ms windows: those well below the tone are the pauses.
    for (int start = 8000; start + 800 <= count; start += 800) {
        const int level = levelOfSamples(samples + start, 800);
        if (level > 30)
            call.silentLevels.push_back(level);
        else if (level < 20)
            ++call.spokenWindows;
    }
    return call;
}

int median(std::vector<int> values) {
    REQUIRE_FALSE(values.empty());
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

TEST_CASE("Comfort noise: levels in -dBov, and the noise that has them", "[cn]") {
    std::vector<qint16> full(160, 32767), quiet(160, 0);
    CHECK(levelOfSamples(full.data(), 160) == 0);
    CHECK(levelOfSamples(quiet.data(), 160) == 127);
    std::fill(quiet.begin(), quiet.end(), qint16(33)); // 0.001 of full scale: -60 dBov
    CHECK(levelOfSamples(quiet.data(), 160) == 60);
    CHECK(whiteNoiseVolume(127) == 0);
    CHECK(whiteNoiseVolume(0) == 1.0);
    CHECK(whiteNoiseVolume(60) == Approx(0.001 * std::sqrt(3.0)));
}

TEST_CASE("Comfort noise: the detector tells speech from the background", "[cn]") {
    VoiceActivityDetector vad;
    CHECK(vad.isSpeech(10, 20)); // the first words of a call
    bool heardSpeech = false;
    for (int i = 0; i < 50; ++i) // a second of office background, after the hangover
        heardSpeech = vad.isSpeech(55, 20) && i > 15;
    CHECK_FALSE(heardSpeech);
    CHECK(vad.backgroundLevel() == 55);
    CHECK(vad.isSpeech(12, 20)); // a word
    CHECK(vad.isSpeech(55, 20)); // its ending: the hangover
    for (int i = 0; i < 20; ++i)
        vad.isSpeech(55, 20);
    CHECK_FALSE(vad.isSpeech(55, 20));
    // Digital silence is never speech.
    VoiceActivityDetector quiet;
    CHECK_FALSE(quiet.isSpeech(127, 20));
    CHECK_FALSE(quiet.isSpeech(75, 20)); // quieter than -60 dBov
    // A microphone that starts with (or is muted to) digital silence: the office background
    // that follows is still background, not speech (seen in the phone-to-phone test: the
    // floor had followed the zeros down and every pause went out as speech).
    VoiceActivityDetector starting;
    for (int i = 0; i < 10; ++i)
        starting.isSpeech(127, 20);
    starting.isSpeech(55, 20);
    CHECK_FALSE(starting.isSpeech(55, 20));
    CHECK(starting.backgroundLevel() == 55);
}

TEST_CASE("Comfort noise: pauses go as CN, heard as noise at the talker's level", "[cn][media]") {
    const Call call = talkWithPauses(true);
    INFO("Alice sent " << call.alice.packetsSent << " packets, " << call.alice.comfortNoiseSent
                       << " CN; Bob received " << call.bob.packetsReceived << ", "
                       << call.bob.comfortNoiseReceived << " CN, lost " << call.bob.packetsLost);
    // 6.5 s at 50 packets a second would be 325; talking a quarter of the time, far fewer.
    CHECK(call.alice.packetsSent < 200);
    CHECK(call.alice.comfortNoiseSent >= 4); // each pause begins with one
    CHECK(call.bob.comfortNoiseReceived >= 4);
    CHECK(call.bob.packetsLost == 0); // the sequence numbers run on through the pauses
    const int level = median(call.silentLevels);
    INFO("Bob hears the pauses at -" << level << " dBov and " << call.spokenWindows
                                     << " windows of 100 ms of her words");
    // 0.4 s of each 1.6 s is talk: about 14 of the 55 windows (the tone's edges share theirs).
    CHECK(call.spokenWindows >= 10);
    CHECK(level >= 50);
    CHECK(level <= 60);
}

TEST_CASE("Comfort noise: with voice.cng off the pauses are silent", "[cn][media]") {
    const Call call = talkWithPauses(false);
    CHECK(call.bob.comfortNoiseReceived == 0);
    CHECK(median(call.silentLevels) >= 100);
}
