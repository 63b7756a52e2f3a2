#include "directory/DirectoryModel.h"

namespace vidi::app {

DirectoryModel::DirectoryModel(Directory *directory, QObject *parent)
    : QAbstractListModel(parent)
    , m_directory(directory) {
    connect(directory, &Directory::changed, this, &DirectoryModel::reload);
    reload();
}

void DirectoryModel::setFilter(const QString &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
    Q_EMIT filterChanged();
}

void DirectoryModel::setGroup(const QString &group) {
    if (group == m_group)
        return;
    m_group = group;
    reload();
    Q_EMIT groupChanged();
}

void DirectoryModel::reload() {
    beginResetModel();
    m_contacts = m_directory->search(m_filter);
    if (!m_group.isEmpty())
        m_contacts.removeIf([this](const Contact &c) { return c.group != m_group; });
    endResetModel();
    Q_EMIT countChanged();
}

const Contact *DirectoryModel::contact(int row) const {
    return row >= 0 && row < m_contacts.size() ? &m_contacts.at(row) : nullptr;
}

int DirectoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_contacts.size());
}

QVariant DirectoryModel::data(const QModelIndex &index, int role) const {
    const Contact *c = contact(index.row());
    if (!c)
        return {};
    switch (role) {
    case NameRole:
        return c->name;
    case NumberRole:
        return c->numbers().value(0);
    case GroupRole:
        return c->group;
    case PhotoRole:
        return c->photo;
    default:
        return {};
    }
}

QHash<int, QByteArray> DirectoryModel::roleNames() const {
    return {{NameRole, "name"}, {NumberRole, "number"}, {GroupRole, "group"}, {PhotoRole, "photo"}};
}

} // namespace vidi::app
