#include "events/VoiceMailBox.h"
#include "events/MessageSummary.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPhone)

namespace vidi::app {

bool VoiceMailBox::update(int account, const QByteArray &body) {
    const auto summary = MessageSummary::parse(body);
    if (!summary) {
        qCWarning(lcPhone) << "account" << account
                           << "message-summary without Messages-Waiting, ignored";
        return false;
    }
    const int count = summary->waiting ? summary->newVoice : 0;
    qCInfo(lcPhone) << "account" << account << "voice mail:" << count << "new";
    if (m_new.value(account, -1) != count) {
        m_new[account] = count;
        Q_EMIT changed();
    }
    return true;
}

int VoiceMailBox::newMessages() const {
    int total = 0;
    for (int n : m_new)
        total += n;
    return total;
}

} // namespace vidi::app
