#include "FrameBudget.h"

namespace vidi::media {

namespace {
constexpr qint64 kBurstMs = 500; // the bucket holds half a second at the target rate
constexpr size_t kMaxStamps = 30;
} // namespace

void FrameBudget::attach(GstPad *encoderInput, GstPad *encoderOutput, int kbps) {
    m_kbps = kbps;
    m_bits = qint64(kbps) * kBurstMs; // kbit/s × ms = bits
    m_lastFillUs = g_get_monotonic_time();
    m_input = encoderInput; // owned by the encoder, which outlives the probes
    gst_pad_add_probe(encoderInput, GST_PAD_PROBE_TYPE_BUFFER, &FrameBudget::onPicture, this,
                      nullptr);
    gst_pad_add_probe(encoderOutput, GST_PAD_PROBE_TYPE_BUFFER, &FrameBudget::onEncoded, this,
                      nullptr);
}

void FrameBudget::refill() {
    const qint64 now = g_get_monotonic_time();
    const qint64 elapsedUs = now - m_lastFillUs.exchange(now);
    const qint64 capacity = qint64(m_kbps.load()) * kBurstMs;
    const qint64 bits = m_bits.load() + qint64(m_kbps.load()) * elapsedUs / 1000;
    m_bits = qMin(bits, capacity);
}

GstPadProbeReturn FrameBudget::onPicture(GstPad *, GstPadProbeInfo *info, gpointer self) {
    auto *b = static_cast<FrameBudget *>(self);
    b->refill();
    if (b->m_bits.load() >= 0) {
        QMutexLocker lock(&b->m_stampsLock);
        if (b->m_stamps.size() >= kMaxStamps) // an encoder that swallowed some: start afresh
            b->m_stamps.clear();
        b->m_stamps.push_back(GST_BUFFER_PTS(GST_PAD_PROBE_INFO_BUFFER(info)));
        return GST_PAD_PROBE_OK;
    }
    ++b->m_dropped;
    return GST_PAD_PROBE_DROP;
}

// `inputPts`, in the encoder's input segment, as a timestamp of its output segment.
GstClockTime FrameBudget::inOutputSegment(GstClockTime inputPts, GstPad *output) const {
    GstEvent *in = gst_pad_get_sticky_event(m_input, GST_EVENT_SEGMENT, 0);
    GstEvent *out = gst_pad_get_sticky_event(output, GST_EVENT_SEGMENT, 0);
    GstClockTime pts = GST_CLOCK_TIME_NONE;
    if (in && out) {
        const GstSegment *inSegment = nullptr, *outSegment = nullptr;
        gst_event_parse_segment(in, &inSegment);
        gst_event_parse_segment(out, &outSegment);
        const GstClockTime running =
            gst_segment_to_running_time(inSegment, GST_FORMAT_TIME, inputPts);
        if (GST_CLOCK_TIME_IS_VALID(running))
            pts = gst_segment_position_from_running_time(outSegment, GST_FORMAT_TIME, running);
    }
    if (in)
        gst_event_unref(in);
    if (out)
        gst_event_unref(out);
    return pts;
}

GstPadProbeReturn FrameBudget::onEncoded(GstPad *pad, GstPadProbeInfo *info, gpointer self) {
    auto *b = static_cast<FrameBudget *>(self);
    b->m_bits -= qint64(gst_buffer_get_size(GST_PAD_PROBE_INFO_BUFFER(info))) * 8;
    GstClockTime stamp = GST_CLOCK_TIME_NONE;
    {
        QMutexLocker lock(&b->m_stampsLock);
        if (!b->m_stamps.empty()) {
            stamp = b->m_stamps.front();
            b->m_stamps.pop_front();
        }
    }
    const GstClockTime pts = GST_BUFFER_PTS(GST_PAD_PROBE_INFO_BUFFER(info));
    const bool lost = !GST_CLOCK_TIME_IS_VALID(pts) || pts >= GstClockTime(G_MAXINT64);
    if (lost && GST_CLOCK_TIME_IS_VALID(stamp)) {
        // The picture's running time, placed in the encoder's output segment (GstVideoEncoder
        // shifts that one by 1000 hours to leave room for decoding timestamps).
        const GstClockTime restamped = b->inOutputSegment(stamp, pad);
        if (GST_CLOCK_TIME_IS_VALID(restamped)) {
            GstBuffer *buffer = gst_buffer_make_writable(GST_PAD_PROBE_INFO_BUFFER(info));
            GST_BUFFER_PTS(buffer) = restamped;
            GST_BUFFER_DTS(buffer) = restamped;
            GST_PAD_PROBE_INFO_DATA(info) = buffer;
        }
    }
    return GST_PAD_PROBE_OK;
}

} // namespace vidi::media
