#pragma once
#include <QtGlobal>
#include <atomic>
#include <gst/gst.h>

namespace vidi::media {

// Keeps an encoder without frame skipping of its own (FFmpeg's H.263 and MPEG-4: their rate
// control cannot go below what their coarsest quantizer makes, 7 Mbit/s of a noisy picture
// for a 384 kbit/s target) to its rate: a token bucket filled at the target rate and emptied
// by what the encoder puts out; while it is empty the camera's pictures are dropped before
// the encoder, so the frame rate falls instead of the bandwidth being exceeded.
class FrameBudget {
public:
    // `encoderInput`: raw pictures into the encoder; `encoderOutput`: what it makes of them.
    void attach(GstPad *encoderInput, GstPad *encoderOutput, int kbps);
    void setRate(int kbps) { m_kbps = kbps; }
    quint64 picturesDropped() const { return m_dropped.load(); }

private:
    static GstPadProbeReturn onPicture(GstPad *, GstPadProbeInfo *info, gpointer self);
    static GstPadProbeReturn onEncoded(GstPad *, GstPadProbeInfo *info, gpointer self);
    void refill();

    std::atomic<int> m_kbps{0};
    std::atomic<qint64> m_bits{0}; // tokens; negative: over budget
    std::atomic<qint64> m_lastFillUs{0};
    std::atomic<quint64> m_dropped{0};
};

} // namespace vidi::media
