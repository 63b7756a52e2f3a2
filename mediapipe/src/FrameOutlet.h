#pragma once
#include <QMutex>
#include <QPointer>
#include <QSize>
#include <QVideoFrame>
#include <atomic>
#include <gst/gst.h>

QT_BEGIN_NAMESPACE
class QVideoSink;
QT_END_NAMESPACE

namespace vidi::media {

// Pictures from an appsink (I420) to a QVideoSink. GStreamer's streaming thread copies each
// picture into a QVideoFrame and posts it to the thread of `context`, which hands it to the
// sink. When the receiving thread is busy, a newer picture replaces the one still waiting:
// the display never falls behind and GStreamer never waits. Without a sink, pictures are only
// counted (and not copied).
class FrameOutlet {
public:
    explicit FrameOutlet(QObject *context);
    FrameOutlet(const FrameOutlet &) = delete;
    FrameOutlet &operator=(const FrameOutlet &) = delete;

    // Takes pictures from the appsink; the appsink must outlive nothing of ours (detach()).
    void attach(GstElement *appsink);
    void detach();
    void setSink(QVideoSink *sink); // in the context's thread
    quint64 frames() const { return m_frames.load(); }
    quint64 shown() const { return m_shown.load(); } // handed to a sink

    QSize size() const;

private:
    static GstFlowReturn onSample(GstElement *appsink, gpointer self);
    void take(GstSample *sample);
    void post(const QVideoFrame &frame);

    QObject *m_context;
    QPointer<QVideoSink> m_sink;
    std::atomic<bool> m_copying{false};
    std::atomic<quint64> m_frames{0};
    std::atomic<quint64> m_shown{0};
    std::atomic<int> m_width{0}, m_height{0};
    GstElement *m_appsink = nullptr;
    gulong m_handler = 0;
    QMutex m_lock; // m_pending, m_posted
    QVideoFrame m_pending;
    bool m_posted = false;
};

} // namespace vidi::media
