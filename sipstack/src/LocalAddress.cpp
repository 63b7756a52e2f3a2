#include "sipstack/LocalAddress.h"
#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QHostInfo>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace vidi::sip {

namespace {
// A name's IPv4 address, remembered for a minute: this runs for every SDP, status page and
// Action URL, and QHostInfo::fromName blocks the GUI thread while it resolves.
QHostAddress resolveCached(const QString &host) {
    struct Entry {
        QHostAddress address;
        QDeadlineTimer expiry;
    };
    static QHash<QString, Entry> cache;
    auto it = cache.constFind(host);
    if (it != cache.constEnd() && !it->expiry.hasExpired())
        return it->address;
    QHostAddress found;
    for (const QHostAddress &a : QHostInfo::fromName(host).addresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol) {
            found = a;
            break;
        }
    cache.insert(host, {found, QDeadlineTimer(60 * 1000)});
    return found;
}
} // namespace

QHostAddress resolveIPv4(const QString &host) {
    const QHostAddress literal(host);
    if (!literal.isNull())
        return literal.protocol() == QAbstractSocket::IPv4Protocol ? literal : QHostAddress();
    return host.isEmpty() ? QHostAddress() : resolveCached(host);
}

QString localAddressToward(const QString &host) {
    QHostAddress target(host);
    if (target.isNull() && !host.isEmpty())
        target = resolveCached(host); // a name: the registrar's
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

} // namespace vidi::sip
