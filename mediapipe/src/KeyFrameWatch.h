#pragma once
#include <QtGlobal>

namespace vidi::media {

// Notices when the far end's pictures need a key frame, to ask for one (RFC 5168
// picture_fast_update) rather than wait for its next periodic one, seconds away:
// - its packets arrive, yet no picture comes out of the decoder, because the key frame they
//   depend on never reached it (sent while our receiving was paused for a hold, or before
//   our pipeline was up at the start of the call);
// - packets were lost: the decoder patches the hole from the previous picture, and the
//   smear it leaves spreads with motion until a key frame (Polycom, Cisco and Yealink phones
//   ask on loss too). At most once a second, so a lossy path is not flooded with key frames.
class KeyFrameWatch {
public:
    static constexpr qint64 kStalledMs = 400; // packets without a picture for this long
    static constexpr qint64 kRepeatMs = 1000; // between two requests

    enum class Need { Nothing, NoPicture, LostPackets };

    // Called every ~100-250 ms with the far end's packets received, packets lost and pictures
    // decoded so far.
    Need check(quint64 packets, quint64 lost, quint64 pictures, bool receiving, qint64 nowMs) {
        const bool newPackets = packets != m_packets;
        const bool newLoss = lost != m_lost;
        m_packets = packets;
        m_lost = lost;
        const bool progress = pictures != m_pictures;
        m_pictures = pictures;
        if (!receiving || progress)
            m_stalledSince = -1;
        else if (newPackets && m_stalledSince < 0)
            m_stalledSince = nowMs;
        if (!receiving || (m_askedAt >= 0 && nowMs - m_askedAt < kRepeatMs))
            return Need::Nothing;
        Need need = Need::Nothing;
        if (m_stalledSince >= 0 && newPackets && nowMs - m_stalledSince >= kStalledMs)
            need = Need::NoPicture;
        else if (newLoss && pictures > 0)
            need = Need::LostPackets;
        if (need != Need::Nothing)
            m_askedAt = nowMs;
        return need;
    }

private:
    quint64 m_packets = 0;
    quint64 m_lost = 0;
    quint64 m_pictures = 0;
    qint64 m_stalledSince = -1;
    qint64 m_askedAt = -1;
};

} // namespace vidi::media
