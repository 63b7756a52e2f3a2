#include "G729Codec.h"

#include "CodecElementClass.h"

#include <gst/audio/gstaudiodecoder.h>
#include <gst/audio/gstaudioencoder.h>

#include <algorithm>

extern "C" {
#include <bcg729/decoder.h>
#include <bcg729/encoder.h>
}

namespace {

constexpr int kFrameSamples = 80; // 10 ms at 8 kHz
constexpr int kFrameBytes = 10;   // one G.729 frame
constexpr int kSidBytes = 2;      // an annex B silence descriptor

const char *const kRawCaps = "audio/x-raw, format=(string)S16LE, rate=(int)8000, "
                             "channels=(int)1, layout=(string)interleaved";
const char *const kG729Caps = "audio/G729, rate=(int)8000, channels=(int)1";

// ---- encoder ----

struct VidiG729Enc {
    GstAudioEncoder parent;
    bcg729EncoderChannelContextStruct *context;
    gboolean vad;
};
struct VidiG729EncClass {
    GstAudioEncoderClass parent_class;
};

GType vidi_g729_enc_get_type();
G_DEFINE_TYPE(VidiG729Enc, vidi_g729_enc, GST_TYPE_AUDIO_ENCODER)

enum { PROP_0, PROP_VAD };

VidiG729Enc *asEncoder(gpointer p) {
    return reinterpret_cast<VidiG729Enc *>(p);
}

gboolean encoderStart(GstAudioEncoder *encoder) {
    VidiG729Enc *self = asEncoder(encoder);
    self->context = initBcg729EncoderChannel(self->vad ? 1 : 0);
    return self->context != nullptr;
}

gboolean encoderStop(GstAudioEncoder *encoder) {
    VidiG729Enc *self = asEncoder(encoder);
    if (self->context)
        closeBcg729EncoderChannel(self->context);
    self->context = nullptr;
    return TRUE;
}

gboolean encoderSetFormat(GstAudioEncoder *encoder, GstAudioInfo *) {
    GstCaps *caps = gst_caps_from_string(kG729Caps);
    const gboolean ok = gst_audio_encoder_set_output_format(encoder, caps);
    gst_caps_unref(caps);
    // One 10 ms frame per call, so that each output buffer is one frame (the payloader
    // gathers them into packets of the negotiated ptime).
    gst_audio_encoder_set_frame_samples_min(encoder, kFrameSamples);
    gst_audio_encoder_set_frame_samples_max(encoder, kFrameSamples);
    gst_audio_encoder_set_frame_max(encoder, 1);
    return ok;
}

GstFlowReturn encoderHandleFrame(GstAudioEncoder *encoder, GstBuffer *input) {
    VidiG729Enc *self = asEncoder(encoder);
    if (!input || !self->context)
        return GST_FLOW_OK; // draining: no partial frames are kept
    GstMapInfo in;
    if (!gst_buffer_map(input, &in, GST_MAP_READ))
        return GST_FLOW_ERROR;
    if (in.size < kFrameSamples * sizeof(int16_t)) {
        gst_buffer_unmap(input, &in);
        return gst_audio_encoder_finish_frame(encoder, nullptr, -1);
    }
    uint8_t bits[kFrameBytes] = {};
    uint8_t length = 0;
    bcg729Encoder(self->context, reinterpret_cast<const int16_t *>(in.data), bits, &length);
    gst_buffer_unmap(input, &in);
    // With annex B, a silent frame may produce nothing (0) or a 2-byte SID.
    GstBuffer *out = length ? gst_buffer_new_memdup(bits, length) : nullptr;
    return gst_audio_encoder_finish_frame(encoder, out, kFrameSamples);
}

void encoderSetProperty(GObject *object, guint id, const GValue *value, GParamSpec *spec) {
    if (id == PROP_VAD)
        asEncoder(object)->vad = g_value_get_boolean(value);
    else
        G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, spec);
}

void encoderGetProperty(GObject *object, guint id, GValue *value, GParamSpec *spec) {
    if (id == PROP_VAD)
        g_value_set_boolean(value, asEncoder(object)->vad);
    else
        G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, spec);
}

void vidi_g729_enc_class_init(VidiG729EncClass *klass) {
    auto *object = G_OBJECT_CLASS(klass);
    object->set_property = encoderSetProperty;
    object->get_property = encoderGetProperty;
    g_object_class_install_property(
        object, PROP_VAD,
        g_param_spec_boolean("vad", "VAD", "G.729 annex B: silence detection and SID frames", FALSE,
                             GParamFlags(G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS)));
    auto *element = GST_ELEMENT_CLASS(klass);
    vidi::media::addCodecPads(element, kRawCaps, kG729Caps);
    gst_element_class_set_static_metadata(element, "G.729 encoder (bcg729)", "Codec/Encoder/Audio",
                                          "ITU-T G.729 annex A/B encoder", "Vidi");
    auto *base = GST_AUDIO_ENCODER_CLASS(klass);
    base->start = encoderStart;
    base->stop = encoderStop;
    base->set_format = encoderSetFormat;
    base->handle_frame = encoderHandleFrame;
}

void vidi_g729_enc_init(VidiG729Enc *self) {
    self->context = nullptr;
    self->vad = FALSE;
}

