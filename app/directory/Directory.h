#pragma once
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace vidi::app {

class SqliteFile;

// A local contact (seed §4.5 and the contact file of §9.6).
struct Contact {
    qint64 id = 0;
    QString name; // not blank, unique
    QString office, mobile, other;
    QString line = QStringLiteral("0"); // "0" all lines, or "1,2"
    QString ring;                       // blank (Auto), Resource:RingN.wav or Custom:Name.wav
    QString group;                      // a group's name
    QString photo;                      // Resource:name.png or Config:name.png
    QStringList numbers() const;
};

struct ContactGroup {
    QString name;
    QString ring;
    bool readOnly = false;
};

// The local directory: up to 1000 contacts in groups, in SQLite (contacts.db in the
// configuration directory). Groups Blacklist, Family and Friend are built in (ids "2", "3",
// "4" in the seed's contact files); a call from a number in Blacklist is refused.
class Directory : public QObject {
    Q_OBJECT
public:
    static constexpr int kCapacity = 1000;
    static inline const QString kBlacklist = QStringLiteral("Blacklist");

    explicit Directory(const QString &databasePath, QObject *parent = nullptr);
    ~Directory() override;
    bool isOpen() const;
    QString error() const;

    // Adds or, with an id, changes a contact. False with *error for a blank or taken name,
    // a full directory, an unknown group.
    bool save(Contact &contact, QString *error = nullptr);
    bool remove(qint64 id);
    QList<Contact> contacts(const QString &group = {}) const; // by name
    QList<ContactGroup> groups() const;
    // How many contacts each group has (one query: the group bar re-reads it as one types).
    QHash<QString, int> groupSizes() const;
    // A group of one's own (seed §4.5: the groups screen). False with *error for a blank or
    // taken name.
    bool addGroup(const ContactGroup &group, QString *error = nullptr);
    // Removes a group of one's own; its contacts stay, in no group. The built-in groups stay.
    bool removeGroup(const QString &name, QString *error = nullptr);
    int count() const;

    // Names containing `text` (any case) or numbers containing its digits, by name.
    QList<Contact> search(const QString &text) const;
    // The contact one of whose numbers is `number` (a dialled string or a URI's user part).
    std::optional<Contact> lookup(const QString &number) const;
    bool isBlacklisted(const QString &number) const;
    // The ring the directory gives a caller: the contact's, else its group's; empty for Auto.
    QString ringFor(const QString &number) const;

    // The seed's contact file (<root_group>, <root_contact>). A file that is not well-formed
    // XML changes nothing and says where it broke; contacts without a name, with a name
    // already in the file, or beyond the capacity are skipped, each reported; the others are
    // added or, by name, replace the contact of that name. All in one transaction.
    struct ImportReport {
        bool ok = false;
        int added = 0, updated = 0, groups = 0;
        QStringList problems; // "line 12: contact without a name", ...
    };
    ImportReport importXml(const QByteArray &xml);
    QByteArray exportXml() const;

Q_SIGNALS:
    void changed();

private:
    bool saveGroup(const ContactGroup &group);

    std::unique_ptr<SqliteFile> m_file;
};

// Only the digits and the * # + that matter when two numbers are compared.
QString normalizedNumber(const QString &number);

} // namespace vidi::app
