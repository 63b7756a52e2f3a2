#pragma once
#include <QtGlobal>
#include <atomic>

namespace vidi::media {

// Notices when the far end's pictures need a key frame, to ask for one (RFC 5168
// picture_fast_update) rather than wait for its next periodic one, seconds away:
// - its packets arrive, yet no picture comes out of the decoder, because the key frame they
//   depend on never reached it (sent while our receiving was paused for a hold, or before
//   our pipeline was up at the start of the call);
// - packets were lost: the decoder patches the hole from the previous picture, and the
//   smear it leaves spreads with motion until a key frame (Polycom, Cisco and Yealink phones
//   ask on loss too). At most once a second, so a lossy path is not flooded with key frames.
// Told of each packet and each loss in the thread that feeds the decoder (the jitter
// buffer's), as they happen: no timer.
class KeyFrameWatch {
public:
    static constexpr qint64 kStalledMs = 400; // packets without a picture for this long
    static constexpr qint64 kRepeatMs = 1000; // between two requests

    enum class Need { Nothing, NoPicture, LostPackets };

    // A packet goes to the decoder, which has made `pictures` so far.
    Need onPacket(quint64 pictures, qint64 nowMs) {
        restartIfAsked();
        if (pictures != m_pictures) {
            m_pictures = pictures;
            m_stalledSince = -1;
            return Need::Nothing;
        }
        if (m_stalledSince < 0)
            m_stalledSince = nowMs;
        return nowMs - m_stalledSince >= kStalledMs ? ask(Need::NoPicture, nowMs) : Need::Nothing;
    }
    // The jitter buffer gave up waiting for a packet.
    Need onLoss(quint64 pictures, qint64 nowMs) {
        restartIfAsked();
        // Before the first picture, the stalled decoder is what to watch.
        return pictures > 0 ? ask(Need::LostPackets, nowMs) : Need::Nothing;
    }
    // From any thread: receiving starts again after a pause (hold), when nothing arrived.
    void restart() { m_restart = true; }

private:
    Need ask(Need need, qint64 nowMs) {
        if (m_askedAt >= 0 && nowMs - m_askedAt < kRepeatMs)
            return Need::Nothing;
        m_askedAt = nowMs;
        m_stalledSince = -1;
        return need;
    }
    void restartIfAsked() {
        if (m_restart.exchange(false))
            m_stalledSince = -1;
    }

    std::atomic<bool> m_restart{false};
    quint64 m_pictures = 0;
    qint64 m_stalledSince = -1;
    qint64 m_askedAt = -1;
};

} // namespace vidi::media
