#pragma once
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>
#include <functional>

namespace vidi::sip {
class SipStack;
class EventWatch;
} // namespace vidi::sip

namespace vidi::app {

class ConfigStore;

// One appearance of a shared line as the server reports it (BroadSoft SCA, call-info event:
// Call-Info: <sip:host>;appearance-index=1;appearance-state=active;appearance-uri="...").
struct Appearance {
    int index = 0; // 0: "*", every appearance
    QString state; // idle, seized, progressing, alerting, active, held, held-private, ...
    QString uri;   // who is on it, when the server says
};

// Parses the Call-Info values of a call-info NOTIFY; values without an appearance-index are
// skipped.
QList<Appearance> parseAppearances(const QString &callInfo);

// Shared Call Appearance (seed §5.18, account.x.shared_line = 1, BroadSoft SCA): for each such
// account, once registered, a subscription to the call-info event of its own address, which
// tells the state of each appearance of the line as the phones sharing it use it; before a
// call on the line, a line-seize subscription for a free appearance, which the INVITE then
// names (Call-Info appearance-index).
class SharedLines : public QObject {
    Q_OBJECT
public:
    SharedLines(sip::SipStack *stack, ConfigStore *config, QObject *parent = nullptr);

    bool isShared(int account) const;
    // The appearances in use on `account`'s line (idle ones are left out), by index.
    QList<Appearance> appearances(int account) const;
    // idle, ringing (an appearance alerting), busy (one in use) or held, for the line key.
    QString lineState(int account) const;
    // For the status page: each shared line as {account, state, appearances: [{index,
    // state, uri}]}.
    QVariantList status() const;
    // The first appearance of `account`'s line not in use.
    int freeAppearance(int account) const;
    // The first appearance on public hold (another phone of the line held it; any phone may
    // retrieve it), or 0.
    int heldAppearance(int account) const;
    // Seizes appearance `index` of `account`'s line (a line-seize subscription, BroadSoft's
    // event), then calls `done` (unless `context` is gone): true when the server accepted,
    // false when it refused or did not answer within two seconds.
    void seize(int account, int index, QObject *context, std::function<void(bool seized)> done);

Q_SIGNALS:
    void changed();

private:
    void start(int account);
    void onNotify(int account, const QString &callInfo);

    sip::SipStack *m_stack;
    ConfigStore *m_config;
    QHash<int, QPointer<sip::EventWatch>> m_watches;  // call-info, per account
    QHash<int, QHash<int, Appearance>> m_appearances; // per account, by index
    QHash<int, QPointer<sip::EventWatch>> m_seizures; // line-seize in progress
};

} // namespace vidi::app
