#include "PlayoutClock.h"
#include "RtcpStats.h"

#include <gst/rtp/gstrtpbuffer.h>

namespace vidi::media {

namespace {

// RFC 3550 §4: NTP's 32.32 fixed point (seconds since 1900) in nanoseconds.
qint64 ntpToNs(guint64 ntp) {
    return qint64(ntp >> 32) * GST_SECOND + qint64(((ntp & 0xffffffffu) * GST_SECOND) >> 32);
}

struct SenderReport {
    qint64 ntpNs = 0;
    guint32 rtpTime = 0;
};

// The last sender report of `ssrc`, as rtpbin's session filed it.
std::optional<SenderReport> senderReport(GstElement *rtpbin, guint32 ssrc) {
    std::optional<SenderReport> report;
    forEachSource(rtpbin, [&](const GstStructure *s) {
        guint id = 0, rtpTime = 0;
        guint64 ntp = 0;
        gboolean haveSr = FALSE;
        if (!report && gst_structure_get_uint(s, "ssrc", &id) && id == ssrc &&
            gst_structure_get_boolean(s, "have-sr", &haveSr) && haveSr &&
            gst_structure_get_uint64(s, "sr-ntptime", &ntp) &&
            gst_structure_get_uint(s, "sr-rtptime", &rtpTime) && ntp != 0)
            report = SenderReport{ntpToNs(ntp), rtpTime};
    });
    return report;
}

} // namespace

std::optional<PipelineLatency> queryLatency(GstElement *pipeline) {
    std::optional<PipelineLatency> latency;
    GstQuery *query = gst_query_new_latency();
    if (gst_element_query(pipeline, query)) {
        GstClockTime min = 0;
        gboolean live = FALSE;
        gst_query_parse_latency(query, &live, &min, nullptr);
        latency = PipelineLatency{GST_CLOCK_TIME_IS_VALID(min) ? qint64(min) : 0, bool(live)};
    }
    gst_query_unref(query);
    return latency;
}

qint64 monotonicNs(GstClock *clock, qint64 clockTime) {
    return g_get_monotonic_time() * 1000 + (clockTime - qint64(gst_clock_get_time(clock)));
}

PlayoutClock::~PlayoutClock() {
    detach();
}

void PlayoutClock::attach(GstElement *pipeline, GstPad *jitterBufferOutput, int clockRate) {
    detach();
    m_pipeline = pipeline;
    m_pad = GST_PAD(gst_object_ref(jitterBufferOutput));
    m_clockRate = clockRate > 0 ? clockRate : 8000;
    {
        std::lock_guard guard(m_lock);
        m_sample.reset();
    }
    m_wanted = true;
    m_latencyNs = -1; // not known before the first delayNs()
    m_mapper = nullptr;
    m_probe =
        gst_pad_add_probe(m_pad, GST_PAD_PROBE_TYPE_BUFFER, &PlayoutClock::onPacket, this, nullptr);
}

void PlayoutClock::detach() {
    if (m_pad) {
        gst_pad_remove_probe(m_pad, m_probe);
        gst_object_unref(m_pad);
    }
    m_pad = nullptr;
    m_probe = 0;
    m_pipeline = nullptr;
}

GstPadProbeReturn PlayoutClock::onPacket(GstPad *pad, GstPadProbeInfo *info, gpointer self) {
    auto *clock = static_cast<PlayoutClock *>(self);
    const qint64 latency = clock->m_latencyNs.load(std::memory_order_relaxed);
    if (!clock->m_wanted.load(std::memory_order_relaxed) || latency < 0)
        return GST_PAD_PROBE_OK; // one packet per delayNs() is enough; the latency first
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    GstRTPBuffer rtp = GST_RTP_BUFFER_INIT;
    if (!GST_BUFFER_PTS_IS_VALID(buffer) || !gst_rtp_buffer_map(buffer, GST_MAP_READ, &rtp))
        return GST_PAD_PROBE_OK;
    Sample sample;
    sample.ssrc = gst_rtp_buffer_get_ssrc(&rtp);
    sample.rtpTime = gst_rtp_buffer_get_timestamp(&rtp);
    gst_rtp_buffer_unmap(&rtp);

    GstEvent *segmentEvent = gst_pad_get_sticky_event(pad, GST_EVENT_SEGMENT, 0);
    if (!segmentEvent)
        return GST_PAD_PROBE_OK;
    const GstSegment *segment = nullptr;
    gst_event_parse_segment(segmentEvent, &segment);
    const GstClockTime runningTime =
        gst_segment_to_running_time(segment, GST_FORMAT_TIME, GST_BUFFER_PTS(buffer));
    gst_event_unref(segmentEvent);
    GstClock *pipelineClock = gst_element_get_clock(clock->m_pipeline);
    if (!GST_CLOCK_TIME_IS_VALID(runningTime) || !pipelineClock) {
        if (pipelineClock)
            gst_object_unref(pipelineClock);
        return GST_PAD_PROBE_OK;
    }
    // A synchronised sink plays a buffer when the pipeline's clock reads base time + running
    // time + latency; one that is not (a test's fakesink) as it comes, about now. The
    // pipeline's clock (the sound card's, say) is read against CLOCK_MONOTONIC, to compare
    // with the other stream's pipeline.
    sample.playoutNs =
        clock->m_synchronised.load(std::memory_order_relaxed)
            ? monotonicNs(pipelineClock,
                          qint64(gst_element_get_base_time(clock->m_pipeline) + runningTime) +
                              latency)
            : g_get_monotonic_time() * 1000;
    gst_object_unref(pipelineClock);
    sample.pts = GST_BUFFER_PTS(buffer);

    std::lock_guard guard(clock->m_lock);
    clock->m_sample = sample;
    clock->m_wanted = false;
    return GST_PAD_PROBE_OK;
}

std::optional<qint64> PlayoutClock::delayNs(GstElement *rtpbin) {
    if (!m_pipeline)
        return std::nullopt;
    // The latency the pipeline plays with (its jitter buffer's, which adapts, and the
    // decoder's and sink's), for the next sample; a conference leg's is the bridge's business.
    if (!m_mapper)
        if (const auto latency = queryLatency(m_pipeline)) {
            m_synchronised = latency->synchronised;
            m_latencyNs = latency->ns;
        }
    std::optional<Sample> sample;
    {
        std::lock_guard guard(m_lock);
        sample = m_sample;
    }
    m_wanted = true;
    if (!sample)
        return std::nullopt;
    if (m_mapper) {
        const auto played = m_mapper(sample->pts);
        if (!played)
            return std::nullopt;
        sample->playoutNs = *played;
    }
    const auto report = senderReport(rtpbin, sample->ssrc);
    if (!report)
        return std::nullopt;
    // The sample's own sampling instant, from the report's by their RTP timestamps
    // (a signed difference: either may be the later).
    const qint64 sinceReport = qint64(gint32(sample->rtpTime - report->rtpTime));
    const qint64 takenAt = report->ntpNs + sinceReport * qint64(GST_SECOND) / m_clockRate;
    return sample->playoutNs - takenAt;
}

} // namespace vidi::media
