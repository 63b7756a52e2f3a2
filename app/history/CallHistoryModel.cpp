#include "history/CallHistoryModel.h"
#include "calls/CallInfo.h"
#include <QLocale>

namespace vidi::app {

CallHistoryModel::CallHistoryModel(CallHistory *history, QObject *parent)
    : QAbstractListModel(parent)
    , m_history(history) {
    connect(history, &CallHistory::changed, this, &CallHistoryModel::reload);
    reload();
}

void CallHistoryModel::setKind(int kind) {
    if (kind == m_kind)
        return;
    m_kind = kind;
    reload();
    Q_EMIT kindChanged();
}

void CallHistoryModel::reload() {
    beginResetModel();
    m_entries = m_kind < 0 ? m_history->entries() : m_history->entries(CallHistory::Kind(m_kind));
    endResetModel();
    Q_EMIT countChanged();
}

const CallHistory::Entry *CallHistoryModel::entry(int row) const {
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int CallHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CallHistoryModel::data(const QModelIndex &index, int role) const {
    const CallHistory::Entry *e = entry(index.row());
    if (!e)
        return {};
    switch (role) {
    case NameRole:
        return e->name.isEmpty() ? numberOf(e->uri) : e->name;
    case NumberRole:
        return numberOf(e->uri);
    case UriRole:
        return e->uri;
    case TimeRole:
        return whenText(e->time, QDateTime::currentDateTime());
    case DurationRole:
        if (e->kind == CallHistory::Missed || e->kind == CallHistory::Forwarded)
            return QString(); // never talked
        return QStringLiteral("%1:%2")
            .arg(e->durationSeconds / 60, 2, 10, QLatin1Char('0'))
            .arg(e->durationSeconds % 60, 2, 10, QLatin1Char('0'));
    case KindRole:
        return int(e->kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> CallHistoryModel::roleNames() const {
    return {{NameRole, "name"}, {NumberRole, "number"},     {UriRole, "uri"},
            {TimeRole, "time"}, {DurationRole, "duration"}, {KindRole, "kind"}};
}

QString CallHistoryModel::numberOf(const QString &uri) {
    return numberOfUri(uri);
}

QString CallHistoryModel::whenText(const QDateTime &time, const QDateTime &now) {
    const QString clock = time.toString(QStringLiteral("hh:mm"));
    const qint64 days = time.date().daysTo(now.date());
    if (days == 0)
        return clock;
    if (days > 0 && days < 7)
        return QLocale().dayName(time.date().dayOfWeek(), QLocale::ShortFormat) + u' ' + clock;
    return time.toString(QStringLiteral("yyyy-MM-dd hh:mm"));
}

} // namespace vidi::app
