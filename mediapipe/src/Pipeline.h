#pragma once
#include "AudioChannels.h"
#include <gst/gst.h>

namespace vidi::media {

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
