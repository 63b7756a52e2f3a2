#pragma once
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace vidi::app {

class BlfMonitor;
class SharedLines;
class ConfigStore;

// The DSS panel (seed §4.9): the 4 line keys (L1-L4, linekey.x.*) and the 18 memory keys
// (D1-D18, memorykey.x.*) with their labels and, for BLF keys, the watched extension's state.
class DssKeyModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The DSS keys come from the Phone")
public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, TypeRole, StateRole, ConfiguredRole };

    DssKeyModel(const ConfigStore *config, QObject *parent = nullptr);
    // BLF states appear once the monitor exists (it starts with the SIP services).
    void setBlfMonitor(const BlfMonitor *blf);
    void setSharedLines(const SharedLines *lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The seed's name of a key type (memorykey.x.type), for a key without a label.
    static QString typeName(int type);

private:
    void reload();

    struct Key {
        QString key; // "L1", "D7"
        int type = 0;
        QString label;
        QString state; // "idle", "ringing", "busy" for a BLF key; empty otherwise
    };
    const ConfigStore *m_config;
    const BlfMonitor *m_blf = nullptr;
    const SharedLines *m_sharedLines = nullptr;
    QList<Key> m_keys;
};

} // namespace vidi::app
