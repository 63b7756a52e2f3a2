#include "PlayoutJumps.h"

#include <QLoggingCategory>
#include <gst/rtp/gstrtpbuffer.h>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace vidi::media {

namespace {

struct LastPacket {
    int clockRate = 8000;
    bool known = false;
    guint16 seq = 0;
    guint32 rtpTime = 0;
    GstClockTime pts = GST_CLOCK_TIME_NONE;
};

GstPadProbeReturn onPacket(GstPad *pad, GstPadProbeInfo *info, gpointer data) {
    auto *last = static_cast<LastPacket *>(data);
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    const GstClockTime pts = GST_BUFFER_PTS(buffer);
    GstRTPBuffer rtp = GST_RTP_BUFFER_INIT;
    if (!GST_CLOCK_TIME_IS_VALID(pts) || !gst_rtp_buffer_map(buffer, GST_MAP_READ, &rtp))
        return GST_PAD_PROBE_OK;
    const guint16 seq = gst_rtp_buffer_get_seq(&rtp);
    const guint32 rtpTime = gst_rtp_buffer_get_timestamp(&rtp);
    gst_rtp_buffer_unmap(&rtp);

    if (last->known && guint16(last->seq + 1) == seq && pts > last->pts) {
        // Where this packet belonged by its RTP timestamp, and where it is to play.
        const GstClockTime expected =
            last->pts + gst_util_uint64_scale_int(guint32(rtpTime - last->rtpTime), GST_SECOND,
                                                  last->clockRate);
        if (pts > expected) {
            const GstClockTime jump = pts - expected;
            if (jump >= kMinJumpMs * GST_MSECOND && jump <= kMaxJumpMs * GST_MSECOND) {
                qCDebug(lcMedia) << "jitter buffer moved playout" << jump / GST_MSECOND
                                 << "ms ahead at packet" << seq << ": concealed";
                gst_pad_push_event(pad, gst_event_new_gap(expected, jump));
            }
        }
    }
    last->known = true;
    last->seq = seq;
    last->rtpTime = rtpTime;
    last->pts = pts;
    return GST_PAD_PROBE_OK;
}

} // namespace

void concealPlayoutJumps(GstPad *jitterBufferOutput, int clockRate) {
    auto *last = new LastPacket;
    last->clockRate = clockRate > 0 ? clockRate : 8000;
    gst_pad_add_probe(jitterBufferOutput, GST_PAD_PROBE_TYPE_BUFFER, &onPacket, last,
                      [](gpointer data) { delete static_cast<LastPacket *>(data); });
}

} // namespace vidi::media
