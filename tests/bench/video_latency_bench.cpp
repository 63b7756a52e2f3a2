// Video latency benchmark (issue 4): how long our video pipelines take from a camera picture
// to the far end's screen, one way, on loopback. Run: build/tests/video_latency_bench [flashes]
//
// Alice's camera is a UDP socket fed by this program (QCIF I420 pictures, 30 a second, as a
// camera delivers them); Bob shows what he receives on a QVideoSink. The camera is black but
// for a white picture now and then; the time from sending it to Bob's screen first showing a
// bright picture is one measurement: camera → encoder → RTP → jitter buffer → decoder →
// screen (the camera's own exposure and the display's scan-out are not counted). Prints the
// median and the worst for each codec, beside the audio pipeline's figure for lip sync
// (latency_bench: wire → playout 40 ms with the 40 ms jitter buffer, capture → wire 0.2 ms).
#include "mediapipe/Media.h"
#include "mediapipe/VideoSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QUdpSocket>
#include <QVideoFrame>
#include <QVideoSink>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace vidi::media;

namespace {

constexpr int kWidth = 176, kHeight = 144; // one picture per datagram (38 KB)

QByteArray picture(quint8 luma) {
    QByteArray yuv(kWidth * kHeight * 3 / 2, char(128)); // neutral chroma
    std::fill(yuv.begin(), yuv.begin() + kWidth * kHeight, char(luma));
    return yuv;
}

double meanLuma(QVideoFrame frame) {
    if (!frame.map(QVideoFrame::ReadOnly))
        return 0;
    double sum = 0;
    const int step = 8;
    int count = 0;
    for (int y = 0; y < frame.height(); y += step)
        for (int x = 0; x < frame.width(); x += step, ++count)
            sum += frame.bits(0)[y * frame.bytesPerLine(0) + x];
    frame.unmap();
    return count ? sum / count : 0;
}

quint16 freeUdpPort() {
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

QString summary(std::vector<double> ms) {
    if (ms.empty())
        return QStringLiteral("(none)");
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("%1 ms median, %2 ms worst (%3)")
        .arg(ms[ms.size() / 2], 5, 'f', 1)
        .arg(ms.back(), 5, 'f', 1)
        .arg(ms.size());
}

std::vector<double> measure(const QString &encoding, int pt, int flashes) {
    const quint16 cameraPort = freeUdpPort();
    VideoSession alice, bob;
    alice.allocatePorts(PortRange{36000, 36999});
    bob.allocatePorts(PortRange{37000, 37999});
    auto towards = [&](const VideoSession &peer) {
        VideoParams p;
        p.remoteAddress = QStringLiteral("127.0.0.1");
        p.remotePort = peer.localRtpPort();
        p.encoding = encoding;
        p.payloadType = pt;
        return p;
    };
    const VideoDevices camera{
        QStringLiteral("udpsrc address=127.0.0.1 port=%1 caps=\"video/x-raw,format=I420,"
                       "width=%2,height=%3,framerate=30/1\"")
            .arg(cameraPort)
            .arg(kWidth)
            .arg(kHeight)};
    QVideoSink screen;
    bob.setRemoteSink(&screen);
    QString error;
    if (!bob.start(towards(alice),
                   VideoDevices{QStringLiteral("videotestsrc is-live=true pattern=black")},
                   &error) ||
        !alice.start(towards(bob), camera, &error)) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(error));
        return {};
    }

    std::vector<double> ms;
    QElapsedTimer clock;
    clock.start();
    qint64 flashAt = -1;
    int tick = 0;
    QUdpSocket sender;
    QObject::connect(&screen, &QVideoSink::videoFrameChanged, [&](const QVideoFrame &frame) {
        if (flashAt >= 0 && meanLuma(frame) > 128) {
            ms.push_back(double(clock.nsecsElapsed() - flashAt) / 1e6);
            flashAt = -1;
        }
    });
    QTimer period;
    period.setTimerType(Qt::PreciseTimer);
    period.setInterval(33);
    QObject::connect(&period, &QTimer::timeout, [&] {
        ++tick;
        // A white picture every 30th (after two seconds to settle), three pictures long.
        const bool white = tick > 60 && tick % 30 < 3;
        if (white && tick % 30 == 0 && flashAt < 0)
            flashAt = clock.nsecsElapsed();
        sender.writeDatagram(picture(white ? 235 : 16), QHostAddress::LocalHost, cameraPort);
    });
    period.start();
    while (int(ms.size()) < flashes && clock.elapsed() < 2000 + flashes * 1000 * 2)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    alice.stop();
    bob.stop();
    return ms;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (!initialize(&argc, &argv)) {
        std::fprintf(stderr, "GStreamer did not start\n");
        return 1;
    }
    const int flashes = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    std::printf("One-way video latency, camera picture to the far end's screen, CIF at 30 "
                "pictures a second (%d flashes each)\n\n",
                flashes);
    for (const auto &[encoding, pt] : {std::pair{"H264", 99}, std::pair{"H263", 34},
                                       std::pair{"H263-1998", 100}, std::pair{"MP4V-ES", 102}})
        std::printf("%-10s camera → screen  %s\n", encoding,
                    qPrintable(summary(measure(QLatin1String(encoding), pt, flashes))));
    std::printf("\nThe video pipelines' own delay. In a call, lip sync then holds each picture "
                "for its sound (LipSync), which takes 0.2 ms capture → wire and 40 ms wire → "
                "playout with its 40 ms jitter buffer (latency_bench), before the sound card's "
                "own buffer.\n");
    return 0;
}
