#pragma once
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace vidi::sip {
class SipStack;
}

namespace vidi::app {

// The enabled accounts with their registration state, for the idle screen and the web status.
class AccountListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the Phone")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool anyRegistered READ anyRegistered NOTIFY registrationChanged)
    // The label of the first registered account, for the status bar.
    Q_PROPERTY(QString registeredLabel READ registeredLabel NOTIFY registrationChanged)
public:
    enum Role { IndexRole = Qt::UserRole + 1, LabelRole, StateRole, UriRole, StatusRole };

    explicit AccountListModel(sip::SipStack *stack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-reads which accounts are enabled (after a configuration change).
    void refresh();
    bool anyRegistered() const;
    QString registeredLabel() const;
    QList<int> usableAccounts() const { return m_rows; }
    // "registered", "registering", "failed", "unregistered"
    static QString stateName(int state);

Q_SIGNALS:
    void countChanged();
    void registrationChanged();

private:
    sip::SipStack *m_stack;
    QList<int> m_rows; // account indices shown
};

} // namespace vidi::app
