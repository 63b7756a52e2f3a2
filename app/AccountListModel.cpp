#include "AccountListModel.h"
#include "sipstack/SipAccount.h"
#include "sipstack/SipStack.h"

namespace vidi::app {

using sip::SipAccount;

AccountListModel::AccountListModel(sip::SipStack *stack, QObject *parent)
    : QAbstractListModel(parent)
    , m_stack(stack) {
    for (int i = 1; i <= 4; ++i) {
        connect(stack->account(i), &SipAccount::stateChanged, this, [this, i] {
            const int row = m_rows.indexOf(i);
            if (row >= 0)
                Q_EMIT dataChanged(index(row), index(row));
            Q_EMIT registrationChanged();
        });
    }
}

void AccountListModel::refresh() {
    QList<int> rows;
    for (int i = 1; i <= 4; ++i)
        if (m_stack->account(i)->settings().usable())
            rows << i;
    if (rows == m_rows) {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT registrationChanged();
}

int AccountListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString AccountListModel::stateName(int state) {
    switch (SipAccount::State(state)) {
    case SipAccount::State::Registered:
        return QStringLiteral("registered");
    case SipAccount::State::Registering:
        return QStringLiteral("registering");
    case SipAccount::State::Failed:
        return QStringLiteral("failed");
    default:
        return QStringLiteral("unregistered");
    }
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SipAccount *a = m_stack->account(m_rows.at(index.row()));
    const auto &s = a->settings();
    switch (role) {
    case IndexRole:
        return s.index;
    case LabelRole:
    case Qt::DisplayRole:
        // Seed: the label is shown on the phone; without one, the user name.
        return s.label.isEmpty() ? s.userName : s.label;
    case StateRole:
        return stateName(int(a->state()));
    case UriRole:
        return s.aor();
    case StatusRole:
        return a->lastStatus();
    }
    return {};
}

QHash<int, QByteArray> AccountListModel::roleNames() const {
    return {{IndexRole, "accountIndex"},
            {LabelRole, "label"},
            {StateRole, "registration"},
            {UriRole, "uri"},
            {StatusRole, "status"}};
}

QString AccountListModel::registeredLabel() const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_stack->account(m_rows[row])->state() == SipAccount::State::Registered)
            return data(index(row), LabelRole).toString();
    return {};
}

bool AccountListModel::anyRegistered() const {
    for (int i : m_rows)
        if (m_stack->account(i)->state() == SipAccount::State::Registered)
            return true;
    return false;
}

} // namespace vidi::app
