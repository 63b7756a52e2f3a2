#pragma once
#include "directory/Directory.h"
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace vidi::app {

// The directory for the screen: all contacts by name, or those matching `filter` (a name or
// part of a number).
class DirectoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The directory comes from the Phone")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    // Only this group's contacts ("" all of them).
    Q_PROPERTY(QString group READ group WRITE setGroup NOTIFY groupChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { NameRole = Qt::UserRole + 1, NumberRole, GroupRole, PhotoRole };

    explicit DirectoryModel(Directory *directory, QObject *parent = nullptr);

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    QString group() const { return m_group; }
    void setGroup(const QString &group);
    const Contact *contact(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterChanged();
    void groupChanged();
    void countChanged();

private:
    void reload();

    Directory *m_directory;
    QString m_filter;
    QString m_group;
    QList<Contact> m_contacts;
};

} // namespace vidi::app
