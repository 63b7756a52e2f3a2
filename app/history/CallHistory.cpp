#include "history/CallHistory.h"
#include "storage/SqliteFile.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vidi::app {

CallHistory::CallHistory(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_file(std::make_unique<SqliteFile>(
          databasePath, QStringLiteral("call log"),
          QStringList{QStringLiteral("CREATE TABLE IF NOT EXISTS calls ("
                                     " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                     " kind INTEGER NOT NULL,"
                                     " name TEXT, uri TEXT, account INTEGER,"
                                     " started INTEGER NOT NULL,"
                                     " duration INTEGER NOT NULL DEFAULT 0,"
                                     " seen INTEGER NOT NULL DEFAULT 1)")})) {
    countNewMissed();
}

CallHistory::~CallHistory() = default;

bool CallHistory::isOpen() const {
    return m_file->isOpen();
}

QString CallHistory::error() const {
    return m_file->error();
}

void CallHistory::countNewMissed() {
    m_newMissed = 0;
    if (!m_file->isOpen())
        return;
    QSqlQuery q(m_file->database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM calls WHERE kind = %1 AND seen = 0")
                   .arg(int(Missed))) &&
        q.next())
        m_newMissed = q.value(0).toInt();
}

bool CallHistory::add(const Entry &entry) {
    if (!m_file->isOpen())
        return false;
    QSqlDatabase db = m_file->database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO calls (kind, name, uri, account, started, duration, "
                             "seen) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(int(entry.kind));
    q.addBindValue(entry.name);
    q.addBindValue(entry.uri);
    q.addBindValue(entry.account);
    q.addBindValue(
        (entry.time.isValid() ? entry.time : QDateTime::currentDateTime()).toMSecsSinceEpoch());
    q.addBindValue(entry.durationSeconds);
    q.addBindValue(entry.kind == Missed ? int(entry.seen) : 1);
    QSqlQuery evict(db);
    // Seed §4.8: 100 entries across the four lists; the oldest goes first.
    const bool ok =
        q.exec() && evict.exec(QStringLiteral("DELETE FROM calls WHERE id NOT IN (SELECT id FROM "
                                              "calls ORDER BY started DESC, id DESC LIMIT %1)")
                                   .arg(kCapacity));
    if (!ok) {
        db.rollback();
        return m_file->fail((q.lastError().isValid() ? q.lastError() : evict.lastError()).text());
    }
    db.commit();
    countNewMissed();
    Q_EMIT changed();
    return true;
}

QList<CallHistory::Entry> CallHistory::entries(std::optional<Kind> kind) const {
    QList<Entry> found;
    if (!m_file->isOpen())
        return found;
    QSqlQuery q(m_file->database());
    q.prepare(QStringLiteral("SELECT id, kind, name, uri, account, started, duration, seen "
                             "FROM calls %1 ORDER BY started DESC, id DESC")
                  .arg(kind ? QStringLiteral("WHERE kind = %1").arg(int(*kind)) : QString()));
    if (!q.exec())
        return found;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.kind = Kind(q.value(1).toInt());
        e.name = q.value(2).toString();
        e.uri = q.value(3).toString();
        e.account = q.value(4).toInt();
        e.time = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong());
        e.durationSeconds = q.value(6).toInt();
        e.seen = q.value(7).toBool();
        found << e;
    }
    return found;
}

void CallHistory::markMissedSeen() {
    if (!m_file->isOpen() || m_newMissed == 0)
        return;
    QSqlQuery q(m_file->database());
    q.exec(QStringLiteral("UPDATE calls SET seen = 1 WHERE kind = %1").arg(int(Missed)));
    countNewMissed();
    Q_EMIT changed();
}

bool CallHistory::remove(qint64 id) {
    if (!m_file->isOpen())
        return false;
    QSqlQuery q(m_file->database());
    q.prepare(QStringLiteral("DELETE FROM calls WHERE id = ?"));
    q.addBindValue(id);
    const bool ok = q.exec();
    countNewMissed();
    Q_EMIT changed();
    return ok;
}

void CallHistory::clear(std::optional<Kind> kind) {
    if (!m_file->isOpen())
        return;
    QSqlQuery q(m_file->database());
    q.exec(QStringLiteral("DELETE FROM calls %1")
               .arg(kind ? QStringLiteral("WHERE kind = %1").arg(int(*kind)) : QString()));
    countNewMissed();
    Q_EMIT changed();
}

} // namespace vidi::app
