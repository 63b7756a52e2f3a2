#pragma once
#include <QMutex>
#include <QtGlobal>
#include <atomic>
#include <deque>
#include <gst/gst.h>

namespace vidi::media {

// Keeps an encoder without frame skipping of its own (FFmpeg's H.263 and MPEG-4: their rate
// control cannot go below what their coarsest quantizer makes, 7 Mbit/s of a noisy picture
// for a 384 kbit/s target) to its rate: a token bucket filled at the target rate and emptied
// by what the encoder puts out; while it is empty the camera's pictures are dropped before
// the encoder, so the frame rate falls instead of the bandwidth being exceeded.
//
// It also gives the encoded pictures back their timestamps where FFmpeg lost them: the
// MPEG-4 encoder (gst-libav 1.22 with Debian's FFmpeg) stamps every picture 2^63 ns, so
// rtpmp4vpay sent every picture with the same RTP timestamp (RFC 6416 §5.1 wants each
// VOP's own). These encoders make one picture of each input, in order (no B-frames): the
// timestamps of the pictures let through are handed, in order, to what comes out.
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
    GstClockTime inOutputSegment(GstClockTime inputPts, GstPad *output) const;

    std::atomic<int> m_kbps{0};
    std::atomic<qint64> m_bits{0}; // tokens; negative: over budget
    std::atomic<qint64> m_lastFillUs{0};
    std::atomic<quint64> m_dropped{0};
    GstPad *m_input = nullptr;
    QMutex m_stampsLock;
    std::deque<GstClockTime> m_stamps; // of the pictures let through, not yet encoded
};

} // namespace vidi::media
