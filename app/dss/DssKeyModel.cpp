#include "dss/DssKeyModel.h"
#include "calls/SharedLines.h"
#include "config/ConfigStore.h"
#include "dss/BlfMonitor.h"
#include "dss/DssKeys.h"

namespace vidi::app {

DssKeyModel::DssKeyModel(const ConfigStore *config, QObject *parent)
    : QAbstractListModel(parent)
    , m_config(config) {
    connect(config, &ConfigStore::changed, this, [this](const QStringList &names) {
        for (const QString &n : names)
            if (n.startsWith(QLatin1String("memorykey.")) ||
                n.startsWith(QLatin1String("linekey.")))
                return reload();
    });
    reload();
}

void DssKeyModel::setSharedLines(const SharedLines *lines) {
    m_sharedLines = lines;
    connect(lines, &SharedLines::changed, this, &DssKeyModel::reload);
    reload();
}

void DssKeyModel::setBlfMonitor(const BlfMonitor *blf) {
    m_blf = blf;
    connect(blf, &BlfMonitor::changed, this, &DssKeyModel::reload);
    reload();
}

QString DssKeyModel::typeName(int type) {
    switch (type) {
    case DssKeys::Conference:
        return tr("Conference");
    case DssKeys::Transfer:
        return tr("Transfer");
    case DssKeys::Hold:
        return tr("Hold");
    case DssKeys::Dnd:
        return tr("DND");
    case DssKeys::CallReturn:
        return tr("Call Return");
    case DssKeys::Pickup:
        return tr("Pickup");
    case DssKeys::Park:
        return tr("Call Park");
    case DssKeys::Dtmf:
        return tr("DTMF");
    case DssKeys::VoiceMail:
        return tr("Voice Mail");
    case DssKeys::SpeedDial:
        return tr("Speed Dial");
    case DssKeys::Intercom:
        return tr("Intercom");
    case DssKeys::Line:
        return tr("Line");
    case DssKeys::SharedLine:
        return tr("Shared Line");
    case DssKeys::Blf:
        return tr("BLF");
    case DssKeys::GroupPickup:
        return tr("Group Pickup");
    case DssKeys::BlfList:
        return tr("BLF List");
    default:
        return {};
    }
}

void DssKeyModel::reload() {
    QHash<QString, QVariantMap> blf;
    if (m_blf)
        for (const QVariant &v : m_blf->keys()) {
            const QVariantMap k = v.toMap();
            blf.insert(k.value(QStringLiteral("key")).toString(), k);
        }
    beginResetModel();
    m_keys.clear();
    auto add = [&](const QString &family, const QString &prefix, int count) {
        for (int i = 1; i <= count; ++i) {
            const QString base = QStringLiteral("%1.%2.").arg(family).arg(i);
            Key k;
            k.key = prefix + QString::number(i);
            k.type = m_config->intValue(base + "type");
            k.label = m_config->value(base + "label").trimmed();
            const QString value = m_config->value(base + "value").trimmed();
            if (blf.contains(k.key)) { // BLF and BLF List keys: the watched extension
                const QVariantMap b = blf.value(k.key);
                k.state = b.value(QStringLiteral("state")).toString();
                if (k.label.isEmpty())
                    k.label = b.value(QStringLiteral("label")).toString();
            }
            if (k.type == DssKeys::SharedLine && m_sharedLines) {
                // The state of the line's appearances (BroadSoft SCA call-info).
                const int line = m_config->intValue(base + "line");
                k.state = m_sharedLines->lineState(line > 0 ? line : qMax(1, value.toInt()));
                if (k.label.isEmpty())
                    k.label = typeName(k.type);
            }
            if (k.label.isEmpty())
                k.label = value.isEmpty() ? typeName(k.type) : value;
            if (k.type == DssKeys::Line && k.label == typeName(DssKeys::Line)) {
                // A line key shows its account (line 0: the key's own number).
                const int account =
                    m_config->intValue(base + "line") > 0 ? m_config->intValue(base + "line") : i;
                const QString name =
                    m_config->value(QStringLiteral("account.%1.label").arg(account)).trimmed();
                k.label = name.isEmpty() ? tr("Line %1").arg(account) : name;
            }
            m_keys << k;
        }
    };
    add(QStringLiteral("linekey"), QStringLiteral("L"), 4);
    add(QStringLiteral("memorykey"), QStringLiteral("D"), 18);
    endResetModel();
}

int DssKeyModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant DssKeyModel::data(const QModelIndex &index, int role) const {
    if (index.row() < 0 || index.row() >= m_keys.size())
        return {};
    const Key &k = m_keys.at(index.row());
    switch (role) {
    case KeyRole:
        return k.key;
    case LabelRole:
        return k.label;
    case TypeRole:
        return k.type;
    case StateRole:
        return k.state;
    case ConfiguredRole:
        return k.type != DssKeys::None;
    default:
        return {};
    }
}

QHash<int, QByteArray> DssKeyModel::roleNames() const {
    return {{KeyRole, "key"},
            {LabelRole, "label"},
            {TypeRole, "type"},
            {StateRole, "blfState"},
            {ConfiguredRole, "configured"}};
}

} // namespace vidi::app
