// SRTP on the wire (issue 4): what a MediaSession sends with SDES keys is SRTP that libsrtp2
// itself — not GStreamer — decrypts with the negotiated key and refuses with any other; a
// receiving MediaSession hears it only with the right key.
#include "mediapipe/Media.h"
#include "mediapipe/MediaSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkDatagram>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <catch2/catch.hpp>
#include <cmath>
#include <srtp2/srtp.h>

using namespace vidi::media;

namespace {

constexpr double kTone = 1000;

void initMedia() {
    static bool done = [] {
        int argc = 0;
        char **argv = nullptr;
        return initialize(&argc, &argv) && srtp_init() == srtp_err_status_ok;
    }();
    REQUIRE(done);
}

QByteArray keyOf(char seed, int length = 30) {
    QByteArray k(length, 0);
    for (int i = 0; i < length; ++i)
        k[i] = char(seed + i * 7);
    return k;
}

// Relative power at `freq` (Goertzel), normalised by the signal's energy.
double toneShare(const std::vector<double> &x, double freq, double rate) {
    const double w = 2 * M_PI * freq / rate;
    double s1 = 0, s2 = 0, energy = 0;
    for (double v : x) {
        const double s0 = v + 2 * std::cos(w) * s1 - s2;
        s2 = s1;
        s1 = s0;
        energy += v * v;
    }
    const double power = s1 * s1 + s2 * s2 - 2 * std::cos(w) * s1 * s2;
    return energy > 0 ? power / (energy * double(x.size()) / 2) : 0;
}

// ITU-T G.711 µ-law expansion.
double ulaw(quint8 byte) {
    byte = ~byte;
    const int sign = byte & 0x80, exponent = (byte >> 4) & 7, mantissa = byte & 15;
    const int magnitude = ((mantissa << 3) + 0x84) << exponent;
    return (sign ? -(magnitude - 0x84) : (magnitude - 0x84)) / 32768.0;
}

std::vector<double> ulawSamples(const QList<QByteArray> &payloads) {
    std::vector<double> x;
    for (const QByteArray &p : payloads)
        for (char c : p)
            x.push_back(ulaw(quint8(c)));
    return x;
}

StreamParams pcmuTo(quint16 port, const SrtpParams &srtp) {
    StreamParams p;
    p.remoteAddress = QStringLiteral("127.0.0.1");
    p.remotePort = port;
    p.payloadType = 0;
    p.encoding = QStringLiteral("PCMU");
    p.srtp = srtp;
    return p;
}

AudioDevices toneSource(const QString &sink = QStringLiteral("fakesink sync=false")) {
    return {QStringLiteral("audiotestsrc is-live=true wave=sine freq=%1 samplesperbuffer=160")
                .arg(kTone),
            sink};
}

QList<QByteArray> capture(QUdpSocket &socket, int count) {
    QList<QByteArray> packets;
    QElapsedTimer clock;
    clock.start();
    while (packets.size() < count && clock.elapsed() < 5000)
        if (socket.waitForReadyRead(200))
            while (socket.hasPendingDatagrams())
                packets << socket.receiveDatagram().data();
    return packets;
}

// libsrtp2 as the far end: an inbound session for any SSRC with `key` under `suite`.
class SrtpReceiver {
public:
    SrtpReceiver(const QByteArray &key, bool shortTag) {
        srtp_policy_t policy{};
        if (shortTag)
            srtp_crypto_policy_set_aes_cm_128_hmac_sha1_32(&policy.rtp);
        else
            srtp_crypto_policy_set_aes_cm_128_hmac_sha1_80(&policy.rtp);
        srtp_crypto_policy_set_aes_cm_128_hmac_sha1_80(&policy.rtcp);
        policy.ssrc.type = ssrc_any_inbound;
        m_key = key;
        policy.key = reinterpret_cast<unsigned char *>(m_key.data());
        policy.window_size = 128;
        REQUIRE(srtp_create(&m_session, &policy) == srtp_err_status_ok);
    }
    ~SrtpReceiver() { srtp_dealloc(m_session); }
    srtp_err_status_t unprotect(QByteArray *packet) {
        int length = int(packet->size());
        const srtp_err_status_t status = srtp_unprotect(m_session, packet->data(), &length);
        packet->resize(length);
        return status;
    }

private:
    srtp_t m_session = nullptr;
    QByteArray m_key;
};

} // namespace

