#pragma once
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace vidi::app {

class SqliteFile;

// Seed §4.8, the call log: Dialed, Received, Missed and Forwarded calls, 100 entries in all,
// the oldest going first when a new one comes. Kept in SQLite (one file in the configuration
// directory), each change one transaction: a power cut or a kill in the middle of a write
// leaves the log as it was before or after it, never half written.
class CallHistory : public QObject {
    Q_OBJECT
    Q_PROPERTY(int newMissed READ newMissed NOTIFY changed)
public:
    enum Kind { Dialed = 0, Received = 1, Missed = 2, Forwarded = 3 };
    Q_ENUM(Kind)
    struct Entry {
        qint64 id = 0;
        Kind kind = Dialed;
        QString name; // the other party's name, as shown during the call
        QString uri;  // and address (sip:3602@pbx), for calling back
        int account = 1;
        QDateTime time; // when the call started
        int durationSeconds = 0;
        bool seen = true; // a missed call nobody has looked at yet is not
    };
    static constexpr int kCapacity = 100;

    // Opens (or creates) the log at `databasePath`. A file that is not a usable database is
    // moved aside (".corrupt-<time>", kept for inspection), reported by error(), and a new,
    // empty log started: the phone keeps logging.
    explicit CallHistory(const QString &databasePath, QObject *parent = nullptr);
    ~CallHistory() override;

    bool isOpen() const;
    // What went wrong opening or writing the log, for the log file and the status page.
    QString error() const;

    bool add(const Entry &entry);
    // Newest first; all lists or one.
    QList<Entry> entries(std::optional<Kind> kind = std::nullopt) const;
    // Missed calls not yet seen ("<n> New Missed Call(s)").
    int newMissed() const { return m_newMissed; }
    // The user opened the Missed list.
    void markMissedSeen();
    bool remove(qint64 id);
    void clear(std::optional<Kind> kind = std::nullopt);

Q_SIGNALS:
    void changed();

private:
    void countNewMissed();

    std::unique_ptr<SqliteFile> m_file;
    int m_newMissed = 0;
};

} // namespace vidi::app
