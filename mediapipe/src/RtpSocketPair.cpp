#include "RtpSocketPair.h"
#include <netinet/in.h>

namespace vidi::media {

namespace {
GSocket *bindUdp(int port) {
    GSocket *s =
        g_socket_new(G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_DATAGRAM, G_SOCKET_PROTOCOL_UDP, nullptr);
    if (!s)
        return nullptr;
    GInetAddress *any = g_inet_address_new_any(G_SOCKET_FAMILY_IPV4);
    GSocketAddress *addr = g_inet_socket_address_new(any, guint16(port));
    const gboolean ok = g_socket_bind(s, addr, /*allow_reuse*/ FALSE, nullptr);
    g_object_unref(addr);
    g_object_unref(any);
    if (!ok) {
        g_object_unref(s);
        return nullptr;
    }
    return s;
}
} // namespace

RtpSocketPair::~RtpSocketPair() {
    close();
}

void RtpSocketPair::close() {
    g_clear_object(&m_rtp);
    g_clear_object(&m_rtcp);
    m_port = 0;
}

void RtpSocketPair::setDscp(int dscp) {
    for (GSocket *s : {m_rtp, m_rtcp})
        if (s)
            g_socket_set_option(s, IPPROTO_IP, IP_TOS, (dscp & 0x3f) << 2, nullptr);
}

bool RtpSocketPair::bind(const PortRange &range, QString *error) {
    close();
    const int first = range.min + (range.min % 2); // RTP on an even port
    for (int port = first; port + 1 <= range.max; port += 2) {
        GSocket *rtp = bindUdp(port);
        if (!rtp)
            continue;
        GSocket *rtcp = bindUdp(port + 1);
        if (!rtcp) {
            g_object_unref(rtp);
            continue;
        }
        m_rtp = rtp;
        m_rtcp = rtcp;
        m_port = port;
        return true;
    }
    if (error)
        *error = QStringLiteral("no free RTP port pair in %1-%2").arg(range.min).arg(range.max);
    return false;
}

void RtpSocketPair::openNatBinding(const QString &remoteAddress, int remotePort,
                                   int remoteRtcpPort) {
    const QByteArray host = remoteAddress.toUtf8();
    const int rtcpPort = remoteRtcpPort > 0 ? remoteRtcpPort : remotePort + 1;
    for (auto [socket, port] : {std::pair{m_rtp, remotePort}, std::pair{m_rtcp, rtcpPort}}) {
        if (!socket)
            continue;
        GSocketAddress *to = g_inet_socket_address_new_from_string(host.constData(), guint(port));
        if (!to)
            return;
        g_socket_send_to(socket, to, "", 0, nullptr, nullptr);
        g_object_unref(to);
    }
}

} // namespace vidi::media
