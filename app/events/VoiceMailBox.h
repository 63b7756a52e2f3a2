#pragma once
#include <QByteArray>
#include <QHash>
#include <QObject>

namespace vidi::app {

// New voice messages per account, from message-summary NOTIFYs (RFC 3842, seed §"MWI"):
// solicited or not, the last one for an account wins.
class VoiceMailBox : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Takes a message-summary body; false (and nothing changes) when it is not one.
    bool update(int account, const QByteArray &body);
    int newMessages() const;
    int newMessages(int account) const { return m_new.value(account); }

Q_SIGNALS:
    void changed();

private:
    QHash<int, int> m_new;
};

} // namespace vidi::app
