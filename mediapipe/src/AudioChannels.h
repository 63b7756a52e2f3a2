#pragma once
#include <QString>
#include <gst/gst.h>
#include <optional>

namespace vidi::media::channels {

// In-process audio channels between pipelines (a conference bridge and its calls): what
// reaches the fakesink named "chout_NAME" in one pipeline comes out of the appsrc named
// "chin_NAME" in another. Each buffer is laid end to end with the one before in the receiving
// pipeline's time, a little ahead of now, whatever pace the packets came at; a mixer
// downstream lines the streams up within its latency. (interaudiosrc does not: it fills
// every short read with silence, which chops a stream that arrives in packets.)

// After a pipeline is built: registers its channel inputs and connects its channel outputs.
void attach(GstElement *pipeline);
// Before a pipeline stops: its inputs receive nothing more.
void detach(GstElement *pipeline);

// Lip sync for a conference leg: when (CLOCK_MONOTONIC, ns) the receiving pipeline plays the
// buffer that left channel `name`'s sending end with timestamp `pts`; empty before the stream
// is placed. From the control thread.
std::optional<qint64> playoutMonotonicNs(const QString &name, GstClockTime pts);

// The launch description of each end, with its raw audio caps.
QString inputDescription(const QString &name, const char *caps);
QString outputDescription(const QString &name, const char *caps);

} // namespace vidi::media::channels
