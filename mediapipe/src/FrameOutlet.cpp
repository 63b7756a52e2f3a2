#include "FrameOutlet.h"

#include <QMetaObject>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <cstring>
#include <gst/app/gstappsink.h>
#include <gst/video/video.h>

namespace vidi::media {

FrameOutlet::FrameOutlet(QObject *context)
    : m_context(context) {}

void FrameOutlet::attach(GstElement *appsink) {
    detach();
    m_appsink = GST_ELEMENT(gst_object_ref(appsink));
    g_object_set(appsink, "emit-signals", TRUE, nullptr);
    m_handler = g_signal_connect(appsink, "new-sample", G_CALLBACK(&FrameOutlet::onSample), this);
    m_frames = 0;
}

void FrameOutlet::detach() {
    if (!m_appsink)
        return;
    g_signal_handler_disconnect(m_appsink, m_handler);
    gst_object_unref(m_appsink);
    m_appsink = nullptr;
}

void FrameOutlet::setSink(QVideoSink *sink) {
    m_sink = sink;
    m_copying = sink != nullptr;
}

QSize FrameOutlet::size() const {
    return {m_width.load(), m_height.load()};
}

GstFlowReturn FrameOutlet::onSample(GstElement *appsink, gpointer self) {
    GstSample *sample = gst_app_sink_pull_sample(GST_APP_SINK(appsink));
    if (!sample)
        return GST_FLOW_EOS;
    static_cast<FrameOutlet *>(self)->take(sample);
    gst_sample_unref(sample);
    return GST_FLOW_OK;
}

void FrameOutlet::take(GstSample *sample) {
    GstVideoInfo info;
    if (!gst_video_info_from_caps(&info, gst_sample_get_caps(sample)))
        return;
    m_width = GST_VIDEO_INFO_WIDTH(&info);
    m_height = GST_VIDEO_INFO_HEIGHT(&info);
    m_frames.fetch_add(1, std::memory_order_relaxed);
    if (!m_copying)
        return;
    GstVideoFrame in;
    if (!gst_video_frame_map(&in, &info, gst_sample_get_buffer(sample), GST_MAP_READ))
        return;
    QVideoFrame out(QVideoFrameFormat(QSize(m_width, m_height), QVideoFrameFormat::Format_YUV420P));
    if (out.map(QVideoFrame::WriteOnly)) {
        for (int plane = 0; plane < 3; ++plane) {
            const int rows = GST_VIDEO_FRAME_COMP_HEIGHT(&in, plane);
            const int inStride = GST_VIDEO_FRAME_PLANE_STRIDE(&in, plane);
            const int outStride = out.bytesPerLine(plane);
            const int bytes = qMin(inStride, outStride);
            const auto *from = static_cast<const uchar *>(GST_VIDEO_FRAME_PLANE_DATA(&in, plane));
            uchar *to = out.bits(plane);
            for (int row = 0; row < rows; ++row)
                std::memcpy(to + row * outStride, from + row * inStride, size_t(bytes));
        }
        out.unmap();
        post(out);
    }
    gst_video_frame_unmap(&in);
}

void FrameOutlet::post(const QVideoFrame &frame) {
    QMutexLocker lock(&m_lock);
    m_pending = frame;
    if (m_posted)
        return; // the waiting delivery takes this newer picture
    m_posted = true;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            QVideoFrame frame;
            {
                QMutexLocker lock(&m_lock);
                frame = m_pending;
                m_pending = {};
                m_posted = false;
            }
            if (m_sink) {
                m_sink->setVideoFrame(frame);
                m_shown.fetch_add(1, std::memory_order_relaxed);
            }
        },
        Qt::QueuedConnection);
}

} // namespace vidi::media
