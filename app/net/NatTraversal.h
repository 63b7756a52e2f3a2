#pragma once
#include "net/StunBinding.h"
#include <QDeadlineTimer>
#include <QHash>
#include <optional>

namespace vidi::app {

class ConfigStore;

// Seed 000 §"NAT Traversal": with account.x.nat.nat_traversal on, the public address and port
// of each call's RTP socket come from the account's STUN server (account.x.nat.stun_server,
// stun_port) and go into the SDP instead of the private ones. (The SIP Contact needs no STUN:
// Sofia learns it from the registrar's Via received/rport, RFC 3581.)
class NatTraversal {
public:
    explicit NatTraversal(const ConfigStore *config)
        : m_config(config) {}

    // The public side of `socketFd` (a call's RTP socket, before its media starts) for a call
    // of `account`, or nothing when the account does not use STUN or the server is not
    // answering. Blocks for up to kTimeoutMs; a server that did not answer is not asked again
    // for a minute, so that a dead server delays one call, not every call.
    std::optional<MappedAddress> publicAddress(int account, int socketFd);

    static constexpr int kTimeoutMs = 700;

private:
    const ConfigStore *m_config;
    QHash<QString, QDeadlineTimer> m_silentUntil; // "host:port" of servers that did not answer
};

} // namespace vidi::app
