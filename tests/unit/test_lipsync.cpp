// Lip sync (LipSync): a far end that sends a beep and a white picture at the same instant of
// its clock, as a camera and a microphone both catch a hand clap; the phone's sound waits in
// a 200 ms jitter buffer. Timed where a person would notice: the beep leaving the loudspeaker
// (a synchronised UDP "loudspeaker", as latency_bench's) and the white picture reaching the
// screen's QVideoSink.
#include "MediaTestSupport.h"
#include "mediapipe/ConferenceBridge.h"
#include "mediapipe/LipSync.h"
#include "mediapipe/Media.h"
#include "mediapipe/MediaSession.h"
#include "mediapipe/VideoSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QVideoFrame>
#include <QVideoSink>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <gst/gst.h>
#include <memory>
#include <mutex>
#include <tuple>
#include <vector>

using namespace vidi::media;

namespace {

// Running times (ns) of the sender's pipeline at which something was captured, written in
// its streaming threads.
class CaptureTimes {
public:
    void add(qint64 at) {
        std::lock_guard guard(m_lock);
        if (m_times.empty() || at - m_times.back() > 500000000)
            m_times.push_back(at);
    }
    std::vector<qint64> times() const {
        std::lock_guard guard(m_lock);
        return m_times;
    }

private:
    mutable std::mutex m_lock;
    std::vector<qint64> m_times;
};

double meanLuma(QVideoFrame frame) {
    if (!frame.map(QVideoFrame::ReadOnly))
        return 0;
    double sum = 0;
    for (int r = 0; r < frame.height(); ++r)
        for (int c = 0; c < frame.width(); ++c)
            sum += frame.bits(0)[r * frame.bytesPerLine(0) + c];
    frame.unmap();
    return sum / (frame.width() * frame.height());
}

// Every whole second of the sender's running time, its camera's picture is white.
GstPadProbeReturn flashEachSecond(GstPad *, GstPadProbeInfo *info, gpointer flashes) {
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    const GstClockTime pts = GST_BUFFER_PTS(buffer);
    if (!GST_CLOCK_TIME_IS_VALID(pts) || pts % GST_SECOND >= 30 * GST_MSECOND)
        return GST_PAD_PROBE_OK;
    buffer = gst_buffer_make_writable(buffer);
    GST_PAD_PROBE_INFO_DATA(info) = buffer;
    GstMapInfo map;
    if (gst_buffer_map(buffer, &map, GST_MAP_WRITE)) {
        std::fill_n(map.data, 176 * 144, guint8(235)); // I420: the luma plane comes first
        gst_buffer_unmap(buffer, &map);
    }
    static_cast<CaptureTimes *>(flashes)->add(qint64(pts));
    return GST_PAD_PROBE_OK;
}

// When each beep begins in the microphone's sound (audiotestsrc's ticks do not fall on the
// whole second of the pipeline's running time, but a few ms before or after it).
GstPadProbeReturn findBeeps(GstPad *, GstPadProbeInfo *info, gpointer beeps) {
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    GstMapInfo map;
    if (!GST_BUFFER_PTS_IS_VALID(buffer) || !gst_buffer_map(buffer, &map, GST_MAP_READ))
        return GST_PAD_PROBE_OK;
    const auto *samples = reinterpret_cast<const qint16 *>(map.data);
    for (gsize i = 0; i < map.size / 2; ++i)
        if (std::abs(int(samples[i])) > 8000) {
            static_cast<CaptureTimes *>(beeps)->add(qint64(GST_BUFFER_PTS(buffer)) +
                                                    qint64(i) * GST_SECOND / 8000);
            break;
        }
    gst_buffer_unmap(buffer, &map);
    return GST_PAD_PROBE_OK;
}

// The far end: one rtpbin sending µ-law with a 10 ms beep at each whole second (audiotestsrc's
// ticks) and H.264 pictures, white at each whole second, with sender reports twice a second.
class ClappingSender {
public:
    ClappingSender(int audioPort, int videoPort) {
        const QString description =
            QStringLiteral(
                "rtpbin name=rb "
                "audiotestsrc name=microphone is-live=true wave=ticks freq=1000 volume=0.8 "
                "samplesperbuffer=160 ! audio/x-raw,format=S16LE,rate=8000,channels=1 ! mulawenc ! "
                "rtppcmupay pt=0 "
                "! rb.send_rtp_sink_0 "
                "rb.send_rtp_src_0 ! udpsink host=127.0.0.1 port=%1 sync=false async=false "
                "rb.send_rtcp_src_0 ! udpsink host=127.0.0.1 port=%2 sync=false async=false "
                "videotestsrc name=camera is-live=true pattern=black "
                "! video/x-raw,format=I420,width=176,height=144,framerate=30/1 "
                "! vidih264enc bitrate=256000 ! rtph264pay pt=99 config-interval=-1 "
                "! rb.send_rtp_sink_1 "
                "rb.send_rtp_src_1 ! udpsink host=127.0.0.1 port=%3 sync=false async=false "
                "rb.send_rtcp_src_1 ! udpsink host=127.0.0.1 port=%4 sync=false async=false")
                .arg(audioPort)
                .arg(audioPort + 1)
                .arg(videoPort)
                .arg(videoPort + 1);
        GError *error = nullptr;
        m_pipeline = gst_parse_launch(description.toUtf8().constData(), &error);
        if (error) {
            FAIL(error->message);
            g_error_free(error);
        }
        GstElement *rtpbin = gst_bin_get_by_name(GST_BIN(m_pipeline), "rb");
        for (guint id : {0u, 1u}) {
            GObject *session = nullptr;
            g_signal_emit_by_name(rtpbin, "get-internal-session", id, &session);
            REQUIRE(session);
            g_object_set(session, "rtcp-min-interval", guint64(GST_SECOND / 2), nullptr);
            g_object_unref(session);
        }
        gst_object_unref(rtpbin);
        for (auto [name, probe, times] : {std::tuple{"camera", &flashEachSecond, &flashes},
                                          std::tuple{"microphone", &findBeeps, &beeps}}) {
            GstElement *source = gst_bin_get_by_name(GST_BIN(m_pipeline), name);
            GstPad *pad = gst_element_get_static_pad(source, "src");
            gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, probe, times, nullptr);
            gst_object_unref(pad);
            gst_object_unref(source);
        }
        REQUIRE(gst_element_set_state(m_pipeline, GST_STATE_PLAYING) != GST_STATE_CHANGE_FAILURE);
    }
    ~ClappingSender() {
        gst_element_set_state(m_pipeline, GST_STATE_NULL);
        gst_object_unref(m_pipeline);
    }
    // How much later than its picture the sender captured its beep (ms; the same each second).
    double beepAfterFlashMs() const {
        const auto beep = beeps.times(), flash = flashes.times();
        REQUIRE(!beep.empty());
        REQUIRE(!flash.empty());
        const qint64 first = beep.front();
        const auto nearest = std::min_element(flash.begin(), flash.end(), [&](auto a, auto b) {
            return std::llabs(a - first) < std::llabs(b - first);
        });
        return double(first - *nearest) / 1e6;
    }

