#include "history/CallHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcHistory, "vidi.history")

namespace vidi::app {

namespace {
QSqlDatabase databaseOf(const QString &connection) {
    return QSqlDatabase::database(connection, false);
}
} // namespace

CallHistory::CallHistory(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("history-") + QUuid::createUuid().toString(QUuid::Id128)) {
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    if (!openDatabase(databasePath) && QFile::exists(databasePath)) {
        // Not a database we can use: keep it for inspection and start a new log.
        const QString aside =
            databasePath + QStringLiteral(".corrupt-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss"));
        const QString why = m_error;
        QSqlDatabase::removeDatabase(m_connection);
        QFile::rename(databasePath, aside);
        qCWarning(lcHistory) << "call log" << databasePath << "unusable (" << why << "); kept as"
                             << aside << "and a new log started";
        if (openDatabase(databasePath))
            m_error = QStringLiteral("the call log was unusable (%1) and was started again; "
                                     "the old file is %2")
                          .arg(why, aside);
    }
    countNewMissed();
}

CallHistory::~CallHistory() {
    {
        QSqlDatabase db = databaseOf(m_connection);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool CallHistory::fail(const QString &what) {
    m_error = what;
    qCWarning(lcHistory) << "call log:" << what;
    return false;
}

bool CallHistory::openDatabase(const QString &path) {
    m_open = false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    // A file that is not SQLite, or a damaged one, fails here.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
        q.value(0).toString() != QLatin1String("ok"))
        return fail(
            QStringLiteral("integrity check failed: %1")
                .arg(q.lastError().isValid() ? q.lastError().text() : q.value(0).toString()));
    // Write-ahead log: a write is one append, and a reader never sees it half done.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS calls ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " kind INTEGER NOT NULL,"
                               " name TEXT, uri TEXT, account INTEGER,"
                               " started INTEGER NOT NULL,"
                               " duration INTEGER NOT NULL DEFAULT 0,"
                               " seen INTEGER NOT NULL DEFAULT 1)")))
        return fail(q.lastError().text());
    m_open = true;
    return true;
}

void CallHistory::countNewMissed() {
    m_newMissed = 0;
    if (!m_open)
        return;
    QSqlQuery q(databaseOf(m_connection));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM calls WHERE kind = %1 AND seen = 0")
                   .arg(int(Missed))) &&
        q.next())
        m_newMissed = q.value(0).toInt();
}

bool CallHistory::add(const Entry &entry) {
    if (!m_open)
        return false;
    QSqlDatabase db = databaseOf(m_connection);
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
        return fail((q.lastError().isValid() ? q.lastError() : evict.lastError()).text());
    }
    db.commit();
    countNewMissed();
    Q_EMIT changed();
    return true;
}

QList<CallHistory::Entry> CallHistory::entries(std::optional<Kind> kind) const {
    QList<Entry> found;
    if (!m_open)
        return found;
    QSqlQuery q(databaseOf(m_connection));
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
    if (!m_open || m_newMissed == 0)
        return;
    QSqlQuery q(databaseOf(m_connection));
    q.exec(QStringLiteral("UPDATE calls SET seen = 1 WHERE kind = %1").arg(int(Missed)));
    countNewMissed();
    Q_EMIT changed();
}

bool CallHistory::remove(qint64 id) {
    if (!m_open)
        return false;
    QSqlQuery q(databaseOf(m_connection));
    q.prepare(QStringLiteral("DELETE FROM calls WHERE id = ?"));
    q.addBindValue(id);
    const bool ok = q.exec();
    countNewMissed();
    Q_EMIT changed();
    return ok;
}

void CallHistory::clear(std::optional<Kind> kind) {
    if (!m_open)
        return;
    QSqlQuery q(databaseOf(m_connection));
    q.exec(QStringLiteral("DELETE FROM calls %1")
               .arg(kind ? QStringLiteral("WHERE kind = %1").arg(int(*kind)) : QString()));
    countNewMissed();
    Q_EMIT changed();
}

} // namespace vidi::app
