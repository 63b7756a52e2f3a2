#include "dss/BlfMonitor.h"
#include "config/ConfigStore.h"
#include "sipstack/EventWatch.h"
#include "sipstack/SipAccount.h"
#include "sipstack/SipStack.h"

#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcBlf, "vidi.blf")

namespace vidi::app {

namespace {
constexpr int kExpires = 3600;
constexpr int kMemoryKeys = 18, kLineKeys = 4;
} // namespace

BlfMonitor::BlfMonitor(sip::SipStack *stack, ConfigStore *config, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_config(config) {
    for (int i = 1; i <= 4; ++i)
        connect(stack->account(i), &sip::SipAccount::stateChanged, this,
                [this, i](sip::SipAccount::State state) {
                    if (state == sip::SipAccount::State::Registered)
                        startAccount(i);
                });
}

void BlfMonitor::startAccount(int account) {
    bool list = false;
    for (Key &k : m_keys) {
        if (k.account != account)
            continue;
        if (k.fromList)
            list = true;
        else if (!k.watch)
            subscribe(k);
    }
    if (list && !m_listWatches.value(account))
        subscribeList(account);
}

void BlfMonitor::reload() {
    for (Key &k : m_keys)
        delete k.watch.data(); // un-SUBSCRIBEs
    for (const QPointer<sip::EventWatch> &w : std::as_const(m_listWatches))
        delete w.data();
    m_listWatches.clear();
    m_lists.clear();
    m_keys.clear();
    for (const auto &[prefix, count, letter] :
         {std::tuple{QStringLiteral("memorykey"), kMemoryKeys, QLatin1Char('D')},
          std::tuple{QStringLiteral("linekey"), kLineKeys, QLatin1Char('L')}}) {
        for (int i = 1; i <= count; ++i) {
            const QString base = QStringLiteral("%1.%2.").arg(prefix).arg(i);
            const int type = m_config->intValue(base + "type");
            if (type != kBlfType && type != kBlfListType)
                continue;
            Key key;
            key.actionKey = QString(letter) + QString::number(i);
            key.account = qMax(1, m_config->intValue(base + "line")); // 0 Auto: line 1
            key.fromList = type == kBlfListType;
            if (!key.fromList) {
                key.value = m_config->value(base + "value").trimmed();
                key.label = m_config->value(base + "label");
                key.pickup = m_config->value(base + "pickup_value").trimmed();
                if (key.value.isEmpty())
                    continue;
            }
            m_keys << key;
        }
    }
    for (int account = 1; account <= 4; ++account)
        if (m_stack->account(account)->state() == sip::SipAccount::State::Registered)
            startAccount(account);
    Q_EMIT changed();
}

QString BlfMonitor::uriFor(int account, const QString &number) const {
    if (number.startsWith(QLatin1String("sip:")) || number.startsWith(QLatin1String("sips:")))
        return number;
    const sip::AccountSettings &s = m_stack->account(account)->settings();
    return QStringLiteral("sip:%1@%2").arg(number, s.hostPart(s.serverHost, s.serverPort));
}

void BlfMonitor::subscribe(Key &key) {
    sip::SipAccount *account = m_stack->account(key.account);
    if (!account || !account->settings().usable())
        return;
    const QString target = uriFor(key.account, key.value);
    key.watch = m_stack->watch(account, target, QStringLiteral("dialog"),
                               QStringLiteral("application/dialog-info+xml"), kExpires);
    const QString actionKey = key.actionKey;
    connect(key.watch, &sip::EventWatch::notified, this,
            [this, actionKey](const QByteArray &body) { onNotify(actionKey, body); });
    qCInfo(lcBlf) << "BLF key" << actionKey << "watches" << target;
    key.watch->start();
}

void BlfMonitor::subscribeList(int account) {
    sip::SipAccount *sipAccount = m_stack->account(account);
    const QString listUri =
        m_config->value(QStringLiteral("account.%1.blf.blf_list_uri").arg(account)).trimmed();
    if (!sipAccount || !sipAccount->settings().usable() || listUri.isEmpty())
        return;
    const QString target = uriFor(account, listUri);
    auto *watch = m_stack->watch(
        sipAccount, target, QStringLiteral("dialog"),
        QStringLiteral("application/dialog-info+xml, application/rlmi+xml, multipart/related"),
        kExpires);
    watch->setExtraHeaders(QStringLiteral("Supported: eventlist")); // RFC 4662 §4.1
    connect(watch, &sip::EventWatch::notified, this,
            [this, account](const QByteArray &body, const QByteArray &type) {
                onListNotify(account, body, type);
            });
    m_listWatches.insert(account, watch);
    qCInfo(lcBlf) << "BLF list of account" << account << "watches" << target;
    watch->start();
}

void BlfMonitor::onListNotify(int account, const QByteArray &body, const QByteArray &type) {
    if (body.trimmed().isEmpty())
        return;
    QString error;
    const std::optional<ResourceList> list = ResourceList::parse(body, type, &error);
    if (!list) {
        qCWarning(lcBlf).noquote()
            << "BLF list of account" << account << ": NOTIFY ignored:" << error;
        return;
    }
    ResourceList &mine = m_lists[account];
    mine.merge(*list);
    // Seed §5.17: the list keys are filled in order from the server's list.
    const QString pickup =
        m_config->value(QStringLiteral("account.%1.blf_list_code").arg(account)).trimmed();
    const QString barge =
        m_config->value(QStringLiteral("account.%1.blf_list_barge_in_code").arg(account)).trimmed();
    qsizetype next = 0;
    for (Key &k : m_keys) {
        if (!k.fromList || k.account != account)
            continue;
        if (next < mine.resources.size()) {
            const ResourceList::Resource &r = mine.resources.at(next++);
            QString number = r.uri.section(QLatin1Char(':'), 1).section(QLatin1Char('@'), 0, 0);
            k.value = number.isEmpty() ? r.uri : number;
            k.label = r.name;
            k.info = r.dialogs.value_or(DialogInfo{});
            k.pickup = pickup;
            k.barge = barge;
        } else {
            k.value.clear();
            k.label.clear();
            k.info = DialogInfo{};
        }
    }
    qCInfo(lcBlf) << "BLF list of account" << account << "has" << mine.resources.size()
                  << "entries";
    Q_EMIT changed();
}

BlfMonitor::Key *BlfMonitor::find(const QString &actionKey) {
    for (Key &k : m_keys)
        if (k.actionKey.compare(actionKey, Qt::CaseInsensitive) == 0)
            return &k;
    return nullptr;
}

void BlfMonitor::onNotify(const QString &actionKey, const QByteArray &body) {
    Key *key = find(actionKey);
    if (!key || body.trimmed().isEmpty()) // the first NOTIFY of a pending subscription
        return;
    QString error;
    const std::optional<DialogInfo> info = DialogInfo::parse(body, &error);
    if (!info) {
        qCWarning(lcBlf).noquote() << "BLF key" << actionKey << ": NOTIFY ignored:" << error;
        return;
    }
    if (info->full)
        key->info = *info;
    else
        key->info.merge(*info);
    qCInfo(lcBlf) << "BLF key" << actionKey << key->value << "is"
                  << DialogInfo::stateName(key->info.summary());
    Q_EMIT changed();
}

QVariantList BlfMonitor::keys() const {
    QVariantList list;
    for (const Key &k : m_keys) {
        if (k.value.isEmpty())
            continue; // a list key the server's list does not reach
        list << QVariantMap{{"key", k.actionKey},
                            {"value", k.value},
                            {"label", k.label.isEmpty() ? k.value : k.label},
                            {"line", k.account},
                            {"list", k.fromList},
                            {"state", DialogInfo::stateName(k.info.summary())}};
    }
    return list;
}

std::optional<QString> BlfMonitor::dialFor(const QString &actionKey, int *account) const {
    for (const Key &k : m_keys) {
        if (k.actionKey.compare(actionKey, Qt::CaseInsensitive) != 0 || k.value.isEmpty())
            continue;
        *account = k.account;
        const DialogInfo::State state = k.info.summary();
        if (state == DialogInfo::State::Ringing && !k.pickup.isEmpty())
            return k.pickup + k.value; // directed pickup, e.g. *88 + 3602
        if (state == DialogInfo::State::Busy && k.fromList && !k.barge.isEmpty())
            return k.barge + k.value; // barge in, e.g. *33 + 3602
        return k.value;
    }
    return std::nullopt;
}

} // namespace vidi::app
