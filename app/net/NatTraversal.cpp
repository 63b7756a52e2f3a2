#include "net/NatTraversal.h"
#include "config/ConfigStore.h"
#include "sipstack/LocalAddress.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNat, "vidi.nat")

namespace vidi::app {

std::optional<MappedAddress> NatTraversal::publicAddress(int account, int socketFd) {
    const QString base = QStringLiteral("account.%1.nat.").arg(account);
    const QString host = m_config->value(base + "stun_server").trimmed();
    if (!m_config->boolValue(base + "nat_traversal") || host.isEmpty() || socketFd < 0)
        return std::nullopt;
    const int port = m_config->intValue(base + "stun_port");
    const QString server = QStringLiteral("%1:%2").arg(host).arg(port);
    auto silent = m_silentUntil.constFind(server);
    if (silent != m_silentUntil.constEnd() && !silent->hasExpired())
        return std::nullopt;
    const QHostAddress address = sip::resolveIPv4(host);
    QString error;
    std::optional<MappedAddress> mapped;
    if (address.isNull())
        error = QStringLiteral("cannot resolve the STUN server");
    else
        mapped = stunBinding(socketFd, address, quint16(port), kTimeoutMs, &error);
    if (!mapped) {
        qCWarning(lcNat) << "account" << account << "STUN server" << server << ":" << error
                         << "- the SDP carries the local address";
        m_silentUntil.insert(server, QDeadlineTimer(60 * 1000));
        return std::nullopt;
    }
    m_silentUntil.remove(server);
    qCInfo(lcNat) << "account" << account << "RTP is reached at" << mapped->address << "port"
                  << mapped->port << "(STUN" << server << ")";
    return mapped;
}

} // namespace vidi::app
