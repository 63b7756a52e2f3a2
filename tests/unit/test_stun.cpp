#include "net/StunBinding.h"
#include <QUdpSocket>
#include <catch2/catch.hpp>

using namespace vidi::app;

namespace {
QByteArray hex(const char *text) {
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}
// RFC 5769 §2.2, "Sample IPv4 Response": a Binding success with SOFTWARE,
// XOR-MAPPED-ADDRESS 192.0.2.1:32853, MESSAGE-INTEGRITY and FINGERPRINT.
const StunTransactionId kVectorId = {0xb7, 0xe7, 0xa7, 0x01, 0xbc, 0x34,
                                     0xd6, 0x86, 0xfa, 0x87, 0xdf, 0xae};
QByteArray rfc5769Response() {
    return hex("0101 003c 2112 a442 b7e7 a701 bc34 d686 fa87 dfae"
               "8022 000b 7465 7374 2076 6563 746f 7220"
               "0020 0008 0001 a147 e112 a643"
               "0008 0014 2b91 f599 fd9e 90c3 8c74 89f9 2af9 ba53 f06b e7d7"
               "8028 0004 c07d 4c96");
}
} // namespace

TEST_CASE("STUN: the Binding request is a bare header with the magic cookie", "[stun]") {
    const QByteArray request = stunBindingRequest(kVectorId);
    CHECK(request == hex("0001 0000 2112 a442 b7e7 a701 bc34 d686 fa87 dfae"));
}

TEST_CASE("STUN: XOR-MAPPED-ADDRESS of the RFC 5769 IPv4 response", "[stun]") {
    QString error;
    const auto mapped = parseStunBindingResponse(rfc5769Response(), kVectorId, &error);
    REQUIRE(mapped);
    CHECK(mapped->address == "192.0.2.1");
    CHECK(mapped->port == 32853);
}

TEST_CASE("STUN: MAPPED-ADDRESS of an RFC 3489 server", "[stun]") {
    const QByteArray response = hex("0101 000c 2112 a442 b7e7 a701 bc34 d686 fa87 dfae"
                                    "0001 0008 0001 1f90 c633 6407");
    const auto mapped = parseStunBindingResponse(response, kVectorId);
    REQUIRE(mapped);
    CHECK(mapped->address == "198.51.100.7");
    CHECK(mapped->port == 8080);
}

TEST_CASE("STUN: what is not our answer gives nothing", "[stun]") {
    QString error;
    StunTransactionId other = kVectorId;
    other[11] ^= 0xff;
    CHECK_FALSE(parseStunBindingResponse(rfc5769Response(), other, &error));
    CHECK(error.isEmpty()); // another transaction: not an error, just not ours

    // An RTP packet arriving early on the socket (version 2: the top bits are 10).
    CHECK_FALSE(parseStunBindingResponse(hex("8000 0001 0000 00a0 1234 5678 0000 0000 0000 0000"),
                                         kVectorId, &error));
    CHECK(error.isEmpty());

    QByteArray truncated = rfc5769Response().left(40);
    CHECK_FALSE(parseStunBindingResponse(truncated, kVectorId, &error));
    CHECK(error.contains("truncated"));

    QByteArray failure = rfc5769Response();
    failure[1] = char(0x11); // Binding error response
    CHECK_FALSE(parseStunBindingResponse(failure, kVectorId, &error));
    CHECK(error.contains("error"));

    // An attribute claiming more bytes than the message has.
    const QByteArray overrun = hex("0101 0008 2112 a442 b7e7 a701 bc34 d686 fa87 dfae"
                                   "0020 0040 0001 a147");
    CHECK_FALSE(parseStunBindingResponse(overrun, kVectorId, &error));
    CHECK(error.contains("past"));

    const QByteArray empty = hex("0101 0000 2112 a442 b7e7 a701 bc34 d686 fa87 dfae");
    CHECK_FALSE(parseStunBindingResponse(empty, kVectorId, &error));
    CHECK(error.contains("without a mapped address"));
}

TEST_CASE("STUN: a server that does not answer times out with a reason", "[stun]") {
    QUdpSocket client;
    REQUIRE(client.bind(QHostAddress::LocalHost, 0));
    QUdpSocket silent; // bound, never reads: the request goes nowhere
    REQUIRE(silent.bind(QHostAddress::LocalHost, 0));
    QString error;
    const auto mapped = stunBinding(int(client.socketDescriptor()), QHostAddress::LocalHost,
                                    silent.localPort(), 350, &error);
    CHECK_FALSE(mapped);
    CHECK(error == "no answer from the STUN server");
    CHECK(silent.hasPendingDatagrams()); // it was asked, and retransmitted
    int requests = 0;
    while (silent.hasPendingDatagrams()) {
        QByteArray datagram(int(silent.pendingDatagramSize()), '\0');
        silent.readDatagram(datagram.data(), datagram.size());
        CHECK(datagram.mid(4, 4) == hex("2112 a442"));
        ++requests;
    }
    CHECK(requests >= 2);
}
