#include "H264Encoder.h"

#include "CodecElementClass.h"

#include <gst/video/gstvideoencoder.h>
#include <gst/video/video.h>
#include <wels/codec_api.h>

namespace {

const char *const kRawCaps = "video/x-raw, format=(string)I420, width=(int)[16, 1920], "
                             "height=(int)[16, 1088], framerate=(fraction)[0/1, 60/1]";
const char *const kH264Caps = "video/x-h264, stream-format=(string)byte-stream, "
                              "alignment=(string)au, profile=(string)constrained-baseline";

struct VidiH264Enc {
    GstVideoEncoder parent;
    ISVCEncoder *engine;
    GstVideoCodecState *input;
    // Properties (the object lock guards them: set from the control thread, read in the
    // streaming thread).
    guint bitrate;
    guint gopSize;
    guint maxSliceSize;
    guint threads;
    guint engineBitrate; // the rate the engine has (streaming thread only)
};
struct VidiH264EncClass {
    GstVideoEncoderClass parent_class;
};

GType vidi_h264_enc_get_type();
G_DEFINE_TYPE(VidiH264Enc, vidi_h264_enc, GST_TYPE_VIDEO_ENCODER)

enum { PROP_0, PROP_BITRATE, PROP_GOP_SIZE, PROP_MAX_SLICE_SIZE, PROP_THREADS };

VidiH264Enc *asEncoder(gpointer p) {
    return reinterpret_cast<VidiH264Enc *>(p);
}

void closeEngine(VidiH264Enc *self) {
    if (!self->engine)
        return;
    self->engine->Uninitialize();
    WelsDestroySVCEncoder(self->engine);
    self->engine = nullptr;
}

gboolean encoderStop(GstVideoEncoder *encoder) {
    VidiH264Enc *self = asEncoder(encoder);
    closeEngine(self);
    g_clear_pointer(&self->input, gst_video_codec_state_unref);
    return TRUE;
}

// OpenH264's parameters for a camera picture of `info` and our properties.
SEncParamExt engineParams(ISVCEncoder *engine, const GstVideoInfo &info, guint bitrate, guint gop,
                          guint maxSlice, guint threads) {
    SEncParamExt p;
    engine->GetDefaultParams(&p);
    const float fps =
        info.fps_n > 0 && info.fps_d > 0 ? float(info.fps_n) / float(info.fps_d) : 30.0f;
    p.iUsageType = CAMERA_VIDEO_REAL_TIME;
    p.iPicWidth = GST_VIDEO_INFO_WIDTH(&info);
    p.iPicHeight = GST_VIDEO_INFO_HEIGHT(&info);
    p.iTargetBitrate = int(bitrate);
    p.iMaxBitrate = UNSPECIFIED_BIT_RATE;
    p.iRCMode = RC_BITRATE_MODE;
    // A picture the rate cannot carry (a dark, noisy room) is skipped, not sent at any cost.
    p.bEnableFrameSkip = true;
    p.fMaxFrameRate = fps;
    p.iTemporalLayerNum = 1;
    p.iSpatialLayerNum = 1;
    p.iComplexityMode = LOW_COMPLEXITY;
    p.uiIntraPeriod = gop;
    p.iNumRefFrame = 1;
    // The same SPS/PPS ids in every key frame: a receiver that joins late or lost the first
    // needs nothing else (RFC 6184 streams without sprop-parameter-sets).
    p.eSpsPpsIdStrategy = CONSTANT_ID;
    p.bPrefixNalAddingCtrl = false;
    p.iEntropyCodingModeFlag = 0; // CAVLC: Constrained Baseline
    p.bEnableLongTermReference = false;
    p.bEnableDenoise = false;
    p.bEnableBackgroundDetection = true;
    p.bEnableAdaptiveQuant = true;
    p.bEnableSceneChangeDetect = true;
    // OpenH264 cuts size-limited slices in one thread only.
    p.iMultipleThreadIdc = maxSlice > 0 ? 1 : (unsigned short)threads;
    SSpatialLayerConfig &layer = p.sSpatialLayers[0];
    layer.iVideoWidth = p.iPicWidth;
    layer.iVideoHeight = p.iPicHeight;
    layer.fFrameRate = fps;
    layer.iSpatialBitrate = p.iTargetBitrate;
    layer.iMaxSpatialBitrate = UNSPECIFIED_BIT_RATE;
    layer.uiProfileIdc = PRO_BASELINE;
    layer.uiLevelIdc = LEVEL_UNKNOWN; // from the size and rate
    if (maxSlice > 0) {
        layer.sSliceArgument.uiSliceMode = SM_SIZELIMITED_SLICE;
        layer.sSliceArgument.uiSliceSizeConstraint = maxSlice;
        p.uiMaxNalSize = maxSlice;
    } else {
        layer.sSliceArgument.uiSliceMode = SM_SINGLE_SLICE;
    }
    return p;
}

gboolean encoderSetFormat(GstVideoEncoder *encoder, GstVideoCodecState *state) {
    VidiH264Enc *self = asEncoder(encoder);
    closeEngine(self);
    g_clear_pointer(&self->input, gst_video_codec_state_unref);
    self->input = gst_video_codec_state_ref(state);

    GST_OBJECT_LOCK(self);
    const guint bitrate = self->bitrate, gop = self->gopSize, maxSlice = self->maxSliceSize,
                threads = self->threads;
    GST_OBJECT_UNLOCK(self);
    if (WelsCreateSVCEncoder(&self->engine) != 0 || !self->engine) {
        GST_ELEMENT_ERROR(self, LIBRARY, INIT, ("OpenH264 encoder not created"), (nullptr));
        return FALSE;
    }
    // OpenH264 prints its warnings on stderr: each skipped picture of a dark room, say.
    int traceLevel = WELS_LOG_ERROR;
    self->engine->SetOption(ENCODER_OPTION_TRACE_LEVEL, &traceLevel);
    const SEncParamExt params =
        engineParams(self->engine, state->info, bitrate, gop, maxSlice, threads);
    const int result = self->engine->InitializeExt(&params);
    if (result != cmResultSuccess) {
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS, ("OpenH264 refused the settings"),
                          ("InitializeExt returned %d (%dx%d, %u bit/s, slices up to %u bytes)",
                           result, params.iPicWidth, params.iPicHeight, bitrate, maxSlice));
        closeEngine(self);
        return FALSE;
    }
    int format = videoFormatI420;
    self->engine->SetOption(ENCODER_OPTION_DATAFORMAT, &format);
    self->engineBitrate = bitrate;

