#include "net/StunBinding.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QtEndian>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

namespace vidi::app {

namespace {
constexpr quint32 kMagicCookie = 0x2112A442; // RFC 5389 §6
constexpr quint16 kBindingRequest = 0x0001;
constexpr quint16 kBindingSuccess = 0x0101;
constexpr quint16 kBindingError = 0x0111;
constexpr quint16 kMappedAddress = 0x0001;    // §15.1
constexpr quint16 kXorMappedAddress = 0x0020; // §15.2
constexpr int kHeaderSize = 20;

quint16 read16(const QByteArray &b, int at) {
    return qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(b.constData()) + at);
}
quint32 read32(const QByteArray &b, int at) {
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(b.constData()) + at);
}

// The value of an (XOR-)MAPPED-ADDRESS attribute: family 1 is IPv4 (IPv6 is not used here).
std::optional<MappedAddress> readAddress(const QByteArray &value, bool xored) {
    if (value.size() < 8 || quint8(value[1]) != 0x01)
        return std::nullopt;
    quint16 port = read16(value, 2);
    quint32 ip = read32(value, 4);
    if (xored) {
        port ^= quint16(kMagicCookie >> 16);
        ip ^= kMagicCookie;
    }
    return MappedAddress{QHostAddress(ip).toString(), port};
}
} // namespace

QByteArray stunBindingRequest(const StunTransactionId &id) {
    QByteArray m(kHeaderSize, '\0');
    auto *p = reinterpret_cast<uchar *>(m.data());
    qToBigEndian<quint16>(kBindingRequest, p);
    qToBigEndian<quint16>(0, p + 2);
    qToBigEndian<quint32>(kMagicCookie, p + 4);
    std::memcpy(p + 8, id.data(), id.size());
    return m;
}

std::optional<MappedAddress> parseStunBindingResponse(const QByteArray &packet,
                                                      const StunTransactionId &id, QString *error) {
    auto fail = [error](const QString &why) -> std::optional<MappedAddress> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // §6: the two top bits are zero; then type, length, cookie, transaction ID.
    if (packet.size() < kHeaderSize || (quint8(packet[0]) & 0xC0) != 0)
        return std::nullopt; // not STUN (an early RTP packet, say)
    if (std::memcmp(packet.constData() + 8, id.data(), id.size()) != 0)
        return std::nullopt; // not ours
    const quint16 type = read16(packet, 0);
    const int length = read16(packet, 2);
    if (kHeaderSize + length > packet.size() || length % 4 != 0)
        return fail(QStringLiteral("truncated STUN response"));
    if (type == kBindingError)
        return fail(QStringLiteral("STUN server answered with an error"));
    if (type != kBindingSuccess)
        return fail(
            QStringLiteral("unexpected STUN message type 0x%1").arg(type, 4, 16, QLatin1Char('0')));
    std::optional<MappedAddress> plain;
    for (int at = kHeaderSize; at + 4 <= kHeaderSize + length;) {
        const quint16 attribute = read16(packet, at);
        const int size = read16(packet, at + 2);
        if (at + 4 + size > kHeaderSize + length)
            return fail(QStringLiteral("STUN attribute runs past the message"));
        const QByteArray value = packet.mid(at + 4, size);
        if (attribute == kXorMappedAddress)
            if (auto mapped = readAddress(value, true))
                return mapped;
        if (attribute == kMappedAddress && !plain)
            plain = readAddress(value, false);
        at += 4 + ((size + 3) & ~3); // attributes are padded to four bytes (§15)
    }
    if (plain)
        return plain;
    return fail(QStringLiteral("STUN response without a mapped address"));
}

std::optional<MappedAddress> stunBinding(int socketFd, const QHostAddress &server, quint16 port,
                                         int timeoutMs, QString *error) {
    if (server.protocol() != QAbstractSocket::IPv4Protocol) {
        if (error)
            *error = QStringLiteral("STUN server is not an IPv4 address");
        return std::nullopt;
    }
    StunTransactionId id;
    for (quint8 &byte : id)
        byte = quint8(QRandomGenerator::system()->bounded(256));
    const QByteArray request = stunBindingRequest(id);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(server.toIPv4Address());

    const QDeadlineTimer deadline(timeoutMs);
    int rto = 100;
    QDeadlineTimer nextSend(0);
    QString lastError = QStringLiteral("no answer from the STUN server");
    QByteArray buffer(1500, '\0');
    while (!deadline.hasExpired()) {
        if (nextSend.hasExpired()) {
            if (::sendto(socketFd, request.constData(), size_t(request.size()), 0,
                         reinterpret_cast<const sockaddr *>(&to), sizeof to) < 0)
                lastError = QStringLiteral("cannot send to the STUN server: %1")
                                .arg(QString::fromLocal8Bit(std::strerror(errno)));
            nextSend.setRemainingTime(rto);
            rto *= 2;
        }
        pollfd pfd{socketFd, POLLIN, 0};
        const int wait = int(qMin(deadline.remainingTime(), nextSend.remainingTime()));
        if (::poll(&pfd, 1, qMax(wait, 0)) <= 0)
            continue;
        const ssize_t n = ::recv(socketFd, buffer.data(), size_t(buffer.size()), MSG_DONTWAIT);
        if (n <= 0)
            continue;
        QString why;
        if (auto mapped = parseStunBindingResponse(buffer.left(int(n)), id, &why))
            return mapped;
        if (!why.isEmpty())
            lastError = why;
    }
    if (error)
        *error = lastError;
    return std::nullopt;
}

} // namespace vidi::app
