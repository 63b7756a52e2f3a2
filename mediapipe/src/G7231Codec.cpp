#include "G7231Codec.h"

#include "CodecElementClass.h"

#include <gst/audio/gstaudiodecoder.h>
#include <gst/audio/gstaudioencoder.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/channel_layout.h>
#include <libavutil/frame.h>
}

#include <cstring>

namespace {

constexpr int kFrameSamples = 240; // 30 ms at 8 kHz
constexpr int kEncoderBitRate = 6300;

const char *const kRawCaps = "audio/x-raw, format=(string)S16LE, rate=(int)8000, "
                             "channels=(int)1, layout=(string)interleaved";
const char *const kG723Caps = "audio/G723, rate=(int)8000, channels=(int)1";

// RFC 3551 §4.5.3: the two low bits of a frame's first octet give its type and so its size —
// 6.3 kbit/s (24 octets), 5.3 kbit/s (20), a silence descriptor (4) or untransmitted (1).
int frameBytes(uint8_t firstOctet) {
    static constexpr int kSizes[4] = {24, 20, 4, 1};
    return kSizes[firstOctet & 3];
}

AVCodecContext *openCodec(const AVCodec *codec, bool encoder) {
    if (!codec)
        return nullptr;
    AVCodecContext *context = avcodec_alloc_context3(codec);
    if (!context)
        return nullptr;
    context->sample_rate = 8000;
    context->sample_fmt = AV_SAMPLE_FMT_S16;
    av_channel_layout_default(&context->ch_layout, 1);
    if (encoder)
        context->bit_rate = kEncoderBitRate;
    if (avcodec_open2(context, codec, nullptr) < 0)
        avcodec_free_context(&context);
    return context;
}

// ---- encoder ----

struct VidiG7231Enc {
    GstAudioEncoder parent;
    AVCodecContext *context;
    AVFrame *frame;
    AVPacket *packet;
};
struct VidiG7231EncClass {
    GstAudioEncoderClass parent_class;
};

GType vidi_g7231_enc_get_type();
G_DEFINE_TYPE(VidiG7231Enc, vidi_g7231_enc, GST_TYPE_AUDIO_ENCODER)

VidiG7231Enc *asEncoder(gpointer p) {
    return reinterpret_cast<VidiG7231Enc *>(p);
}

gboolean encoderStop(GstAudioEncoder *encoder) {
    VidiG7231Enc *self = asEncoder(encoder);
    avcodec_free_context(&self->context);
    av_frame_free(&self->frame);
    av_packet_free(&self->packet);
    return TRUE;
}

gboolean encoderStart(GstAudioEncoder *encoder) {
    VidiG7231Enc *self = asEncoder(encoder);
    self->context = openCodec(avcodec_find_encoder(AV_CODEC_ID_G723_1), true);
    self->frame = av_frame_alloc();
    self->packet = av_packet_alloc();
    if (self->context && self->frame && self->packet)
        return TRUE;
    encoderStop(encoder);
    return FALSE;
}

gboolean encoderSetFormat(GstAudioEncoder *encoder, GstAudioInfo *) {
    GstCaps *caps = gst_caps_from_string(kG723Caps);
    const gboolean ok = gst_audio_encoder_set_output_format(encoder, caps);
    gst_caps_unref(caps);
    // One 30 ms frame per call; the payloader gathers frames into packets.
    gst_audio_encoder_set_frame_samples_min(encoder, kFrameSamples);
    gst_audio_encoder_set_frame_samples_max(encoder, kFrameSamples);
    gst_audio_encoder_set_frame_max(encoder, 1);
    return ok;
}

GstFlowReturn encoderHandleFrame(GstAudioEncoder *encoder, GstBuffer *input) {
    VidiG7231Enc *self = asEncoder(encoder);
    if (!input || !self->context)
        return GST_FLOW_OK; // draining: no partial frames are kept
    GstMapInfo in;
    if (!gst_buffer_map(input, &in, GST_MAP_READ))
        return GST_FLOW_ERROR;
    if (in.size < kFrameSamples * sizeof(int16_t)) {
        gst_buffer_unmap(input, &in);
        return gst_audio_encoder_finish_frame(encoder, nullptr, -1);
    }
    AVFrame *frame = self->frame;
    frame->nb_samples = kFrameSamples;
    frame->format = AV_SAMPLE_FMT_S16;
    frame->sample_rate = 8000;
    av_channel_layout_default(&frame->ch_layout, 1);
    GstBuffer *out = nullptr;
    if (av_frame_get_buffer(frame, 0) >= 0) {
        std::memcpy(frame->data[0], in.data, kFrameSamples * sizeof(int16_t));
        if (avcodec_send_frame(self->context, frame) >= 0 &&
            avcodec_receive_packet(self->context, self->packet) >= 0) {
            out = gst_buffer_new_memdup(self->packet->data, self->packet->size);
            av_packet_unref(self->packet);
        }
    }
    av_frame_unref(frame);
    gst_buffer_unmap(input, &in);
    return gst_audio_encoder_finish_frame(encoder, out, kFrameSamples);
}

void vidi_g7231_enc_class_init(VidiG7231EncClass *klass) {
    auto *element = GST_ELEMENT_CLASS(klass);
    vidi::media::addCodecPads(element, kRawCaps, kG723Caps);
    gst_element_class_set_static_metadata(element, "G.723.1 encoder (libavcodec)",
                                          "Codec/Encoder/Audio", "ITU-T G.723.1 at 6.3 kbit/s",
                                          "Vidi");
    auto *base = GST_AUDIO_ENCODER_CLASS(klass);
    base->start = encoderStart;
    base->stop = encoderStop;
    base->set_format = encoderSetFormat;
    base->handle_frame = encoderHandleFrame;
}

void vidi_g7231_enc_init(VidiG7231Enc *self) {
    self->context = nullptr;
    self->frame = nullptr;
    self->packet = nullptr;
}

// ---- decoder ----

struct VidiG7231Dec {
    GstAudioDecoder parent;
    AVCodecContext *context;
    AVFrame *frame;
    AVPacket *packet;
};
struct VidiG7231DecClass {
    GstAudioDecoderClass parent_class;
};

GType vidi_g7231_dec_get_type();
G_DEFINE_TYPE(VidiG7231Dec, vidi_g7231_dec, GST_TYPE_AUDIO_DECODER)

VidiG7231Dec *asDecoder(gpointer p) {
    return reinterpret_cast<VidiG7231Dec *>(p);
}

gboolean decoderStop(GstAudioDecoder *decoder) {
    VidiG7231Dec *self = asDecoder(decoder);
    avcodec_free_context(&self->context);
    av_frame_free(&self->frame);
    av_packet_free(&self->packet);
    return TRUE;
}

gboolean decoderStart(GstAudioDecoder *decoder) {
    VidiG7231Dec *self = asDecoder(decoder);
    self->context = openCodec(avcodec_find_decoder(AV_CODEC_ID_G723_1), false);
    self->frame = av_frame_alloc();
    self->packet = av_packet_alloc();
    if (self->context && self->frame && self->packet)
        return TRUE;
    decoderStop(decoder);
    return FALSE;
}

gboolean decoderSetFormat(GstAudioDecoder *decoder, GstCaps *) {
    GstAudioInfo info;
    gst_audio_info_set_format(&info, GST_AUDIO_FORMAT_S16LE, 8000, 1, nullptr);
    return gst_audio_decoder_set_output_format(decoder, &info);
}

// Decodes one G.723.1 frame of `size` octets into `samples` (240 of them); false when the
// decoder refuses it.
bool decodeFrame(VidiG7231Dec *self, const uint8_t *data, int size, int16_t *samples) {
    if (av_new_packet(self->packet, size) < 0)
        return false;
    std::memcpy(self->packet->data, data, size);
    bool ok = avcodec_send_packet(self->context, self->packet) >= 0 &&
              avcodec_receive_frame(self->context, self->frame) >= 0 &&
              self->frame->nb_samples == kFrameSamples;
    if (ok)
        std::memcpy(samples, self->frame->data[0], kFrameSamples * sizeof(int16_t));
    av_packet_unref(self->packet);
    av_frame_unref(self->frame);
    return ok;
}

GstFlowReturn decoderHandleFrame(GstAudioDecoder *decoder, GstBuffer *input) {
    VidiG7231Dec *self = asDecoder(decoder);
    if (!input || !self->context)
        return GST_FLOW_OK;
    GstMapInfo in;
    if (!gst_buffer_map(input, &in, GST_MAP_READ))
        return GST_FLOW_ERROR;
    // A packet holds whole frames, of either rate or SIDs, one after the other (RFC 3551 §4.5.3).
    int frames = 0;
    for (gsize offset = 0; offset < in.size; offset += frameBytes(in.data[offset]))
        ++frames;
    GstBuffer *out =
        gst_buffer_new_allocate(nullptr, gsize(frames) * kFrameSamples * sizeof(int16_t), nullptr);
    GstMapInfo o;
    gst_buffer_map(out, &o, GST_MAP_WRITE);
    auto *samples = reinterpret_cast<int16_t *>(o.data);
    int decoded = 0;
    for (gsize offset = 0; offset < in.size;) {
        const int size = frameBytes(in.data[offset]);
        if (offset + size > in.size)
            break; // a truncated last frame
        if (decodeFrame(self, in.data + offset, size, samples + decoded * kFrameSamples))
            ++decoded;
        offset += size;
    }
    gst_buffer_unmap(out, &o);
    gst_buffer_unmap(input, &in);
    if (decoded == 0) {
        gst_buffer_unref(out);
        return gst_audio_decoder_finish_frame(decoder, nullptr, 1);
    }
    gst_buffer_set_size(out, gsize(decoded) * kFrameSamples * sizeof(int16_t));
    return gst_audio_decoder_finish_frame(decoder, out, 1);
}

void vidi_g7231_dec_class_init(VidiG7231DecClass *klass) {
    auto *element = GST_ELEMENT_CLASS(klass);
    vidi::media::addCodecPads(element, kG723Caps, kRawCaps);
    gst_element_class_set_static_metadata(element, "G.723.1 decoder (libavcodec)",
                                          "Codec/Decoder/Audio",
                                          "ITU-T G.723.1 at 5.3 and 6.3 kbit/s", "Vidi");
    auto *base = GST_AUDIO_DECODER_CLASS(klass);
    base->start = decoderStart;
    base->stop = decoderStop;
    base->set_format = decoderSetFormat;
    base->handle_frame = decoderHandleFrame;
}

void vidi_g7231_dec_init(VidiG7231Dec *self) {
    self->context = nullptr;
    self->frame = nullptr;
    self->packet = nullptr;
}

} // namespace

namespace vidi::media {

bool registerG7231Elements() {
    return gst_element_register(nullptr, "vidig7231enc", GST_RANK_NONE,
                                vidi_g7231_enc_get_type()) &&
           gst_element_register(nullptr, "vidig7231dec", GST_RANK_NONE, vidi_g7231_dec_get_type());
}

} // namespace vidi::media
