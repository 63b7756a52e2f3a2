#include "storage/SqliteFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStorage, "vidi.storage")

namespace vidi::app {

SqliteFile::SqliteFile(const QString &path, const QString &what, const QStringList &schema)
    : m_connection(QStringLiteral("sqlite-") + QUuid::createUuid().toString(QUuid::Id128))
    , m_what(what) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (open(path, schema) || !QFile::exists(path))
        return;
    // Not a database we can use: keep it for inspection and start a new one.
    const QString aside =
        path + QStringLiteral(".corrupt-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss"));
    const QString why = m_error;
    QSqlDatabase::removeDatabase(m_connection);
    QFile::rename(path, aside);
    qCWarning(lcStorage).noquote() << m_what << path << "unusable (" << why << "); kept as" << aside
                                   << "and a new one started";
    if (open(path, schema))
        m_error = QStringLiteral("the %1 was unusable (%2) and was started again; the old file "
                                 "is %3")
                      .arg(m_what, why, aside);
}

SqliteFile::~SqliteFile() {
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase SqliteFile::database() const {
    return QSqlDatabase::database(m_connection, false);
}

bool SqliteFile::fail(const QString &what) {
    m_error = what;
    qCWarning(lcStorage).noquote() << m_what << ":" << what;
    return false;
}

bool SqliteFile::open(const QString &path, const QStringList &schema) {
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
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    for (const QString &statement : schema)
        if (!q.exec(statement))
            return fail(q.lastError().text());
    m_open = true;
    return true;
}

} // namespace vidi::app
