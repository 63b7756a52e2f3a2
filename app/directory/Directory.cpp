#include "directory/Directory.h"
#include "storage/SqliteFile.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

Q_LOGGING_CATEGORY(lcDirectory, "vidi.directory")

namespace vidi::app {

namespace {
// Seed §9.6: the sample file's group ids "2", "3", "4" are the built-in groups.
const QList<ContactGroup> kBuiltInGroups = {
    {Directory::kBlacklist, {}, true},
    {QStringLiteral("Family"), {}, true},
    {QStringLiteral("Friend"), {}, true},
};
QString groupByIdOrName(const QString &value) {
    bool numeric = false;
    const int id = value.toInt(&numeric);
    if (numeric && id >= 2 && id <= 4)
        return kBuiltInGroups.at(id - 2).name;
    return value;
}

Contact contactFrom(const QSqlQuery &q) {
    Contact c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.office = q.value(2).toString();
    c.mobile = q.value(3).toString();
    c.other = q.value(4).toString();
    c.line = q.value(5).toString();
    c.ring = q.value(6).toString();
    c.group = q.value(7).toString();
    c.photo = q.value(8).toString();
    return c;
}

const QString kColumns = QStringLiteral("id, name, office, mobile, other, line, ring, "
                                        "group_name, photo");
} // namespace

QStringList Contact::numbers() const {
    QStringList found;
    for (const QString &n : {office, mobile, other})
        if (!n.trimmed().isEmpty())
            found << n.trimmed();
    return found;
}

QString normalizedNumber(const QString &number) {
    QString digits;
    for (const QChar c : number)
        if (c.isDigit() || c == u'*' || c == u'#' || c == u'+')
            digits += c;
    return digits;
}

Directory::Directory(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_file(std::make_unique<SqliteFile>(
          databasePath, QStringLiteral("directory"),
          QStringList{QStringLiteral("CREATE TABLE IF NOT EXISTS groups (name TEXT PRIMARY KEY, "
                                     "ring TEXT, read_only INTEGER NOT NULL DEFAULT 0)"),
                      QStringLiteral("CREATE TABLE IF NOT EXISTS contacts ("
                                     " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                     " name TEXT NOT NULL UNIQUE,"
                                     " office TEXT, mobile TEXT, other TEXT, line TEXT,"
                                     " ring TEXT, group_name TEXT, photo TEXT,"
                                     // the numbers as digits, " 4711 01705551234 ", for
                                     // looking a caller up however the number was written
                                     " digits TEXT)")})) {
    if (!m_file->isOpen())
        return;
    for (const ContactGroup &g : kBuiltInGroups) {
        QSqlQuery insert(m_file->database());
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO groups (name, ring, read_only) "
                                      "VALUES (?, ?, 1)"));
        insert.addBindValue(g.name);
        insert.addBindValue(g.ring);
        insert.exec();
    }
}

Directory::~Directory() = default;

bool Directory::isOpen() const {
    return m_file->isOpen();
}

QString Directory::error() const {
    return m_file->error();
}

int Directory::count() const {
    QSqlQuery q(m_file->database());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM contacts")) && q.next() ? q.value(0).toInt()
                                                                               : 0;
}

bool Directory::saveGroup(const ContactGroup &group) {
    QSqlQuery q(m_file->database());
    q.prepare(QStringLiteral("INSERT INTO groups (name, ring, read_only) VALUES (?, ?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET ring = excluded.ring"));
    q.addBindValue(group.name);
    q.addBindValue(group.ring);
    q.addBindValue(int(group.readOnly));
    return q.exec();
}