    GstCaps *caps = gst_caps_from_string(kH264Caps);
    GstVideoCodecState *output = gst_video_encoder_set_output_state(encoder, caps, state);
    gst_video_codec_state_unref(output);
    return gst_video_encoder_negotiate(encoder);
}

// A rate set while playing (adaptive bandwidth) reaches the engine before the next picture.
void applyBitrate(VidiH264Enc *self) {
    GST_OBJECT_LOCK(self);
    const guint wanted = self->bitrate;
    GST_OBJECT_UNLOCK(self);
    if (wanted == self->engineBitrate)
        return;
    SBitrateInfo rate{SPATIAL_LAYER_ALL, int(wanted)};
    self->engine->SetOption(ENCODER_OPTION_BITRATE, &rate);
    self->engineBitrate = wanted;
}

GstFlowReturn encoderHandleFrame(GstVideoEncoder *encoder, GstVideoCodecFrame *frame) {
    VidiH264Enc *self = asEncoder(encoder);
    if (!self->engine || !self->input) {
        gst_video_codec_frame_unref(frame);
        return GST_FLOW_NOT_NEGOTIATED;
    }
    applyBitrate(self);
    GstVideoFrame picture;
    if (!gst_video_frame_map(&picture, &self->input->info, frame->input_buffer, GST_MAP_READ)) {
        gst_video_codec_frame_unref(frame);
        return GST_FLOW_ERROR;
    }
    SSourcePicture source{};
    source.iColorFormat = videoFormatI420;
    source.iPicWidth = GST_VIDEO_FRAME_WIDTH(&picture);
    source.iPicHeight = GST_VIDEO_FRAME_HEIGHT(&picture);
    for (int plane = 0; plane < 3; ++plane) {
        source.iStride[plane] = GST_VIDEO_FRAME_PLANE_STRIDE(&picture, plane);
        source.pData[plane] =
            static_cast<unsigned char *>(GST_VIDEO_FRAME_PLANE_DATA(&picture, plane));
    }
    // OpenH264's rate control measures time by these (milliseconds).
    source.uiTimeStamp = GST_CLOCK_TIME_IS_VALID(frame->pts)
                             ? static_cast<long long>(GST_TIME_AS_MSECONDS(frame->pts))
                             : 0;
    if (GST_VIDEO_CODEC_FRAME_IS_FORCE_KEYFRAME(frame))
        self->engine->ForceIntraFrame(true);
    SFrameBSInfo coded{};
    const int result = self->engine->EncodeFrame(&source, &coded);
    gst_video_frame_unmap(&picture);
    if (result != cmResultSuccess) {
        gst_video_codec_frame_unref(frame);
        GST_ELEMENT_ERROR(self, STREAM, ENCODE, ("OpenH264 could not encode a picture"),
                          ("EncodeFrame returned %d", result));
        return GST_FLOW_ERROR;
    }
    if (coded.eFrameType == videoFrameTypeSkip || coded.eFrameType == videoFrameTypeInvalid)
        return gst_video_encoder_finish_frame(encoder, frame); // no output: dropped

    // The access unit: every layer's NAL units, start codes included, one after the other.
    gsize size = 0;
    for (int l = 0; l < coded.iLayerNum; ++l)
        for (int n = 0; n < coded.sLayerInfo[l].iNalCount; ++n)
            size += gsize(coded.sLayerInfo[l].pNalLengthInByte[n]);
    frame->output_buffer = gst_video_encoder_allocate_output_buffer(encoder, size);
    GstMapInfo out;
    if (!gst_buffer_map(frame->output_buffer, &out, GST_MAP_WRITE)) {
        gst_video_codec_frame_unref(frame);
        return GST_FLOW_ERROR;
    }
    gsize at = 0;
    for (int l = 0; l < coded.iLayerNum; ++l) {
        const SLayerBSInfo &layer = coded.sLayerInfo[l];
        gsize layerSize = 0;
        for (int n = 0; n < layer.iNalCount; ++n)
            layerSize += gsize(layer.pNalLengthInByte[n]);
        memcpy(out.data + at, layer.pBsBuf, layerSize);
        at += layerSize;
    }
    gst_buffer_unmap(frame->output_buffer, &out);
    if (coded.eFrameType == videoFrameTypeIDR)
        GST_VIDEO_CODEC_FRAME_SET_SYNC_POINT(frame);
    else
        GST_VIDEO_CODEC_FRAME_UNSET_SYNC_POINT(frame);
    return gst_video_encoder_finish_frame(encoder, frame);
}

