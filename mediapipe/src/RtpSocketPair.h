#pragma once
#include "mediapipe/StreamParams.h"
#include <QString>
#include <gio/gio.h>

namespace vidi::media {

// An RTP socket on an even port and its RTCP socket on the next one (RFC 3550 §11), bound in
// the configured range. The same sockets receive and send (symmetric RTP).
class RtpSocketPair {
public:
    RtpSocketPair() = default;
    ~RtpSocketPair();
    RtpSocketPair(const RtpSocketPair &) = delete;
    RtpSocketPair &operator=(const RtpSocketPair &) = delete;

    bool bind(const PortRange &range, QString *error);
    // Marks every packet sent from both sockets with this DSCP (RFC 2474: the upper six bits
    // of the IPv4 TOS byte).
    void setDscp(int dscp);
    GSocket *rtp() const { return m_rtp; }
    GSocket *rtcp() const { return m_rtcp; }
    int rtpPort() const { return m_port; }
    int rtpDescriptor() const { return m_rtp ? g_socket_get_fd(m_rtp) : -1; }
    // RFC 6263 §4.1: an empty datagram from each socket toward the peer's RTP and RTCP ports,
    // so that a NAT in front of us maps them toward the peer before its first packet.
    // RTCP goes to `remoteRtcpPort` when the peer named one (a=rtcp), else the next port.
    void openNatBinding(const QString &remoteAddress, int remotePort, int remoteRtcpPort = 0);
    int rtcpDescriptor() const { return m_rtcp ? g_socket_get_fd(m_rtcp) : -1; }

private:
    void close();
    GSocket *m_rtp = nullptr;
    GSocket *m_rtcp = nullptr;
    int m_port = 0;
};

} // namespace vidi::media