bool Directory::save(Contact &contact, QString *error) {
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_file->isOpen())
        return refuse(m_file->error());
    contact.name = contact.name.trimmed();
    if (contact.name.isEmpty())
        return refuse(QStringLiteral("a contact needs a name"));
    QSqlDatabase db = m_file->database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM contacts WHERE name = ?"));
    q.addBindValue(contact.name);
    if (q.exec() && q.next() && q.value(0).toLongLong() != contact.id)
        return refuse(QStringLiteral("\"%1\" is already in the directory").arg(contact.name));
    if (!contact.group.isEmpty()) {
        contact.group = groupByIdOrName(contact.group);
        QSqlQuery g(db);
        g.prepare(QStringLiteral("SELECT 1 FROM groups WHERE name = ?"));
        g.addBindValue(contact.group);
        if (!g.exec() || !g.next())
            return refuse(QStringLiteral("no group \"%1\"").arg(contact.group));
    }
    if (contact.id == 0 && count() >= kCapacity)
        return refuse(QStringLiteral("the directory is full (%1 contacts)").arg(kCapacity));
    QSqlQuery w(db);
    if (contact.id == 0)
        w.prepare(QStringLiteral("INSERT INTO contacts (name, office, mobile, other, line, ring, "
                                 "group_name, photo, digits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        w.prepare(QStringLiteral("UPDATE contacts SET name = ?, office = ?, mobile = ?, other = ?, "
                                 "line = ?, ring = ?, group_name = ?, photo = ?, digits = ? "
                                 "WHERE id = ?"));
    QStringList digits;
    for (const QString &n : contact.numbers())
        digits << normalizedNumber(n);
    for (const QString &v :
         {contact.name, contact.office, contact.mobile, contact.other, contact.line, contact.ring,
          contact.group, contact.photo, u' ' + digits.join(u' ') + u' '})
        w.addBindValue(v);
    if (contact.id != 0)
        w.addBindValue(contact.id);
    if (!w.exec())
        return refuse(w.lastError().text());
    if (contact.id == 0)
        contact.id = w.lastInsertId().toLongLong();
    Q_EMIT changed();
    return true;
}

bool Directory::remove(qint64 id) {
    QSqlQuery q(m_file->database());
    q.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    q.addBindValue(id);
    const bool ok = q.exec() && q.numRowsAffected() > 0;
    if (ok)
        Q_EMIT changed();
    return ok;
}

QList<Contact> Directory::contacts(const QString &group) const {
    QList<Contact> found;
    QSqlQuery q(m_file->database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM contacts %2 ORDER BY name COLLATE NOCASE")
            .arg(kColumns, group.isEmpty() ? QString() : QStringLiteral("WHERE group_name = ?")));
    if (!group.isEmpty())
        q.addBindValue(group);
    if (q.exec())
        while (q.next())
            found << contactFrom(q);
    return found;
}

bool Directory::addGroup(const ContactGroup &group, QString *error) {
    const QString name = group.name.trimmed();
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (name.isEmpty())
        return refuse(QStringLiteral("a group needs a name"));
    for (const ContactGroup &g : groups())
        if (g.name.compare(name, Qt::CaseInsensitive) == 0)
            return refuse(QStringLiteral("there is a group of that name"));
    if (!saveGroup(ContactGroup{name, group.ring, false}))
        return refuse(m_file->error());
    Q_EMIT changed();
    return true;
}

bool Directory::removeGroup(const QString &name, QString *error) {
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QList<ContactGroup> all = groups();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const ContactGroup &g) { return g.name == name; });
    if (it == all.end())
        return refuse(QStringLiteral("no such group"));
    if (it->readOnly)
        return refuse(QStringLiteral("a built-in group stays"));
    QSqlDatabase db = m_file->database();
    db.transaction();
    QSqlQuery clear(db), drop(db);
    clear.prepare(QStringLiteral("UPDATE contacts SET group_name = '' WHERE group_name = ?"));
    clear.addBindValue(name);
    drop.prepare(QStringLiteral("DELETE FROM groups WHERE name = ?"));
    drop.addBindValue(name);
    if (!clear.exec() || !drop.exec()) {
        db.rollback();
        return refuse(clear.lastError().text() + drop.lastError().text());
    }
    db.commit();
    Q_EMIT changed();
    return true;
}

QHash<QString, int> Directory::groupSizes() const {
    QHash<QString, int> sizes;
    QSqlQuery q(m_file->database());
    if (q.exec(QStringLiteral("SELECT group_name, COUNT(*) FROM contacts GROUP BY group_name")))
        while (q.next())
            sizes.insert(q.value(0).toString(), q.value(1).toInt());
    return sizes;
}

