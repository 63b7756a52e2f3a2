#pragma once
#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <array>
#include <optional>

namespace vidi::app {

// An address and port as a STUN server saw them: the public side of the NAT in front of us.
struct MappedAddress {
    QString address;
    int port = 0;
};

using StunTransactionId = std::array<quint8, 12>;

// RFC 5389 §6: a Binding request with no attributes.
QByteArray stunBindingRequest(const StunTransactionId &id);

// RFC 5389 §7.3.3, §15.1–15.2: the mapped address of a Binding success response to `id`
// (XOR-MAPPED-ADDRESS, or MAPPED-ADDRESS from an RFC 3489 server). Anything else — another
// transaction, an error response, a truncated or malformed message — gives nothing and, when
// it is a STUN message at all, says why in *error.
std::optional<MappedAddress> parseStunBindingResponse(const QByteArray &packet,
                                                      const StunTransactionId &id,
                                                      QString *error = nullptr);

// One Binding transaction from `socketFd`, an unbound-to-peer UDP socket not yet read by anyone
// else (a call's RTP socket before its media starts): retransmitted after 100, 200, 400 ms
// (RFC 5389 §7.2.1 with an RTO for a LAN) until `timeoutMs` runs out. Blocks the caller;
// datagrams that are not the answer are dropped.
std::optional<MappedAddress> stunBinding(int socketFd, const QHostAddress &server, quint16 port,
                                         int timeoutMs, QString *error = nullptr);

} // namespace vidi::app
