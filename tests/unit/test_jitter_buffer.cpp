// The adaptive jitter buffer (issue 4: sized in tens of milliseconds on a LAN, never 200 ms by
// default): its sizing rule, and a call whose packets cross a relay that delays each by a
// random 0-60 ms (in order) gets a larger buffer, while a clean call keeps the 40 ms floor.
#include "../../mediapipe/src/JitterBufferSizer.h"
#include "MediaTestSupport.h"
#include "mediapipe/Media.h"
#include "mediapipe/MediaSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>
#include <catch2/catch.hpp>

using namespace vidi::media;

TEST_CASE("Jitter buffer sizing: three times the jitter plus a packet, in 10 ms steps",
          "[jitter]") {
    JitterBufferSizer sizer(40, 20);
    CHECK(sizer.current() == 40);
    CHECK(sizer.update(0) == 40);  // never below the floor
    CHECK(sizer.update(15) == 70); // 3 × 15 + 20 = 65, rounded up: grows at once
    CHECK(sizer.update(2) == 60);  // calmer: one step down at a time
    CHECK(sizer.update(2) == 50);
    CHECK(sizer.update(2) == 40);
    CHECK(sizer.update(500) == 200); // never above 200 ms
}

namespace {
// Forwards every datagram to `to` after a random delay of up to `maxDelayMs`, in order.
class JitterRelay : public QObject {
public:
    JitterRelay(quint16 to, int maxDelayMs)
        : m_to(to)
        , m_max(maxDelayMs) {
        m_socket.bind(QHostAddress::LocalHost, 0);
        m_clock.start();
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                const QByteArray data = m_socket.receiveDatagram().data();
                const qint64 now = m_clock.elapsed();
                m_last = qMax(m_last, now + QRandomGenerator::global()->bounded(m_max + 1));
                QTimer::singleShot(int(m_last - now), this, [this, data] {
                    m_socket.writeDatagram(data, QHostAddress::LocalHost, m_to);
                });
            }
        });
    }
    quint16 port() const { return m_socket.localPort(); }

private:
    QUdpSocket m_socket;
    quint16 m_to;
    int m_max;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
};

MediaStats callThrough(int maxDelayMs) {
    initMedia();
    MediaSession alice, bob;
    REQUIRE(alice.allocatePorts(PortRange{39000, 39499}));
    REQUIRE(bob.allocatePorts(PortRange{39500, 39999}));
    JitterRelay relay(quint16(bob.localRtpPort()), maxDelayMs);
    StreamParams toBob;
    toBob.remoteAddress = QStringLiteral("127.0.0.1");
    toBob.remotePort = relay.port();
    toBob.encoding = QStringLiteral("PCMU");
    StreamParams toAlice = toBob;
    toAlice.remotePort = alice.localRtpPort();
    const AudioDevices tone{QStringLiteral("audiotestsrc is-live=true samplesperbuffer=160"),
                            QStringLiteral("fakesink sync=false")};
    REQUIRE(bob.start(toAlice, tone));
    REQUIRE(alice.start(toBob, tone));
    runFor(7000);
    return bob.stats();
}
} // namespace

TEST_CASE("Jitter buffer: grows with a jittery network, stays small on a clean one",
          "[jitter][media]") {
    const MediaStats clean = callThrough(0);
    INFO("clean: jitter " << clean.jitterMs << " ms, buffer " << clean.jitterBufferMs);
    CHECK(clean.jitterBufferMs == 40);
    const MediaStats jittery = callThrough(60);
    INFO("jittery: jitter " << jittery.jitterMs << " ms, buffer " << jittery.jitterBufferMs);
    CHECK(jittery.jitterMs > 8);
    CHECK(jittery.jitterBufferMs >= 60);
    CHECK(jittery.jitterBufferMs <= 200);
}
