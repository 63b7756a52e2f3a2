#pragma once
#include "AudioChannels.h"
#include <QString>
#include <gst/gst.h>

namespace vidi::media {

// gst_parse_launch with the parser's complaint as text: null and *error set on failure.
inline GstElement *parsePipeline(const QString &description, QString *error) {
    GError *err = nullptr;
    GstElement *pipeline = gst_parse_launch(description.toUtf8().constData(), &err);
    if (pipeline && !err)
        return pipeline;
    *error = QString::fromUtf8(err ? err->message : "cannot build pipeline");
    g_clear_error(&err);
    if (pipeline)
        gst_object_unref(pipeline);
    return nullptr;
}

// The text of an ERROR message on a pipeline's bus (with the debug detail for the log).
inline QString errorText(GstMessage *msg, QString *detail = nullptr) {
    GError *err = nullptr;
    gchar *debug = nullptr;
    gst_message_parse_error(msg, &err, &debug);
    const QString text = QString::fromUtf8(err ? err->message : "media error");
    if (detail)
        *detail = QString::fromUtf8(debug ? debug : "");
    g_clear_error(&err);
    g_free(debug);
    return text;
}

// Ends a pipeline of ours: no more bus messages, no more audio into its channel inputs, NULL
// state, released. Both arguments are reset.
inline void stopPipeline(GstElement *&pipeline, guint &busWatch) {
    if (!pipeline)
        return;
    if (busWatch)
        g_source_remove(busWatch);
    busWatch = 0;
    channels::detach(pipeline);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(pipeline);
    pipeline = nullptr;
}

} // namespace vidi::media