QList<ContactGroup> Directory::groups() const {
    QList<ContactGroup> found;
    QSqlQuery q(m_file->database());
    if (q.exec(QStringLiteral("SELECT name, ring, read_only FROM groups ORDER BY rowid")))
        while (q.next())
            found << ContactGroup{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toBool()};
    return found;
}

QList<Contact> Directory::search(const QString &text) const {
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return contacts();
    const QString digits = normalizedNumber(needle);
    QList<Contact> found;
    QSqlQuery q(m_file->database());
    // Names by SQLite's LIKE (ASCII case folding) and numbers by their digits; names in other
    // scripts match as typed.
    q.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE name LIKE ? ESCAPE '\\' %2 "
                             "ORDER BY name COLLATE NOCASE")
                  .arg(kColumns, digits.isEmpty() ? QString()
                                                  : QStringLiteral("OR office LIKE ? OR mobile "
                                                                   "LIKE ? OR other LIKE ?")));
    QString escaped = needle;
    escaped.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
    q.addBindValue(u'%' + escaped + u'%');
    if (!digits.isEmpty())
        for (int i = 0; i < 3; ++i)
            q.addBindValue(u'%' + digits + u'%');
    if (q.exec())
        while (q.next())
            found << contactFrom(q);
    return found;
}

std::optional<Contact> Directory::lookup(const QString &number) const {
    if (number.trimmed().isEmpty() || !m_file->isOpen())
        return std::nullopt;
    QSqlQuery q(m_file->database());
    q.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE office = ? OR mobile = ? OR other = ?")
                  .arg(kColumns));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(number.trimmed());
    if (q.exec() && q.next())
        return contactFrom(q);
    // Numbers written with spaces or dashes ("0951-3371"): compare the digits.
    const QString wanted = normalizedNumber(number);
    if (wanted.isEmpty())
        return std::nullopt;
    QSqlQuery d(m_file->database());
    d.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE instr(digits, ?) > 0").arg(kColumns));
    d.addBindValue(u' ' + wanted + u' ');
    if (d.exec() && d.next())
        return contactFrom(d);
    return std::nullopt;
}

QString Directory::ringFor(const QString &number) const {
    const std::optional<Contact> c = lookup(number);
    if (!c)
        return {};
    if (!c->ring.trimmed().isEmpty())
        return c->ring.trimmed();
    for (const ContactGroup &g : groups())
        if (g.name == c->group)
            return g.ring.trimmed();
    return {};
}

bool Directory::isBlacklisted(const QString &number) const {
    const std::optional<Contact> c = lookup(number);
    return c && c->group == kBlacklist;
}

