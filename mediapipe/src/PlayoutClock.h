#pragma once
#include <QtGlobal>
#include <gst/gst.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <optional>

namespace vidi::media {

// What a pipeline's latency query answers (GStreamer plays a buffer at base time + running
// time + this, when a sink syncs to the clock); empty when nobody answers.
struct PipelineLatency {
    qint64 ns = 0;
    bool synchronised = false; // some sink plays by the clock
};
std::optional<PipelineLatency> queryLatency(GstElement *pipeline);

// A reading of `clock` (a pipeline's: the sound card's, the system's) as CLOCK_MONOTONIC ns,
// by reading both now.
qint64 monotonicNs(GstClock *clock, qint64 clockTime);

// When a received stream is played here, measured against the far end's own clock: the
// local time (CLOCK_MONOTONIC, ns) at which a sample is played minus the far end's wall-clock
// time (NTP, ns) at which it was taken. RFC 3550 §6.4.1: each sender report ties the
// stream's RTP timestamps to the sender's wall clock, the same clock for all of one
// sender's streams; so the difference of two streams' delays is how far apart their
// pictures and sound are played (lip sync, §6.4.1's "synchronize playback of audio and
// video"), whatever the network delay or the offset between the two ends' clocks.
//
// A probe on the jitter buffer's output samples one packet per delayNs() (its RTP timestamp and
// its playout time: pipeline base time + running time + the pipeline's latency, GStreamer's
// rule for when a synchronised sink plays a buffer, or at once when no sink is); the sender
// report comes from rtpbin's statistics.
class PlayoutClock {
public:
    PlayoutClock() = default;
    PlayoutClock(const PlayoutClock &) = delete;
    PlayoutClock &operator=(const PlayoutClock &) = delete;
    ~PlayoutClock();

    // Watches `jitterBufferOutput` (RTP packets at `clockRate`) of `pipeline`.
    void attach(GstElement *pipeline, GstPad *jitterBufferOutput, int clockRate);
    void detach();

    // From the session's thread, now and then: the delay of the latest sampled packet
    // (empty before a packet and its sender's report are in); asks for the next sample.
    std::optional<qint64> delayNs(GstElement *rtpbin);
    // When the pipeline's sink is not the loudspeaker (a conference leg's): when the sample with
    // this timestamp is played (CLOCK_MONOTONIC), or empty when not known. Reset by attach().
    using PlayoutMapper = std::function<std::optional<qint64>(GstClockTime pts)>;
    void setPlayoutMapper(PlayoutMapper mapper) {
        m_mapper = std::move(mapper);
        m_latencyNs = 0; // not the pipeline's: sample at once
    }
    // The pipeline's latency as delayNs() last found it.
    qint64 latencyNs() const { return std::max<qint64>(0, m_latencyNs); }

private:
    static GstPadProbeReturn onPacket(GstPad *pad, GstPadProbeInfo *info, gpointer self);

    struct Sample {
        guint32 ssrc = 0;
        guint32 rtpTime = 0;
        qint64 playoutNs = 0; // CLOCK_MONOTONIC
        GstClockTime pts = 0;
    };
    GstElement *m_pipeline = nullptr;
    GstPad *m_pad = nullptr;
    gulong m_probe = 0;
    int m_clockRate = 8000;
    std::atomic<bool> m_wanted{true};
    std::atomic<qint64> m_latencyNs{-1};
    std::atomic<bool> m_synchronised{true};
    PlayoutMapper m_mapper;
    std::mutex m_lock;
    std::optional<Sample> m_sample;
};

} // namespace vidi::media
