#pragma once
#include <QObject>
#include <QString>

namespace vidi::app {

class Phone;
class Call;

// What a DSS key does when pressed (seed §4.9 type codes; "D1".."D18" are the memory keys
// memorykey.x.*, "L1".."L4" the line keys linekey.x.*). Keys that show a state (BLF) are
// watched by BlfMonitor; this class only acts.
class DssKeys : public QObject {
    Q_OBJECT
public:
    // memorykey.x.type / linekey.x.type codes this phone acts on.
    enum Type {
        None = 0,
        Conference = 1,
        Transfer = 3,
        Hold = 4,
        Dnd = 5,
        CallReturn = 7,
        Pickup = 9,
        Park = 10,
        Dtmf = 11,
        VoiceMail = 12,
        SpeedDial = 13,
        Intercom = 14,
        Line = 15,
        Blf = 16,
        SharedLine = 21, // seed §5.18: the line shared by SCA, value = its account
        GroupPickup = 23,
        BlfList = 39
    };

    explicit DssKeys(Phone *phone);

    bool press(const QString &key);
    // Call Return (type 7) calls back the last caller that rang this phone: its number, on
    // the account the call came in on.
    void rememberCaller(int account, const QString &number) {
        m_lastCallerAccount = account;
        m_lastCaller = number;
    }

private:
    Phone *m_phone;
    QString m_lastCaller;
    int m_lastCallerAccount = 1;
};

} // namespace vidi::app
