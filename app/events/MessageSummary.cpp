#include "events/MessageSummary.h"
#include <QList>
#include <QRegularExpression>

namespace vidi::app {

std::optional<MessageSummary> MessageSummary::parse(const QByteArray &body) {
    MessageSummary summary;
    bool sawWaiting = false;
    // RFC 3842 §5.2: msg-summary-line = message-context-class HCOLON newmsgs SLASH oldmsgs
    static const QRegularExpression counts(QStringLiteral("^\\s*(\\d+)\\s*/\\s*(\\d+)"));
    for (const QByteArray &raw : body.split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QString value = QString::fromLatin1(line.mid(colon + 1).trimmed());
        if (name == "messages-waiting") {
            sawWaiting = true;
            summary.waiting = value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        } else if (name == "voice-message") {
            const QRegularExpressionMatch m = counts.match(value);
            if (m.hasMatch()) {
                summary.newVoice = m.captured(1).toInt();
                summary.oldVoice = m.captured(2).toInt();
            }
        }
    }
    if (!sawWaiting)
        return std::nullopt;
    return summary;
}

} // namespace vidi::app
