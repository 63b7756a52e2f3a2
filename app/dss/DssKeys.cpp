#include "dss/DssKeys.h"
#include "Phone.h"
#include "calls/Call.h"
#include "calls/CallManager.h"
#include "config/ConfigStore.h"
#include "dss/BlfMonitor.h"
#include "sipstack/SipAccount.h"
#include "sipstack/SipStack.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcBlf)

namespace vidi::app {

DssKeys::DssKeys(Phone *phone)
    : QObject(phone)
    , m_phone(phone) {}

bool DssKeys::press(const QString &key) {
    static const QRegularExpression name(QStringLiteral("^([DL])([0-9]{1,2})$"));
    const QRegularExpressionMatch m = name.match(key);
    if (!m.hasMatch())
        return false;
    const bool memory = m.captured(1) == QLatin1String("D");
    const int index = m.captured(2).toInt();
    if (index < 1 || index > (memory ? 18 : 4))
        return false;
    const QString base = QStringLiteral("%1.%2.")
                             .arg(memory ? QStringLiteral("memorykey") : QStringLiteral("linekey"))
                             .arg(index);
    ConfigStore *config = m_phone->config();
    const int type = config->intValue(base + "type");
    const QString value = config->value(base + "value").trimmed();
    // line 0 is Auto: the account in use (account 1 for the keys that need a server).
    const int line = config->intValue(base + "line");
    const int account = line > 0 ? line : 1;
    Call *call = m_phone->currentCall();
    qCInfo(lcBlf) << "DSS key" << key << "type" << type;
    switch (type) {
    case Blf:
    case BlfList: {
        int blfAccount = account;
        const std::optional<QString> number =
            m_phone->blf() ? m_phone->blf()->dialFor(key, &blfAccount) : std::nullopt;
        return number && m_phone->dialOn(blfAccount, *number);
    }
    case SpeedDial:
    case Pickup:      // value: pickup code + extension (*971001)
    case GroupPickup: // value: the group's code (*98)
        return !value.isEmpty() && m_phone->dialOn(account, value);
    case Intercom:
        return !value.isEmpty() && m_phone->dialOn(account, value, /*intercom*/ true);
    case VoiceMail: {
        const QString number = config->value(QStringLiteral("voice_mail.number.%1").arg(account));
        return !number.isEmpty() && m_phone->dialOn(account, number);
    }
    case CallReturn:
        return !m_lastCaller.isEmpty() && m_phone->dialOn(m_lastCallerAccount, m_lastCaller);
    case Park:
        // A call in progress goes to the park orbit by a blind transfer to the park code;
        // without one, the code is dialled (to retrieve a parked call).
        if (call && call->state() == Call::State::Active) {
            sip::SipAccount *sipAccount = m_phone->sipStack()->account(call->accountIndex());
            call->blindTransfer(CallManager::targetUri(value, sipAccount->settings()));
            return true;
        }
        return !value.isEmpty() && m_phone->dialOn(account, value);
    case Dtmf:
        if (!call || call->state() != Call::State::Active)
            return false;
        for (const QChar c : value)
            call->sendDtmf(c);
        return true;
    case Dnd:
        m_phone->setDnd(!m_phone->dnd());
        return true;
    case SharedLine: { // a held call of the line retrieved, else the dialer on its account
        const int shared = line > 0 ? line : qMax(1, value.toInt());
        if (!m_phone->retrieveSharedHold(shared))
            m_phone->openDialerOn(shared);
        return true;
    }
    case Hold:
        if (!call)
            return false;
        m_phone->toggleHold();
        return true;
    case Transfer:
        if (!call)
            return false;
        m_phone->transferKey();
        return true;
    case Conference:
        return m_phone->conferenceKey();
    default:
        return false;
    }
}

} // namespace vidi::app