Directory::ImportReport Directory::importXml(const QByteArray &xml) {
    ImportReport report;
    if (!m_file->isOpen()) {
        report.problems << m_file->error();
        return report;
    }
    QList<ContactGroup> groups;
    QList<QPair<qint64, Contact>> contacts; // with the line each came from
    QSet<QString> names;
    // The seed's file has two top-level elements (<root_group> and <root_contact>), which XML
    // does not allow: it is read inside a root of ours, its declaration blanked out (line
    // numbers stay those of the file).
    QByteArray body = xml;
    const int declaration = body.indexOf("<?xml");
    if (declaration >= 0 && body.left(declaration).trimmed().isEmpty()) {
        const int end = body.indexOf("?>", declaration);
        if (end > 0)
            for (int i = declaration; i < end + 2; ++i)
                if (body[i] != '\n')
                    body[i] = ' ';
    }
    QXmlStreamReader reader("<vidi_contacts>" + body + "</vidi_contacts>");
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto a = reader.attributes();
        const qint64 line = reader.lineNumber();
        if (reader.name() == QLatin1String("group")) {
            ContactGroup g{a.value(QLatin1String("display_name")).toString().trimmed(),
                           a.value(QLatin1String("ring")).toString(),
                           a.value(QLatin1String("read_only")) == QLatin1String("1")};
            if (g.name.isEmpty())
                report.problems << QStringLiteral("line %1: group without a name").arg(line);
            else
                groups << g;
        } else if (reader.name() == QLatin1String("contact")) {
            Contact c;
            c.name = a.value(QLatin1String("display_name")).toString().trimmed();
            c.office = a.value(QLatin1String("office_number")).toString();
            c.mobile = a.value(QLatin1String("mobile_number")).toString();
            c.other = a.value(QLatin1String("other_number")).toString();
            c.line = a.value(QLatin1String("line")).toString();
            c.ring = a.value(QLatin1String("ring")).toString();
            c.group = groupByIdOrName(a.value(QLatin1String("group_id_name")).toString().trimmed());
            c.photo = a.value(QLatin1String("default_photo")).toString();
            if (c.line.isEmpty())
                c.line = QStringLiteral("0");
            if (c.name.isEmpty())
                report.problems << QStringLiteral("line %1: contact without a name").arg(line);
            else if (names.contains(c.name))
                report.problems
                    << QStringLiteral("line %1: \"%2\" is in the file twice").arg(line).arg(c.name);
            else {
                names.insert(c.name);
                contacts << qMakePair(line, c);
            }
        }
    }
    if (reader.hasError()) { // not well-formed: nothing of it is taken
        report.problems.prepend(QStringLiteral("line %1, column %2: %3")
                                    .arg(reader.lineNumber())
                                    .arg(reader.columnNumber())
                                    .arg(reader.errorString()));
        qCWarning(lcDirectory) << "contact file refused:" << report.problems.first();
        return report;
    }
    QSqlDatabase db = m_file->database();
    db.transaction();
    for (const ContactGroup &g : groups)
        if (saveGroup(g))
            ++report.groups;
    QSignalBlocker quiet(this); // one changed() for the whole file, below
    for (auto &[line, c] : contacts) {
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT id FROM contacts WHERE name = ?"));
        existing.addBindValue(c.name);
        if (existing.exec() && existing.next())
            c.id = existing.value(0).toLongLong();
        const bool update = c.id != 0;
        QString why;
        if (save(c, &why))
            ++(update ? report.updated : report.added);
        else
            report.problems << QStringLiteral("line %1: %2").arg(line).arg(why);
    }
    db.commit();
    quiet.unblock();
    report.ok = true;
    for (const QString &p : report.problems)
        qCWarning(lcDirectory) << "contact file:" << p;
    qCInfo(lcDirectory) << "contact file:" << report.added << "added," << report.updated
                        << "updated," << report.problems.size() << "problems";
    Q_EMIT changed();
    return report;
}

QByteArray Directory::exportXml() const {
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    // The seed's layout: <root_group> and <root_contact> side by side, as phones read it.
    w.writeStartElement(QStringLiteral("root_group"));
    for (const ContactGroup &g : groups()) {
        w.writeEmptyElement(QStringLiteral("group"));
        w.writeAttribute(QStringLiteral("display_name"), g.name);
        w.writeAttribute(QStringLiteral("ring"), g.ring);
        w.writeAttribute(QStringLiteral("read_only"),
                         g.readOnly ? QStringLiteral("1") : QStringLiteral("0"));
    }
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("root_contact"));
    for (const Contact &c : contacts()) {
        w.writeEmptyElement(QStringLiteral("contact"));
        w.writeAttribute(QStringLiteral("display_name"), c.name);
        w.writeAttribute(QStringLiteral("office_number"), c.office);
        w.writeAttribute(QStringLiteral("mobile_number"), c.mobile);
        w.writeAttribute(QStringLiteral("other_number"), c.other);
        w.writeAttribute(QStringLiteral("line"), c.line);
        w.writeAttribute(QStringLiteral("ring"), c.ring);
        w.writeAttribute(QStringLiteral("group_id_name"), c.group);
        w.writeAttribute(QStringLiteral("default_photo"), c.photo);
        w.writeAttribute(QStringLiteral("selected_photo"), QStringLiteral("0"));
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace vidi::app
