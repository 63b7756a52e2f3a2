#pragma once
#include <QString>

namespace vidi::media {

// Acoustic echo cancellation for hands-free (seed 000: "full-duplex hands-free with AEC"):
// webrtcdsp on the microphone, fed by a webrtcechoprobe just before the loudspeaker with what
// is being played, subtracts that from what the microphone hears; its noise suppression and
// gain control come with it. The dsp finds its probe by element name across the process, so
// each pipeline gets a name of its own.
class EchoCanceller {
public:
    EchoCanceller();
    // Goes between the microphone (once converted to raw audio at the stream's rate) and the
    // encoder: "webrtcdsp … ! ".
    QString microphoneStage() const;
    // Goes right before the loudspeaker: "webrtcechoprobe … ! ".
    QString speakerStage() const;
    // Whether webrtcdsp and webrtcechoprobe are installed (gstreamer1.0-plugins-bad).
    static bool available();

private:
    QString m_probe;
};

} // namespace vidi::media