// ---- decoder ----

struct VidiG729Dec {
    GstAudioDecoder parent;
    bcg729DecoderChannelContextStruct *context;
};
struct VidiG729DecClass {
    GstAudioDecoderClass parent_class;
};

GType vidi_g729_dec_get_type();
G_DEFINE_TYPE(VidiG729Dec, vidi_g729_dec, GST_TYPE_AUDIO_DECODER)

VidiG729Dec *asDecoder(gpointer p) {
    return reinterpret_cast<VidiG729Dec *>(p);
}

gboolean decoderStart(GstAudioDecoder *decoder) {
    // Lost packets (rtpbin's do-lost, as GAP events) reach handle_frame as empty buffers.
    // (The base class forgets this at each start: set here, not at init.)
    gst_audio_decoder_set_plc_aware(decoder, TRUE);
    asDecoder(decoder)->context = initBcg729DecoderChannel();
    return asDecoder(decoder)->context != nullptr;
}

gboolean decoderStop(GstAudioDecoder *decoder) {
    VidiG729Dec *self = asDecoder(decoder);
    if (self->context)
        closeBcg729DecoderChannel(self->context);
    self->context = nullptr;
    return TRUE;
}

gboolean decoderSetFormat(GstAudioDecoder *decoder, GstCaps *) {
    GstAudioInfo info;
    gst_audio_info_set_format(&info, GST_AUDIO_FORMAT_S16LE, 8000, 1, nullptr);
    return gst_audio_decoder_set_output_format(decoder, &info);
}

// The frames an empty buffer (lost time) stands for: its duration in 10 ms frames, at least
// one, at most half a second's.
gsize lostFrames(GstBuffer *lost) {
    const GstClockTime duration = GST_BUFFER_DURATION(lost);
    if (!GST_CLOCK_TIME_IS_VALID(duration))
        return 1;
    const guint64 frames = (duration + 5 * GST_MSECOND) / (10 * GST_MSECOND);
    return gsize(std::clamp<guint64>(frames, 1, 50));
}

GstFlowReturn decoderHandleFrame(GstAudioDecoder *decoder, GstBuffer *input) {
    VidiG729Dec *self = asDecoder(decoder);
    if (!input || !self->context)
        return GST_FLOW_OK;
    GstMapInfo in;
    if (!gst_buffer_map(input, &in, GST_MAP_READ))
        return GST_FLOW_ERROR;
    // A packet holds whole 10-byte frames, possibly ending with a 2-byte SID (RFC 3551 §4.5.6);
    // an empty one stands for lost time (a GAP, plc=true), which the decoder conceals a frame
    // at a time for as long as it lasts (bcg729 fades its concealment out by itself).
    const gsize frames = in.size / kFrameBytes + (in.size % kFrameBytes == kSidBytes ? 1 : 0);
    const gsize count = in.size == 0 ? lostFrames(input) : frames;
    GstBuffer *out =
        gst_buffer_new_allocate(nullptr, count * kFrameSamples * sizeof(int16_t), nullptr);
    GstMapInfo o;
    gst_buffer_map(out, &o, GST_MAP_WRITE);
    auto *samples = reinterpret_cast<int16_t *>(o.data);
    if (in.size == 0) {
        for (gsize i = 0; i < count; ++i)
            bcg729Decoder(self->context, nullptr, 0, 1, 0, 0, samples + i * kFrameSamples);
    } else {
        gsize offset = 0;
        for (gsize i = 0; i < frames; ++i) {
            const bool sid = in.size - offset == kSidBytes;
            bcg729Decoder(self->context, in.data + offset, sid ? kSidBytes : kFrameBytes, 0,
                          sid ? 1 : 0, 0, samples + i * kFrameSamples);
            offset += sid ? kSidBytes : kFrameBytes;
        }
    }
    gst_buffer_unmap(out, &o);
    gst_buffer_unmap(input, &in);
    return gst_audio_decoder_finish_frame(decoder, out, 1);
}

void vidi_g729_dec_class_init(VidiG729DecClass *klass) {
    auto *element = GST_ELEMENT_CLASS(klass);
    vidi::media::addCodecPads(element, kG729Caps, kRawCaps);
    gst_element_class_set_static_metadata(element, "G.729 decoder (bcg729)", "Codec/Decoder/Audio",
                                          "ITU-T G.729 annex A/B decoder", "Vidi");
    auto *base = GST_AUDIO_DECODER_CLASS(klass);
    base->start = decoderStart;
    base->stop = decoderStop;
    base->set_format = decoderSetFormat;
    base->handle_frame = decoderHandleFrame;
}

void vidi_g729_dec_init(VidiG729Dec *self) {
    self->context = nullptr;
    gst_audio_decoder_set_plc(GST_AUDIO_DECODER(self), TRUE); // conceal (see decoderStart)
}

} // namespace

namespace vidi::media {

bool registerG729Elements() {
    return gst_element_register(nullptr, "vidig729enc", GST_RANK_NONE, vidi_g729_enc_get_type()) &&
           gst_element_register(nullptr, "vidig729dec", GST_RANK_NONE, vidi_g729_dec_get_type());
}

} // namespace vidi::media
