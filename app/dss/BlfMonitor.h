#pragma once
#include "events/DialogInfo.h"
#include "events/ResourceList.h"
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantList>

namespace vidi::sip {
class SipStack;
class EventWatch;
} // namespace vidi::sip

namespace vidi::app {

class ConfigStore;

// The BLF keys (DSS type 16, seed §5.16): for each, a subscription to the monitored number's
// dialog state (RFC 4235) on its account once that account is registered, and the key's
// state (idle, ringing, busy) from the NOTIFYs. BLF List keys (type 39, seed §5.17): one
// subscription per account to account.x.blf.blf_list_uri (RFC 4662), whose resources fill
// the account's list keys in order.
class BlfMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int kBlfType = 16;
    static constexpr int kBlfListType = 39;

    BlfMonitor(sip::SipStack *stack, ConfigStore *config, QObject *parent = nullptr);

    // Reads memorykey.x.* / linekey.x.* again and subscribes for the BLF keys.
    void reload();
    // The keys for the status page and the UI: {key, value, label, line, state}.
    QVariantList keys() const;
    // What pressing a BLF key (Action URI "D1".."D18", "L1".."L4") dials, if it is one: the
    // monitored number, or while it rings the pickup code followed by it (seed §5.16); a BLF
    // List key talking dials the barge-in code followed by it (seed §5.17).
    std::optional<QString> dialFor(const QString &actionKey, int *account) const;

Q_SIGNALS:
    void changed();

private:
    struct Key {
        QString actionKey; // D3, L1
        int account = 1;
        QString value, label, pickup, barge;
        DialogInfo info;
        QPointer<sip::EventWatch> watch;
        bool fromList = false; // a BLF List key: filled from the account's list
    };
    void subscribe(Key &key);
    void subscribeList(int account);
    void onNotify(const QString &actionKey, const QByteArray &body);
    void onListNotify(int account, const QByteArray &body, const QByteArray &contentType);
    void startAccount(int account);
    Key *find(const QString &actionKey);
    QString uriFor(int account, const QString &number) const;

    sip::SipStack *m_stack;
    ConfigStore *m_config;
    QList<Key> m_keys;
    QHash<int, QPointer<sip::EventWatch>> m_listWatches; // per account
    QHash<int, ResourceList> m_lists;
};

} // namespace vidi::app
