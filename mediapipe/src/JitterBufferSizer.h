#pragma once
#include <QtGlobal>

namespace vidi::media {

// Sizes a call's jitter buffer from the interarrival jitter the far end's stream shows
// (RFC 3550 §6.4.1, read from RTCP statistics every couple of seconds): enough to absorb three
// times the jitter plus one packet, never below the configured floor (40 ms on a LAN) nor
// above 200 ms. It grows at once when the network gets worse and shrinks 10 ms at a time once
// it calms down, so that one quiet moment does not bring the glitches back.
class JitterBufferSizer {
public:
    JitterBufferSizer(int floorMs, int packetMs)
        : m_floor(floorMs)
        , m_packet(packetMs)
        , m_current(floorMs) {}

    static constexpr int kCeilingMs = 200;
    static constexpr int kStepMs = 10;

    int current() const { return m_current; }
    int packetMs() const { return m_packet; }
    // The size after a jitter measurement; changed only by whole steps.
    int update(double jitterMs) {
        const int wanted = qBound(
            m_floor, int(3 * jitterMs + m_packet + kStepMs - 1) / kStepMs * kStepMs, kCeilingMs);
        if (wanted > m_current)
            m_current = wanted;
        else if (wanted < m_current)
            m_current = qMax(wanted, m_current - kStepMs);
        return m_current;
    }

private:
    int m_floor;
    int m_packet;
    int m_current;
};

} // namespace vidi::media
