#pragma once
#include <QObject>
#include <QPointer>

namespace vidi::media {

class MediaSession;
class VideoSession;

// Lip sync: the far end's pictures are shown with its sound. The sound waits in its jitter
// buffer (40 ms at least, more on a jittery path) and the sound card's buffer; a picture,
// shown as soon as it is decoded, would run ahead of the voice by all of that (ITU-R
// BT.1359: noticed from 45 ms of sound ahead, 125 ms of sound behind). At each RTCP report of
// the far end's (every 1-5 s), both sessions say when they play what the far end captured at
// one instant of its clock (RFC 3550 §6.4.1, sender reports), and the pictures are held back
// by the difference.
// Pictures are never shown before they are decoded; when even then they are later than the
// sound (a slow decoder), the sound is not held back: a conversation's delay matters more.
// A far end whose two reports disagree by more than kMaxHoldMs (clocks not shared) is not
// followed.
class LipSync : public QObject {
    Q_OBJECT
public:
    LipSync(MediaSession *sound, VideoSession *pictures, QObject *parent = nullptr);

    static constexpr int kMaxHoldMs = 1000;
    // Changes smaller than this are not followed (a picture shown a few ms earlier or later
    // is not seen; a moved offset makes a picture last longer or shorter once).
    static constexpr int kToleranceMs = 10;

private:
    void align();

    QPointer<MediaSession> m_sound;
    QPointer<VideoSession> m_pictures;
};

} // namespace vidi::media
