#pragma once
#include <QtGlobal>
#include <algorithm>

namespace vidi::media {

// Adapts a video encoder's bitrate to what the path carries, from the loss the far end
// reports in its RTCP receiver reports (RFC 3550 §6.4.2): more than a tenth lost, the rate
// falls at once in proportion to the loss (as TFRC and WebRTC's loss-based controller do);
// under two in a hundred, it climbs back 8 % per report towards the negotiated maximum;
// in between it holds. Never below a floor that still carries a picture.
class BitrateController {
public:
    explicit BitrateController(int maxKbps, int floorKbps = 64)
        : m_max(maxKbps)
        , m_floor(std::min(floorKbps, maxKbps))
        , m_current(maxKbps) {}

    int current() const { return m_current; }
    int maximum() const { return m_max; }

    // The rate after a report with `lossPercent` of our packets lost.
    int update(double lossPercent) {
        if (lossPercent > 10.0)
            m_current = int(m_current * (1.0 - 0.5 * std::min(lossPercent, 100.0) / 100.0));
        else if (lossPercent < 2.0)
            m_current = int(m_current * 1.08) + 1;
        m_current = std::clamp(m_current, m_floor, m_max);
        return m_current;
    }

private:
    int m_max;
    int m_floor;
    int m_current;
};

} // namespace vidi::media
