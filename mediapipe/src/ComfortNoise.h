#pragma once
#include <QString>
#include <atomic>
#include <gst/gst.h>
#include <optional>

namespace vidi::media {

// RFC 3389 comfort noise, both ways, when the call negotiated CN (a=rtpmap:13 CN/8000).
//
// Sending (voice.vad): a voice activity detector listens to the microphone; while it hears
// only background noise no audio packets go out, but a CN packet carrying the noise's level
// starts the silence and repeats once a second (RFC 3389 §4: SID updates), and the first
// audio packet after it carries the marker bit (RFC 3551 §4.1). Sequence numbers stay
// contiguous, so the far end counts no loss.
//
// Receiving (voice.cng): the CN packets' level drives a white-noise source mixed into what
// the loudspeaker plays, until audio packets come again; without it the silence is dead.

// Levels in -dBov (RFC 3389 §3: 0 … 127; 127 is digital silence) against full scale.
int levelOfSamples(const qint16 *samples, int count);
// The level and length of a block of audio.
struct BlockLevel {
    int minusDbov = 127;
    int ms = 0;
};

// The level of each buffer of S16 mono audio crossing a pad, handed to `callback` on the
// streaming thread (nullopt for other formats). The format comes from the pad's caps events,
// read once each, not for every buffer.
class LevelTap {
public:
    using Callback = void (*)(void *owner, std::optional<BlockLevel> level);
    void attach(GstPad *pad, Callback callback, void *owner);

private:
    static GstPadProbeReturn onData(GstPad *, GstPadProbeInfo *info, gpointer self);
    void readFormat(GstCaps *caps);

    std::atomic<int> m_rate{0}; // of S16 mono audio; 0: another format, or none yet
    Callback m_callback = nullptr;
    void *m_owner = nullptr;
};
// The amplitude of uniform white noise (audiotestsrc wave=white-noise volume) whose level is
// `minusDbov`.
double whiteNoiseVolume(int minusDbov);

// Speech or background, per block of samples: an energy detector over a tracked noise
// floor, with a hangover so that word endings and short pauses are sent.
class VoiceActivityDetector {
public:
    // Returns whether the block (its level in -dBov, `ms` long) is to be sent as speech.
    bool isSpeech(int minusDbov, int ms);
    // The background's level while silent, -dBov.
    int backgroundLevel() const { return m_background; }

private:
    // dBov: falls at once to the quietest block, rises slowly. It starts at the quietest level
    // that can be speech, so that a call's first words are sent.
    double m_floor = -60;
    int m_hangoverMs = 0;
    int m_background = 127;
};

class SilenceSuppressor {
public:
    // `microphone`: raw S16 audio as encoded; `payloaderOutput`: the RTP packets of it.
    void attach(GstPad *microphone, GstPad *payloaderOutput, int cnPayloadType);
    quint64 comfortNoiseSent() const { return m_sent.load(); }

private:
    static void onLevel(void *self, std::optional<BlockLevel> level);
    static GstPadProbeReturn onRtp(GstPad *, GstPadProbeInfo *info, gpointer self);
    GstPadProbeReturn rewrite(GstPadProbeInfo *info);

    int m_payloadType = 13;
    LevelTap m_microphone;
    VoiceActivityDetector m_detector; // the microphone's streaming thread
    std::atomic<bool> m_silent{false};
    std::atomic<int> m_level{127};
    std::atomic<quint64> m_sent{0};
    // The payloader's streaming thread:
    bool m_inSilence = false;
    quint16 m_dropped = 0;         // packets withheld so far: later ones are renumbered
    guint32 m_lastCnTimestamp = 0; // RTP clock
    int m_clockRate = 8000;
};

class ComfortNoisePlayer {
public:
    // The receive chain's tail: decoded audio at `rate` into a mixer that also takes the noise
    // source, converted for the sink ("… ! <stage> <sink>"); a launch fragment.
    static QString mixerStage(int rate);
    // Finds the noise source in the running pipeline and watches the received audio packets
    // (`voicePackets`, RTP after the jitter buffer) for the end of a silence.
    void attach(GstElement *pipeline, GstPad *voicePackets);
    // A CN stream's pad of rtpbin: its packets set the noise level.
    void linkComfortNoise(GstPad *pad, GstElement *pipeline);
    quint64 comfortNoiseReceived() const { return m_received.load(); }

private:
    static GstPadProbeReturn onCn(GstPad *, GstPadProbeInfo *info, gpointer self);
    static GstPadProbeReturn onVoice(GstPad *, GstPadProbeInfo *info, gpointer self);
    void setNoise(double volume);

    GstElement *m_noise = nullptr; // owned by the pipeline
    std::atomic<bool> m_playing{false};
    std::atomic<quint64> m_received{0};
};

// A CN stream's pad when nobody plays comfort noise: its packets are dropped.
void discardComfortNoise(GstPad *pad, GstElement *pipeline);

} // namespace vidi::media
