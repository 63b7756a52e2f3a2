#pragma once
#include <QtGlobal>

namespace vidi::media {

// Notices when the far end's pictures cannot be decoded: its packets arrive, yet no picture
// comes out of the decoder, because the key frame they depend on never reached it (sent
// while our receiving was paused for a hold, or before our pipeline was up at the start of
// the call). The far end would send one only at its next periodic key frame, seconds away;
// asked (RFC 5168 picture_fast_update), it sends one at once.
class KeyFrameWatch {
public:
    static constexpr qint64 kStalledMs = 400; // packets without a picture for this long…
    static constexpr qint64 kRepeatMs = 1000; // …ask, and again after this if still so

    // Called every ~100-250 ms with the far end's packets received and pictures decoded so
    // far; true: ask for a key frame now.
    bool shouldAsk(quint64 packets, quint64 pictures, bool receiving, qint64 nowMs) {
        const bool newPackets = packets != m_packets;
        m_packets = packets;
        if (!receiving || pictures != m_pictures) {
            m_pictures = pictures;
            m_stalledSince = -1;
            return false;
        }
        if (!newPackets)
            return false; // nothing arrives (the far end holds us): nothing to decode
        if (m_stalledSince < 0)
            m_stalledSince = nowMs;
        if (nowMs - m_stalledSince < kStalledMs ||
            (m_askedAt >= 0 && nowMs - m_askedAt < kRepeatMs))
            return false;
        m_askedAt = nowMs;
        return true;
    }

private:
    quint64 m_packets = 0;
    quint64 m_pictures = 0;
    qint64 m_stalledSince = -1;
    qint64 m_askedAt = -1;
};

} // namespace vidi::media
