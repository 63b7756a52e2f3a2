// Audio latency benchmark (issue 4): how long our media pipeline holds the sound, one way,
// in each direction, at 20 ms ptime. Run: build/tests/latency_bench [clicks]
//
// One MediaSession whose microphone is a UDP socket fed by this program (20 ms of 8 kHz
// audio at a time, as a sound card delivers its periods) and whose loudspeaker is a UDP
// socket this program reads (udpsink sync=true, which plays each buffer at its time, as a
// sound card does). This program is also the far end: it sends RTP every 20 ms and reads
// what the session sends (G.711 µ-law). A click put into the microphone is timed until its
// RTP packet arrives (capture to wire); a click put into an RTP packet is timed until it
// comes out of the loudspeaker (wire to playout). The devices' own buffers are not counted:
// they are the platform's, not the pipeline's. Prints the median and the worst of each
// direction, with and without the echo canceller, and with comfort noise (RFC 3389).
#include "mediapipe/Media.h"
#include "mediapipe/MediaSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>
#include <vector>

using namespace vidi::media;

namespace {

constexpr int kPacketSamples = 160; // 20 ms at 8 kHz
constexpr qint16 kClick = 20000;
constexpr int kAudible = 4000;

// ITU-T G.711 µ-law.
quint8 ulawEncode(qint16 sample) {
    const int bias = 0x84;
    int sign = sample < 0 ? 0x80 : 0;
    int magnitude = std::min(std::abs(int(sample)), 32635) + bias;
    int exponent = 7;
    for (int mask = 0x4000; !(magnitude & mask) && exponent > 0; mask >>= 1)
        --exponent;
    const int mantissa = (magnitude >> (exponent + 3)) & 0x0f;
    return quint8(~(sign | (exponent << 4) | mantissa));
}
int ulawDecode(quint8 byte) {
    byte = ~byte;
    const int magnitude = ((((byte & 0x0f) << 3) + 0x84) << ((byte >> 4) & 7)) - 0x84;
    return (byte & 0x80) ? -magnitude : magnitude;
}

struct Figures {
    std::vector<double> captureToWire, wireToPlayout;
};

QString summary(std::vector<double> ms) {
    if (ms.empty())
        return QStringLiteral("   (none)");
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("%1 ms median, %2 ms worst (%3)")
        .arg(ms[ms.size() / 2], 5, 'f', 1)
        .arg(ms.back(), 5, 'f', 1)
        .arg(ms.size());
}

enum class Variant { Plain, EchoCanceller, ComfortNoise };

// One session, `clicks` clicks each way (one every 400 ms).
Figures measure(Variant variant, int clicks) {
    QUdpSocket mic, speaker, farEnd;
    mic.bind(QHostAddress::LocalHost, 0);
    speaker.bind(QHostAddress::LocalHost, 0);
    farEnd.bind(QHostAddress::LocalHost, 0);
    const quint16 micPort = [] {
        QUdpSocket probe;
        probe.bind(QHostAddress::LocalHost, 0);
        return probe.localPort(); // free now; udpsrc binds it below
    }();

    MediaSession session;
    session.allocatePorts(PortRange{30000, 31000});
    StreamParams params;
    params.remoteAddress = QStringLiteral("127.0.0.1");
    params.remotePort = farEnd.localPort();
    params.payloadType = 0;
    params.encoding = QStringLiteral("PCMU");
    params.clockRate = 8000;
    if (variant == Variant::ComfortNoise) { // CN negotiated: silence suppressed, noise mixed in
        params.comfortNoisePayloadType = 13;
        params.sendComfortNoise = true;
        params.playComfortNoise = true;
    }
    AudioDevices devices;
    devices.source = QStringLiteral("udpsrc address=127.0.0.1 port=%1 caps=\"audio/x-raw,"
                                    "format=S16LE,rate=8000,channels=1,layout=interleaved\"")
                         .arg(micPort);
    devices.sink = QStringLiteral("audio/x-raw,format=S16LE,rate=8000,channels=1 ! "
                                  "udpsink host=127.0.0.1 port=%1 sync=true")
                       .arg(speaker.localPort());
    devices.echoCancellation = variant == Variant::EchoCanceller;
    QString error;
    if (!session.start(params, devices, &error)) {
        std::fprintf(stderr, "cannot start the session: %s\n", qPrintable(error));
        return {};
    }

    Figures f;
    QElapsedTimer clock;
    clock.start();
    qint64 micClickAt = -1, wireClickAt = -1;
    int tick = 0, micClicks = 0, wireClicks = 0;
    quint16 seq = 0;
    quint32 timestamp = 0;
    const QHostAddress local = QHostAddress::LocalHost;
    const int rtpPort = session.localRtpPort();

    QTimer period;
    period.setTimerType(Qt::PreciseTimer);
    period.setInterval(20);
    QObject::connect(&period, &QTimer::timeout, [&] {
        ++tick;
        // Microphone: 20 ms, a click at its start every 20th period (after a second to settle).
        QByteArray pcm(kPacketSamples * 2, '\0');
        const bool micClick = tick > 50 && tick % 20 == 0 && micClicks < clicks && micClickAt < 0;
        if (micClick)
            for (int i = 0; i < 8; ++i)
                reinterpret_cast<qint16 *>(pcm.data())[i] = kClick;
        // Far end: an RTP packet, a click at its start 10 periods after the microphone's.
        QByteArray rtp(12, '\0');
        rtp[0] = char(0x80);
        rtp[1] = 0; // PCMU
        rtp[2] = char(seq >> 8), rtp[3] = char(seq & 0xff);
        for (int i = 0; i < 4; ++i)
            rtp[4 + i] = char(timestamp >> (24 - 8 * i));
        rtp[8] = 0x12, rtp[9] = 0x34, rtp[10] = 0x56, rtp[11] = 0x78;
        ++seq;
        timestamp += kPacketSamples;
        const bool wireClick =
            tick > 50 && tick % 20 == 10 && wireClicks < clicks && wireClickAt < 0;
        QByteArray payload(kPacketSamples, char(ulawEncode(0)));
        if (wireClick)
            for (int i = 0; i < 8; ++i)
                payload[i] = char(ulawEncode(kClick));
        farEnd.writeDatagram(rtp + payload, local, rtpPort);
        if (wireClick)
            wireClickAt = clock.nsecsElapsed();
        mic.writeDatagram(pcm, local, micPort);
        if (micClick)
            micClickAt = clock.nsecsElapsed();
        if (micClicks >= clicks && wireClicks >= clicks)
            QCoreApplication::exit(0);
        if (tick > 50 + 30 * clicks)
            QCoreApplication::exit(1); // some clicks never came through
    });
    QObject::connect(&farEnd, &QUdpSocket::readyRead, [&] {
        while (farEnd.hasPendingDatagrams()) {
            const QByteArray d = farEnd.receiveDatagram().data();
            if (micClickAt < 0 || d.size() <= 12)
                continue;
            bool loud = false;
            for (int i = 12; i < d.size() && !loud; ++i)
                loud = std::abs(ulawDecode(quint8(d[i]))) > kAudible;
            if (loud) {
                f.captureToWire.push_back((clock.nsecsElapsed() - micClickAt) / 1e6);
                micClickAt = -1;
                ++micClicks;
            }
        }
    });
    QObject::connect(&speaker, &QUdpSocket::readyRead, [&] {
        while (speaker.hasPendingDatagrams()) {
            const QByteArray d = speaker.receiveDatagram().data();
            if (wireClickAt < 0)
                continue;
            const auto *samples = reinterpret_cast<const qint16 *>(d.constData());
            for (int i = 0; i < d.size() / 2; ++i) {
                if (std::abs(samples[i]) > kAudible) {
                    // The buffer is played from its first sample on: the click i samples later.
                    f.wireToPlayout.push_back((clock.nsecsElapsed() - wireClickAt) / 1e6 +
                                              i * 1000.0 / 8000);
                    wireClickAt = -1;
                    ++wireClicks;
                    break;
                }
            }
        }
    });
    period.start();
    QCoreApplication::exec();
    session.stop();
    return f;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QString error;
    if (!initialize(&argc, &argv, &error)) {
        std::fprintf(stderr, "GStreamer: %s\n", qPrintable(error));
        return 1;
    }
    const int clicks = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    std::printf("One-way latency added by the media pipeline, 20 ms ptime, jitter buffer "
                "40 ms (%d clicks each way)\n\n",
                clicks);
    const std::pair<Variant, const char *> variants[] = {
        {Variant::Plain, "G.711"},
        {Variant::EchoCanceller, "G.711, echo canceller"},
        {Variant::ComfortNoise, "G.711, comfort noise"}};
    for (const auto &[variant, label] : variants) {
        const Figures f = measure(variant, clicks);
        std::printf("%-24s capture → wire  %s\n", label, qPrintable(summary(f.captureToWire)));
        std::printf("%-24s wire → playout  %s\n", "", qPrintable(summary(f.wireToPlayout)));
    }
    return 0;
}
