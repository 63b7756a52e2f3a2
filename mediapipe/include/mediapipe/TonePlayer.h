#pragma once
#include <QObject>
#include <QTimer>
#include <memory>

namespace vidi::media {

// Call-progress tones and the ring played locally through the platform's speaker.
class TonePlayer : public QObject {
    Q_OBJECT
public:
    enum class Tone { None, Dial, Ringback, Ring, Busy, CallWaiting };
    Q_ENUM(Tone)

    explicit TonePlayer(QObject *parent = nullptr);
    ~TonePlayer() override;

    void setSink(const QString &sinkDescription) { m_sink = sinkDescription; }
    // The ring's own output (the platform's ringer); call-progress tones use setSink()'s.
    void setRingerSink(const QString &sinkDescription) { m_ringerSink = sinkDescription; }
    // `ring` chooses the ring (Tone::Ring only): "Ring1.wav".."Ring8.wav", the built-in ring
    // tones (seed: Resource:RingN.wav), or the path of an audio file (a distinctive ring
    // downloaded from an Alert-Info URL), played in a loop.
    void play(Tone tone, const QString &ring = {});
    void stop() { play(Tone::None); }
    Tone current() const { return m_tone; }
    QString currentRing() const { return m_tone == Tone::Ring ? m_ring : QString(); }
    // 1..8 for "RingN.wav", 0 for anything else.
    static int builtInRing(const QString &ring);

private:
    void setAudible(bool on);
    void playFile(const QString &path);
    void onEndOfStream();

    Tone m_tone = Tone::None;
    QString m_ring;
    int m_variant = 0; // index into the built-in ring tones while one plays
    unsigned m_busWatch = 0;
    QString m_sink = QStringLiteral("fakesink sync=true");
    QString m_ringerSink = QStringLiteral("fakesink sync=true");
    void *m_pipeline = nullptr; // GstElement*
    QTimer m_cadence;
    bool m_audible = false;
};

} // namespace vidi::media
