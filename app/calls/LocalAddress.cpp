#include "calls/LocalAddress.h"
#include <QHostAddress>
#include <QHostInfo>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace vidi::app {

QString localAddressToward(const QString &host) {
    QHostAddress target(host);
    if (target.isNull()) {
        // A name: the registrar's. Resolving blocks briefly; the media issue moves this to
        // Sofia's resolver together with SRV.
        const QHostInfo info = QHostInfo::fromName(host);
        for (const QHostAddress &a : info.addresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol) {
                target = a;
                break;
            }
    }
    const QString fallback = QStringLiteral("127.0.0.1");
    if (target.isNull() || target.protocol() != QAbstractSocket::IPv4Protocol)
        return fallback;
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return fallback;
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(9); // connecting a UDP socket sends nothing; it only picks a route
    to.sin_addr.s_addr = htonl(target.toIPv4Address());
    sockaddr_in local{};
    socklen_t len = sizeof local;
    QString result = fallback;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &len) == 0)
        result = QHostAddress(ntohl(local.sin_addr.s_addr)).toString();
    ::close(fd);
    return result;
}

} // namespace vidi::app