TEST_CASE("SRTP: what we send decrypts with the negotiated key only", "[srtp][media]") {
    initMedia();
    const bool shortTag = GENERATE(false, true);
    const QString suite = shortTag ? QStringLiteral("AES_CM_128_HMAC_SHA1_32")
                                   : QStringLiteral("AES_CM_128_HMAC_SHA1_80");
    QUdpSocket wire;
    REQUIRE(wire.bind(QHostAddress::LocalHost, 0));
    MediaSession session;
    REQUIRE(session.allocatePorts(PortRange{30000, 30999}));
    const QByteArray key = keyOf(1);
    REQUIRE(session.start(pcmuTo(wire.localPort(), {suite, key, keyOf(2)}), toneSource()));
    const QList<QByteArray> packets = capture(wire, 40);
    session.stop();
    REQUIRE(packets.size() >= 40);

    // 12 header bytes, 160 µ-law samples, and the authentication tag (RFC 3711 §3.1).
    const int tag = shortTag ? 4 : 10;
    QList<QByteArray> onTheWire, decrypted;
    SrtpReceiver right(key, shortTag), wrong(keyOf(9), shortTag);
    int refused = 0;
    for (QByteArray packet : packets) {
        REQUIRE(packet.size() == 12 + 160 + tag);
        CHECK((quint8(packet[0]) >> 6) == 2); // the RTP header stays readable
        CHECK((quint8(packet[1]) & 0x7f) == 0);
        onTheWire << packet.mid(12, 160);
        QByteArray copy = packet;
        if (wrong.unprotect(&copy) == srtp_err_status_auth_fail)
            ++refused;
        REQUIRE(right.unprotect(&packet) == srtp_err_status_ok);
        REQUIRE(packet.size() == 12 + 160);
        decrypted << packet.mid(12);
    }
    CHECK(refused == packets.size());
    // Decrypted, the payload is the microphone's tone; as sent, it is noise.
    const double clear = toneShare(ulawSamples(decrypted), kTone, 8000);
    const double cipher = toneShare(ulawSamples(onTheWire), kTone, 8000);
    INFO("tone share decrypted " << clear << ", on the wire " << cipher);
    CHECK(clear > 0.8);
    CHECK(cipher < 0.05);
}

TEST_CASE("SRTP: a session hears its peer with the right key, nothing with a wrong one",
          "[srtp][media]") {
    initMedia();
    const bool rightKey = GENERATE(true, false);
    QTemporaryDir dir;
    const QString wav = dir.filePath(QStringLiteral("heard.wav"));
    const QByteArray aliceKey = keyOf(3), bobKey = keyOf(4);
    const QString suite = QStringLiteral("AES_CM_128_HMAC_SHA1_80");

    MediaSession alice, bob;
    REQUIRE(alice.allocatePorts(PortRange{31000, 31999}));
    REQUIRE(bob.allocatePorts(PortRange{32000, 32999}));
    const SrtpParams bobSide{suite, bobKey, rightKey ? aliceKey : keyOf(5)};
    REQUIRE(
        bob.start(pcmuTo(quint16(alice.localRtpPort()), bobSide),
                  {QStringLiteral("audiotestsrc is-live=true wave=silence samplesperbuffer=160"),
                   QStringLiteral("wavenc ! filesink location=%1").arg(wav)}));
    REQUIRE(
        alice.start(pcmuTo(quint16(bob.localRtpPort()), {suite, aliceKey, bobKey}), toneSource()));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const MediaStats stats = bob.stats();
    alice.stop();
    bob.stop();

    CHECK(stats.encrypted);
    CHECK(stats.packetsReceived >= 50);
    QFile file(wav);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll().mid(44);
    std::vector<double> samples;
    for (int i = 0; i + 1 < data.size(); i += 2)
        samples.push_back(qint16(quint8(data[i]) | (quint8(data[i + 1]) << 8)) / 32768.0);
    double energy = 0;
    for (double v : samples)
        energy += v * v;
    const double rms = samples.empty() ? 0 : std::sqrt(energy / double(samples.size()));
    INFO("Bob wrote " << samples.size() << " samples, RMS " << rms << ", rejected "
                      << stats.packetsRejected);
    if (rightKey) {
        CHECK(stats.packetsRejected == 0);
        CHECK(rms > 0.1);
        CHECK(toneShare(samples, kTone, 8000) > 0.8);
    } else {
        CHECK(stats.packetsRejected >= 50);
        CHECK(rms < 0.001);
    }
}
