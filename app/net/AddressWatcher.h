#pragma once
#include <QObject>
#include <QStringList>
#include <QTimer>

class QSocketNotifier;

namespace vidi::app {

// Tells when the phone's IP addresses change: a DHCP lease with another address, a cable
// moved to another network, an interface going down. Listens to the kernel's rtnetlink
// address and route events (no polling); a burst of them is reported once, when it has
// settled, and only if the set of addresses really changed.
class AddressWatcher : public QObject {
    Q_OBJECT
public:
    explicit AddressWatcher(QObject *parent = nullptr);
    ~AddressWatcher() override;

    // The host's addresses other than loopback and IPv6 link-local, sorted.
    static QStringList currentAddresses();
    QStringList addresses() const { return m_addresses; }

Q_SIGNALS:
    void addressesChanged(const QStringList &before, const QStringList &now);

private:
    void drain();
    void settle();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_settle;
    QStringList m_addresses;
};

} // namespace vidi::app
