#pragma once
#include <atomic>
#include <gst/gst.h>

namespace vidi::media {

// In-band DTMF (account.x.dtmf.type = 0): while a key is held, the two tones of its row and
// column (ITU-T Q.23) take the place of the microphone's samples, written into the stream
// from a probe on the microphone's pad. Sample-exact: the tone lasts as long as the press,
// with nothing to mix and no latency of its own.
class InbandDtmf {
public:
    InbandDtmf() = default;
    InbandDtmf(const InbandDtmf &) = delete;
    InbandDtmf &operator=(const InbandDtmf &) = delete;

    // `pad` carries 16-bit mono audio (the microphone after its volume element).
    void attach(GstPad *pad);
    // `event` 0-9, 10 '*', 11 '#', 12-15 A-D (RFC 4733 numbering).
    void start(int event) { m_event = event; }
    void stop() { m_event = -1; }
    bool isSounding() const { return m_event >= 0; }

private:
    static GstPadProbeReturn onBuffer(GstPad *pad, GstPadProbeInfo *info, gpointer self);
    void write(GstBuffer *buffer, int rate);

    std::atomic<int> m_event{-1};
    double m_lowPhase = 0, m_highPhase = 0; // streaming thread only
};

} // namespace vidi::media
