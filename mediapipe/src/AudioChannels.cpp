#include "AudioChannels.h"
#include "PlayoutClock.h"

#include <QHash>
#include <QString>
#include <atomic>
#include <gst/app/gstappsrc.h>
#include <mutex>

namespace vidi::media::channels {

namespace {
constexpr char kInput[] = "chin_";
constexpr char kOutput[] = "chout_";

std::mutex lock;
QHash<QString, GstElement *> inputs; // channel name -> appsrc (a reference held)

// One channel's sending end: its name and where its stream has got to in the receiving
// pipeline's running time.
struct Output {
    QString name;
    // From the sending pipeline's timestamps to the receiving one's running time (written in
    // the sending pipeline's streaming thread, read for lip sync in the control thread).
    std::atomic<GstClockTimeDiff> offset{0};
    std::atomic<bool> placed{false};
};
QHash<QString, Output *> outputs; // channel name -> its sending end (under `lock`)

// A stream is placed this far ahead of now when it (re)starts: room for the arrival jitter,
// which the mixer downstream waits for within its latency (60 ms). It is placed again when
// it falls behind now (the mixer would drop it as late) or runs further ahead than a burst of
// packets explains (a jump in the sender's timestamps: it would only add delay).
constexpr GstClockTime kLead = 20 * GST_MSECOND;
constexpr GstClockTime kMaxAhead = 200 * GST_MSECOND;

void forward(GstBuffer *buffer, Output *output) {
    GstElement *input = nullptr;
    {
        std::lock_guard<std::mutex> guard(lock);
        input = inputs.value(output->name);
        if (input)
            gst_object_ref(input);
    }
    GstClock *clock = input ? gst_element_get_clock(input) : nullptr;
    if (!clock) { // nobody listens (yet), or not running: the audio is dropped
        gst_buffer_unref(buffer);
        if (input)
            gst_object_unref(input);
        return;
    }
    // The stream is laid end to end in the receiving pipeline's time, whatever the pace the
    // packets came at, and placed again when it drifts (a pause, a clock apart).
    const GstClockTime now = gst_clock_get_time(clock) - gst_element_get_base_time(input);
    gst_object_unref(clock);
    // The sender's timestamps keep the stream's own timing (the jitter buffer's, before any
    // sink paced it), moved by one offset into this pipeline's time: a burst of packets is
    // played at the pace it was spoken, not squeezed or dropped.
    const GstClockTime pts = GST_BUFFER_PTS(buffer);
    if (!GST_CLOCK_TIME_IS_VALID(pts)) {
        gst_buffer_unref(buffer);
        gst_object_unref(input);
        return;
    }
    GstClockTimeDiff target = GstClockTimeDiff(pts) + output->offset;
    if (!output->placed || target < GstClockTimeDiff(now) ||
        target > GstClockTimeDiff(now + kMaxAhead)) {
        output->offset = GstClockTimeDiff(now + kLead) - GstClockTimeDiff(pts);
        output->placed = true;
        target = GstClockTimeDiff(now + kLead);
    }
    buffer = gst_buffer_make_writable(buffer); // shares the memory, copies the metadata
    GST_BUFFER_PTS(buffer) = GstClockTime(target);
    GST_BUFFER_DTS(buffer) = GST_CLOCK_TIME_NONE;
    gst_app_src_push_buffer(GST_APP_SRC(input), buffer);
    gst_object_unref(input);
}

GstPadProbeReturn onBuffer(GstPad *, GstPadProbeInfo *info, gpointer data) {
    forward(gst_buffer_ref(GST_PAD_PROBE_INFO_BUFFER(info)), static_cast<Output *>(data));
    return GST_PAD_PROBE_OK;
}

template <typename Visit> void forEachElement(GstElement *pipeline, Visit visit) {
    GstIterator *it = gst_bin_iterate_recurse(GST_BIN(pipeline));
    GValue item = G_VALUE_INIT;
    while (gst_iterator_next(it, &item) == GST_ITERATOR_OK) {
        auto *element = GST_ELEMENT(g_value_get_object(&item));
        gchar *name = gst_element_get_name(element);
        visit(element, QString::fromUtf8(name));
        g_free(name);
        g_value_reset(&item);
    }
    g_value_unset(&item);
    gst_iterator_free(it);
}
} // namespace

void attach(GstElement *pipeline) {
    forEachElement(pipeline, [](GstElement *element, const QString &name) {
        if (name.startsWith(QLatin1String(kInput)) && GST_IS_APP_SRC(element)) {
            std::lock_guard<std::mutex> guard(lock);
            if (GstElement *old = inputs.take(name.mid(int(sizeof kInput) - 1)))
                gst_object_unref(old);
            inputs.insert(name.mid(int(sizeof kInput) - 1), GST_ELEMENT(gst_object_ref(element)));
        } else if (name.startsWith(QLatin1String(kOutput))) {
            // A fakesink: what reaches it is passed on from a probe on its pad.
            auto *output = new Output{name.mid(int(sizeof kOutput) - 1)};
            {
                std::lock_guard<std::mutex> guard(lock);
                outputs.insert(output->name, output);
            }
            GstPad *pad = gst_element_get_static_pad(element, "sink");
            gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, &onBuffer, output, [](gpointer p) {
                auto *gone = static_cast<Output *>(p);
                {
                    std::lock_guard<std::mutex> guard(lock);
                    if (outputs.value(gone->name) == gone)
                        outputs.remove(gone->name);
                }
                delete gone;
            });
            gst_object_unref(pad);
        }
    });
}

void detach(GstElement *pipeline) {
    forEachElement(pipeline, [](GstElement *element, const QString &name) {
        if (!name.startsWith(QLatin1String(kInput)))
            return;
        std::lock_guard<std::mutex> guard(lock);
        const QString channel = name.mid(int(sizeof kInput) - 1);
        if (inputs.value(channel) == element)
            gst_object_unref(inputs.take(channel));
    });
}

std::optional<qint64> playoutMonotonicNs(const QString &name, GstClockTime pts) {
    GstElement *input = nullptr;
    GstClockTimeDiff offset = 0;
    {
        std::lock_guard<std::mutex> guard(lock);
        const Output *output = outputs.value(name);
        input = inputs.value(name);
        if (!output || !output->placed || !input)
            return std::nullopt;
        offset = output->offset;
        gst_object_ref(input);
    }
    std::optional<qint64> playout;
    GstElement *receiver = GST_ELEMENT(gst_object_get_parent(GST_OBJECT(input)));
    GstClock *clock = gst_element_get_clock(input);
    if (receiver && clock)
        if (const auto latency = queryLatency(receiver))
            // The receiving pipeline plays the buffer at its base time + its running time
            // there + its latency.
            playout = monotonicNs(clock, qint64(gst_element_get_base_time(input)) + qint64(pts) +
                                             offset + latency->ns);
    if (clock)
        gst_object_unref(clock);
    if (receiver)
        gst_object_unref(receiver);
    gst_object_unref(input);
    return playout;
}

QString inputDescription(const QString &name, const char *caps) {
    return QStringLiteral("appsrc name=%1%2 is-live=true format=time caps=\"%3\"")
        .arg(QLatin1String(kInput), name, QLatin1String(caps));
}

QString outputDescription(const QString &name, const char *caps) {
    return QStringLiteral("audioconvert ! audioresample ! %1 ! fakesink name=%2%3 sync=false")
        .arg(QLatin1String(caps), QLatin1String(kOutput), name);
}

} // namespace vidi::media::channels