    CaptureTimes beeps, flashes;

private:
    GstElement *m_pipeline = nullptr;
};

// How much later than its picture each clap is heard (ms; negative: heard first), for the
// claps after `settleMs` of a call of `callMs`: between the beep coming out of the
// loudspeaker and the white picture reaching the screen, less how much later the sender
// captured the beep than the picture.
// Where the phone's sound goes: a loudspeaker that plays by the clock (a sound card), one
// that plays what it gets at once (a test's fakesink), or a clocked one behind a local
// conference's bridge (the call is one leg; the other has nothing to say).
enum class Loudspeaker { Clocked, Free, ThroughConference };

std::vector<double> soundBehindPicture(bool withLipSync, int callMs, int settleMs,
                                       Loudspeaker loudspeakerKind = Loudspeaker::Clocked) {
    QUdpSocket loudspeaker, discard;
    REQUIRE(loudspeaker.bind(QHostAddress::LocalHost, 0));
    REQUIRE(discard.bind(QHostAddress::LocalHost, 0));

    MediaSession sound;
    VideoSession pictures;
    REQUIRE(sound.allocatePorts(PortRange{36000, 36999}));
    REQUIRE(pictures.allocatePorts(PortRange{37000, 37999}));
    StreamParams audio;
    audio.remoteAddress = QStringLiteral("127.0.0.1");
    audio.remotePort = discard.localPort();
    audio.encoding = QStringLiteral("PCMU");
    audio.jitterBufferMs = 200; // a jittery path's: the sound waits 200 ms
    const int rate = loudspeakerKind == Loudspeaker::ThroughConference ? 16000 : 8000;
    AudioDevices devices;
    devices.source = QStringLiteral("audiotestsrc is-live=true wave=silence");
    devices.sink = QStringLiteral("audio/x-raw,format=S16LE,rate=%3,channels=1 ! "
                                  "udpsink host=127.0.0.1 port=%1 sync=%2")
                       .arg(loudspeaker.localPort())
                       .arg(loudspeakerKind == Loudspeaker::Free ? "false" : "true")
                       .arg(rate);
    std::unique_ptr<ConferenceBridge> bridge;
    if (loudspeakerKind == Loudspeaker::ThroughConference) {
        bridge = std::make_unique<ConferenceBridge>(devices);
        REQUIRE(bridge->start());
        devices = bridge->legDevices(0);
    }
    REQUIRE(sound.start(audio, devices));
    VideoParams video;
    video.remoteAddress = QStringLiteral("127.0.0.1");
    video.remotePort = discard.localPort();
    video.size = QSize(176, 144);
    QVideoSink screen;
    pictures.setRemoteSink(&screen);
    REQUIRE(pictures.start(
        video, VideoDevices{QStringLiteral("videotestsrc is-live=true pattern=black")}));
    std::unique_ptr<LipSync> lipSync;
    if (withLipSync)
        lipSync = std::make_unique<LipSync>(&sound, &pictures);

    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> heardAt, seenAt; // ns since the start
    QObject::connect(&screen, &QVideoSink::videoFrameChanged, [&](const QVideoFrame &frame) {
        const qint64 now = clock.nsecsElapsed();
        if (meanLuma(frame) > 128 && (seenAt.empty() || now - seenAt.back() > 500000000))
            seenAt.push_back(now);
    });
    QObject::connect(&loudspeaker, &QUdpSocket::readyRead, [&] {
        while (loudspeaker.hasPendingDatagrams()) {
            const qint64 now = clock.nsecsElapsed();
            const QByteArray pcm = loudspeaker.receiveDatagram().data();
            const auto *samples = reinterpret_cast<const qint16 *>(pcm.constData());
            for (int i = 0; i < int(pcm.size() / 2); ++i) {
                // The buffer leaves at the time of its first sample; this one is i later.
                const qint64 at = now + qint64(i) * 1000000000 / rate;
                if (std::abs(int(samples[i])) > 8000 &&
                    (heardAt.empty() || at - heardAt.back() > 500000000)) {
                    heardAt.push_back(at);
                    break;
                }
            }
        }
    });
    ClappingSender farEnd(sound.localRtpPort(), pictures.localRtpPort());
    while (clock.elapsed() < callMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    const double capturedApart = farEnd.beepAfterFlashMs();

    INFO("claps heard " << heardAt.size() << ", seen " << seenAt.size());
    std::vector<double> behind;
    for (qint64 heard : heardAt) {
        if (heard < qint64(settleMs) * 1000000)
            continue;
        const auto nearest = std::min_element(seenAt.begin(), seenAt.end(), [&](auto a, auto b) {
            return std::llabs(a - heard) < std::llabs(b - heard);
        });
        if (nearest != seenAt.end() && std::llabs(*nearest - heard) < 500000000)
            behind.push_back(double(heard - *nearest) / 1e6 - capturedApart);
    }
    return behind;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

TEST_CASE("Lip sync: the far end's pictures are shown with its sound, not ahead of it",
          "[video][media][lipsync]") {
    initMedia();
    // Without it, each picture is shown as soon as it is decoded: the 200 ms the sound waits
    // in its jitter buffer is how far the picture runs ahead (the test sees what it is for).
    // With it, once the sender's reports are in (the first within a second), the picture
    // waits for its sound, whether the loudspeaker plays by the clock (a sound card), plays
    // what it gets at once (a test's fakesink), or the call is a leg of a local conference
    // (whose bridge mixes and plays it: 290 ms behind the picture before the bridge said
    // when). ITU-R BT.1359 notices 45 ms of sound ahead, 125 ms behind.
    enum Variant { Without, WithClockedLoudspeaker, WithFreeLoudspeaker, WithConference };
    const auto variant =
        GENERATE(Without, WithClockedLoudspeaker, WithFreeLoudspeaker, WithConference);
    if (variant == Without) {
        const auto apart = soundBehindPicture(false, 6000, 2000);
        INFO("without lip sync, sound behind picture (ms): " << Catch::Detail::stringify(apart));
        REQUIRE(apart.size() >= 3);
        CHECK(median(apart) > 150);
    } else {
        const Loudspeaker kind = variant == WithClockedLoudspeaker ? Loudspeaker::Clocked
                                 : variant == WithFreeLoudspeaker  ? Loudspeaker::Free
                                                                   : Loudspeaker::ThroughConference;
        const auto together = soundBehindPicture(true, 9000, 4000, kind);
        INFO("loudspeaker: " << int(kind) << " (clocked, free, through a conference)");
        INFO("with lip sync, sound behind picture (ms): " << Catch::Detail::stringify(together));
        REQUIRE(together.size() >= 4);
        for (double ms : together)
            CHECK(std::abs(ms) < 20);
    }
}
