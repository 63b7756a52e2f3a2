#include "FrameBudget.h"

namespace vidi::media {

namespace {
constexpr qint64 kBurstMs = 500; // the bucket holds half a second at the target rate
}

void FrameBudget::attach(GstPad *encoderInput, GstPad *encoderOutput, int kbps) {
    m_kbps = kbps;
    m_bits = qint64(kbps) * kBurstMs; // kbit/s × ms = bits
    m_lastFillUs = g_get_monotonic_time();
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

GstPadProbeReturn FrameBudget::onPicture(GstPad *, GstPadProbeInfo *, gpointer self) {
    auto *b = static_cast<FrameBudget *>(self);
    b->refill();
    if (b->m_bits.load() >= 0)
        return GST_PAD_PROBE_OK;
    ++b->m_dropped;
    return GST_PAD_PROBE_DROP;
}

GstPadProbeReturn FrameBudget::onEncoded(GstPad *, GstPadProbeInfo *info, gpointer self) {
    auto *b = static_cast<FrameBudget *>(self);
    b->m_bits -= qint64(gst_buffer_get_size(GST_PAD_PROBE_INFO_BUFFER(info))) * 8;
    return GST_PAD_PROBE_OK;
}

} // namespace vidi::media
