#pragma once
#include "mediapipe/StreamParams.h"
#include <QObject>
#include <memory>

namespace vidi::media {

// A local 3-way conference (seed §5.5: "the initiator mixes both RTP streams"). The phone's
// microphone and speaker belong to the bridge while it runs; each of the two calls hears the
// microphone and the other call, the speaker plays both calls (mix-minus: nobody hears
// themselves). The calls keep their own media sessions — codec, clock, jitter buffer — and
// exchange audio with the bridge through named in-process channels: a session joins with
// MediaSession::switchDevices(legDevices(leg)).
class ConferenceBridge : public QObject {
    Q_OBJECT
public:
    explicit ConferenceBridge(const AudioDevices &local, QObject *parent = nullptr);
    ~ConferenceBridge() override;

    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;
    // The audio devices of leg 0 or 1 while it is in the conference.
    AudioDevices legDevices(int leg) const;
    void setMicrophoneMuted(bool muted);

Q_SIGNALS:
    void failed(const QString &error);

private:
    std::unique_ptr<class ConferenceBridgePrivate> d;
};

} // namespace vidi::media
