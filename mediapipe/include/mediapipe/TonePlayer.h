#pragma once
#include <QObject>
#include <QTimer>
#include <memory>

namespace vidi::media {

// Call-progress tones and the ring played locally through the platform's speaker.
class TonePlayer : public QObject {
    Q_OBJECT
public:
    enum class Tone { None, Ringback, Ring, Busy, CallWaiting };
    Q_ENUM(Tone)

    explicit TonePlayer(QObject *parent = nullptr);
    ~TonePlayer() override;

    void setSink(const QString &sinkDescription) { m_sink = sinkDescription; }
    void play(Tone tone);
    void stop() { play(Tone::None); }
    Tone current() const { return m_tone; }

private:
    void setAudible(bool on);

    Tone m_tone = Tone::None;
    QString m_sink = QStringLiteral("fakesink sync=true");
    void *m_pipeline = nullptr; // GstElement*
    QTimer m_cadence;
    bool m_audible = false;
};

} // namespace vidi::media