guint *propertyField(VidiH264Enc *self, guint id) {
    switch (id) {
    case PROP_BITRATE:
        return &self->bitrate;
    case PROP_GOP_SIZE:
        return &self->gopSize;
    case PROP_MAX_SLICE_SIZE:
        return &self->maxSliceSize;
    case PROP_THREADS:
        return &self->threads;
    default:
        return nullptr;
    }
}

// `use` with the property's field, under the object lock; an unknown id is warned of.
template <typename Use> void withProperty(GObject *object, guint id, GParamSpec *spec, Use use) {
    VidiH264Enc *self = asEncoder(object);
    guint *field = propertyField(self, id);
    if (!field) {
        G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, spec);
        return;
    }
    GST_OBJECT_LOCK(self);
    use(*field);
    GST_OBJECT_UNLOCK(self);
}

void encoderSetProperty(GObject *object, guint id, const GValue *value, GParamSpec *spec) {
    withProperty(object, id, spec, [value](guint &field) { field = g_value_get_uint(value); });
}

void encoderGetProperty(GObject *object, guint id, GValue *value, GParamSpec *spec) {
    withProperty(object, id, spec, [value](guint &field) { g_value_set_uint(value, field); });
}

void installUint(GObjectClass *object, guint id, const char *name, const char *blurb, guint min,
                 guint max, guint fallback) {
    g_object_class_install_property(
        object, id,
        g_param_spec_uint(name, name, blurb, min, max, fallback,
                          GParamFlags(G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS)));
}

void vidi_h264_enc_class_init(VidiH264EncClass *klass) {
    auto *object = G_OBJECT_CLASS(klass);
    object->set_property = encoderSetProperty;
    object->get_property = encoderGetProperty;
    installUint(object, PROP_BITRATE, "bitrate", "Target bit rate in bit/s (live)", 16000, 20000000,
                384000);
    installUint(object, PROP_GOP_SIZE, "gop-size", "Pictures from one key frame to the next", 0,
                G_MAXINT, 60);
    installUint(object, PROP_MAX_SLICE_SIZE, "max-slice-size",
                "Largest slice in bytes (0: one slice per picture)", 0, 65535, 0);
    installUint(object, PROP_THREADS, "threads", "Coding threads (0: one per core)", 0, 16, 1);
    auto *element = GST_ELEMENT_CLASS(klass);
    vidi::media::addCodecPads(element, kRawCaps, kH264Caps);
    gst_element_class_set_static_metadata(
        element, "H.264 encoder (OpenH264)", "Codec/Encoder/Video",
        "Constrained Baseline H.264 with size-limited slices", "Vidi");
    auto *base = GST_VIDEO_ENCODER_CLASS(klass);
    base->stop = encoderStop;
    base->set_format = encoderSetFormat;
    base->handle_frame = encoderHandleFrame;
}

void vidi_h264_enc_init(VidiH264Enc *self) {
    self->engine = nullptr;
    self->input = nullptr;
    self->bitrate = 384000;
    self->gopSize = 60;
    self->maxSliceSize = 0;
    self->threads = 1;
    self->engineBitrate = 0;
}

} // namespace

namespace vidi::media {

bool registerH264Encoder() {
    return gst_element_register(nullptr, "vidih264enc", GST_RANK_NONE, vidi_h264_enc_get_type());
}

} // namespace vidi::media
