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
                    if (state != sip::SipAccount::State::Registered)
                        return;
                    for (Key &k : m_keys)
                        if (k.account == i && !k.watch)
                            subscribe(k);
                });
}

void BlfMonitor::reload() {
    for (Key &k : m_keys)
        delete k.watch.data(); // un-SUBSCRIBEs
    m_keys.clear();
    for (const auto &[prefix, count, letter] :
         {std::tuple{QStringLiteral("memorykey"), kMemoryKeys, QLatin1Char('D')},
          std::tuple{QStringLiteral("linekey"), kLineKeys, QLatin1Char('L')}}) {
        for (int i = 1; i <= count; ++i) {
            const QString base = QStringLiteral("%1.%2.").arg(prefix).arg(i);
            if (m_config->intValue(base + "type") != kBlfType)
                continue;
            Key key;
            key.actionKey = QString(letter) + QString::number(i);
            key.value = m_config->value(base + "value").trimmed();
            key.label = m_config->value(base + "label");
            key.pickup = m_config->value(base + "pickup_value").trimmed();
            key.account = qMax(1, m_config->intValue(base + "line")); // 0 Auto: line 1
            if (key.value.isEmpty())
                continue;
            m_keys << key;
        }
    }
    for (Key &k : m_keys)
        if (m_stack->account(k.account)->state() == sip::SipAccount::State::Registered)
            subscribe(k);
    Q_EMIT changed();
}

void BlfMonitor::subscribe(Key &key) {
    sip::SipAccount *account = m_stack->account(key.account);
    if (!account || !account->settings().usable())
        return;
    const sip::AccountSettings &s = account->settings();
    const QString target =
        key.value.startsWith(QLatin1String("sip:"))
            ? key.value
            : QStringLiteral("sip:%1@%2").arg(key.value, s.hostPart(s.serverHost, s.serverPort));
    key.watch = m_stack->watch(account, target, QStringLiteral("dialog"),
                               QStringLiteral("application/dialog-info+xml"), kExpires);
    const QString actionKey = key.actionKey;
    connect(key.watch, &sip::EventWatch::notified, this,
            [this, actionKey](const QByteArray &body) { onNotify(actionKey, body); });
    qCInfo(lcBlf) << "BLF key" << actionKey << "watches" << target;
    key.watch->start();
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
    for (const Key &k : m_keys)
        list << QVariantMap{{"key", k.actionKey},
                            {"value", k.value},
                            {"label", k.label.isEmpty() ? k.value : k.label},
                            {"line", k.account},
                            {"state", DialogInfo::stateName(k.info.summary())}};
    return list;
}

std::optional<QString> BlfMonitor::dialFor(const QString &actionKey, int *account) const {
    for (const Key &k : m_keys) {
        if (k.actionKey.compare(actionKey, Qt::CaseInsensitive) != 0)
            continue;
        *account = k.account;
        if (k.info.summary() == DialogInfo::State::Ringing && !k.pickup.isEmpty())
            return k.pickup + k.value; // directed pickup, e.g. *88 + 3602
        return k.value;
    }
    return std::nullopt;
}

} // namespace vidi::app
