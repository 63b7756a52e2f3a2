#pragma once
#include "history/CallHistory.h"
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace vidi::app {

// One list of the call log for the screen (all when `kind` is -1), newest first.
class CallHistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The call log comes from the Phone")
    Q_PROPERTY(int kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        NumberRole,
        UriRole,
        TimeRole,
        DurationRole,
        KindRole
    };

    explicit CallHistoryModel(CallHistory *history, QObject *parent = nullptr);

    int kind() const { return m_kind; }
    void setKind(int kind);
    const CallHistory::Entry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "3602" of sip:3602@pbx; a bare address otherwise.
    static QString numberOf(const QString &uri);
    // "12:05" today, "Mon 12:05" this week, "2026-11-02 12:05" before.
    static QString whenText(const QDateTime &time, const QDateTime &now);

Q_SIGNALS:
    void kindChanged();
    void countChanged();

private:
    void reload();

    CallHistory *m_history;
    int m_kind = -1;
    QList<CallHistory::Entry> m_entries;
};

} // namespace vidi::app
