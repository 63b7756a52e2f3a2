#pragma once
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace vidi::app {

// One SQLite file of the phone's flash (the call log, the directory): opened with its schema,
// in write-ahead-log mode (a write is one append; a kill or power cut leaves the file as it
// was before or after a transaction, never half written). A file that is not a usable
// database is moved aside (".corrupt-<time>", kept for inspection), and a new one started,
// which error() reports: the phone keeps working and nothing is silently dropped.
class SqliteFile {
public:
    // `what` names the file in messages ("call log"); `schema`: CREATE … IF NOT EXISTS.
    SqliteFile(const QString &path, const QString &what, const QStringList &schema);
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase database() const;
    // Logs a failed write and keeps it for error(); returns false.
    bool fail(const QString &what);

private:
    bool open(const QString &path, const QStringList &schema);

    QString m_connection;
    QString m_what;
    bool m_open = false;
    QString m_error;
};

} // namespace vidi::app
