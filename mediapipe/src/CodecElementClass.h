#pragma once
#include <gst/gst.h>

namespace vidi::media {

// The two always-present pads of one of our codec elements (G729Codec, G7231Codec,
// H264Encoder), from their caps strings: "sink" takes `sinkCaps`, "src" gives `srcCaps`.
inline void addCodecPads(GstElementClass *element, const char *sinkCaps, const char *srcCaps) {
    gst_element_class_add_pad_template(
        element,
        gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, gst_caps_from_string(sinkCaps)));
    gst_element_class_add_pad_template(
        element,
        gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS, gst_caps_from_string(srcCaps)));
}

} // namespace vidi::media
