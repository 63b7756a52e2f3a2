#include "net/AddressWatcher.h"

#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QSocketNotifier>
#include <cerrno>
#include <cstring>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcNet, "vidi.net")

namespace vidi::app {

namespace {
// How long the events of one change (address removed, address added, routes) take to arrive.
constexpr int kSettleMs = 400;
} // namespace

AddressWatcher::AddressWatcher(QObject *parent)
    : QObject(parent)
    , m_addresses(currentAddresses()) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &AddressWatcher::settle);
    m_fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_ROUTE);
    sockaddr_nl local{};
    local.nl_family = AF_NETLINK;
    local.nl_groups = RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR | RTMGRP_IPV4_ROUTE | RTMGRP_LINK;
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&local), sizeof local) < 0) {
        qCWarning(lcNet) << "cannot watch the network for address changes:" << std::strerror(errno);
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return;
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &AddressWatcher::drain);
}

AddressWatcher::~AddressWatcher() {
    if (m_fd >= 0)
        ::close(m_fd);
}

QStringList AddressWatcher::currentAddresses() {
    QStringList found;
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (!a.isLoopback() && !a.isLinkLocal())
            found << a.toString();
    found.sort();
    return found;
}

void AddressWatcher::drain() {
    // What changed is read again from the interfaces when the burst settles; the messages
    // themselves only say that something did.
    char buffer[8192];
    while (::recv(m_fd, buffer, sizeof buffer, 0) > 0) {
    }
    m_settle.start();
}

void AddressWatcher::settle() {
    const QStringList now = currentAddresses();
    if (now == m_addresses)
        return;
    const QStringList before = m_addresses;
    m_addresses = now;
    qCInfo(lcNet) << "addresses changed from" << before << "to" << now;
    Q_EMIT addressesChanged(before, now);
}

} // namespace vidi::app
