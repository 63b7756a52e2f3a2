#include "RtcpXr.h"

#include <algorithm>
#include <cmath>

namespace vidi::media {

namespace {
constexpr quint8 kXrPacketType = 207;
constexpr quint8 kVoipMetricsBlock = 7;
constexpr quint8 kUnavailable = 127; // RFC 3611 §4.7.4-5: a level or rating not measured

void put16(QByteArray &out, int value) {
    const quint16 v = quint16(std::clamp(value, 0, 0xffff));
    out.append(char(v >> 8)).append(char(v & 0xff));
}
void put32(QByteArray &out, quint32 v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xff));
}
// A share (0 … 100 %) as RFC 3611's fixed point: the fraction × 256, at most 255.
quint8 fraction(double percent) {
    return quint8(std::clamp(int(std::lround(percent * 2.56)), 0, 255));
}
} // namespace

QByteArray voipMetricsPacket(quint32 senderSsrc, const VoipMetrics &m) {
    QByteArray block;
    block.append(char(kVoipMetricsBlock)).append('\0');
    put16(block, 8); // block length: 36 bytes, in 32-bit words minus one
    put32(block, m.sourceSsrc);
    // Loss, discard, and burst/gap densities (§4.7.1-2): loss is not split into bursts and
    // gaps here, so all of it counts as gap loss and the burst metrics are zero.
    block.append(char(fraction(m.lossPercent)))
        .append(char(fraction(m.discardPercent)))
        .append('\0')
        .append(char(fraction(m.lossPercent)));
    put16(block, 0); // burst duration
    put16(block, 0); // gap duration
    put16(block, m.roundTripMs);
    put16(block, m.endSystemDelayMs);
    // Signal, noise and residual echo return loss are not measured; Gmin is the usual 16.
    block.append(char(kUnavailable)).append(char(kUnavailable)).append(char(kUnavailable));
    block.append(char(16));
    block.append(char(std::clamp(int(std::lround(m.rFactor)), 0, 100)));
    block.append(char(kUnavailable)); // external R factor
    block.append(char(std::clamp(int(std::lround(m.mosListening * 10)), 10, 50)));
    block.append(char(std::clamp(int(std::lround(m.mosConversational * 10)), 10, 50)));
    // RX config (§4.7.6): PLC standard (11), jitter buffer adaptive (11), rate 0.
    block.append(char(0xf0)).append('\0');
    put16(block, m.jitterBufferMs);
    put16(block, m.jitterBufferMaxMs);
    put16(block, m.jitterBufferAbsMaxMs);

    QByteArray packet;
    packet.append(char(0x80)).append(char(kXrPacketType));
    put16(packet, int((8 + block.size()) / 4 - 1));
    put32(packet, senderSsrc);
    return packet + block;
}

namespace {
using MetricsSource = std::function<std::optional<VoipMetrics>()>;

gboolean addReport(GObject *session, GstBuffer *buffer, gboolean /*early*/, gpointer data) {
    const auto &source = *static_cast<MetricsSource *>(data);
    const std::optional<VoipMetrics> metrics = source();
    if (!metrics || !gst_buffer_is_writable(buffer) || gst_buffer_get_size(buffer) == 0)
        return FALSE;
    guint ssrc = 0;
    g_object_get(session, "internal-ssrc", &ssrc, nullptr);
    const QByteArray packet = voipMetricsPacket(ssrc, *metrics);
    const gsize size = gsize(packet.size());
    gpointer bytes = g_memdup2(packet.constData(), size);
    gst_buffer_append_memory(
        buffer, gst_memory_new_wrapped(GstMemoryFlags(0), bytes, size, 0, size, bytes, g_free));
    return FALSE; // ours never needs the packet sent when it would be suppressed
}
} // namespace

void attachVoipMetrics(GstElement *rtpbin, std::function<std::optional<VoipMetrics>()> metrics) {
    GObject *session = nullptr;
    g_signal_emit_by_name(rtpbin, "get-internal-session", 0u, &session);
    if (!session)
        return;
    g_signal_connect_data(
        session, "on-sending-rtcp", G_CALLBACK(&addReport), new MetricsSource(std::move(metrics)),
        [](gpointer data, GClosure *) { delete static_cast<MetricsSource *>(data); },
        GConnectFlags(0));
    g_object_unref(session);
}

} // namespace vidi::media
