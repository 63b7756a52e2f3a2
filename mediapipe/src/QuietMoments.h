#pragma once
#include "ComfortNoise.h"
#include <QtGlobal>
#include <atomic>

#include <gst/gst.h>

namespace vidi::media {

// When the far end pauses. Changing the jitter buffer's size moves playout in time: growing
// it stops the sound for the difference (10 ms or more), shrinking it skips ahead. Done in a
// pause between words, nobody hears it — adaptive desk phones wait for one. A probe on the
// decoded audio notes when it last carried sound.
class QuietMoments {
public:
    // `decodedAudio`: the far end's audio as decoded (S16 mono); other formats count as sound.
    void attach(GstPad *decodedAudio);
    // Whether nothing louder than the threshold has played for at least `ms`.
    bool quietFor(int ms) const;

    // Quieter than -40 dBov is a pause (speech sits around -20 … -30 dBov).
    static constexpr int kQuietLevel = 40;

private:
    static void onLevel(void *self, std::optional<BlockLevel> level);
    LevelTap m_decoded;
    std::atomic<qint64> m_lastSoundMs{0}; // g_get_monotonic_time, ms
};

} // namespace vidi::media
