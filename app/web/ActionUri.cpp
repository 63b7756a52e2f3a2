#include "web/ActionUri.h"
#include "Phone.h"
#include "config/ConfigStore.h"
#include "platform/Platform.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcActionUri, "vidi.actionuri")

namespace vidi::app {

bool ActionUri::isTrusted(const QString &limitIp, const QHostAddress &client) {
    const QString list = limitIp.trimmed();
    if (list.isEmpty())
        return false;
    if (list.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &entry : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QHostAddress trusted(entry.trimmed());
        if (!trusted.isNull() && trusted.isEqual(client, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

bool ActionUri::isKnownKey(const QString &key) {
    static const QRegularExpression known(
        QStringLiteral("^([0-9*#]|POUND|OK|X|F[1-4]|F_HOLD|F_TRANSFER|F_CONFERENCE|F_STOP_VIDEO|"
                       "MUTE|SPEAKER|DNDOn|DNDOff|"
                       "Reboot|number=[0-9*#]+|D([1-9]|1[0-8])|L[1-4])$"));
    return known.match(key).hasMatch();
}

ActionUri::Outcome ActionUri::handle(const QString &key, const QHostAddress &client) {
    if (!isTrusted(m_phone->config()->value("features.action_uri_limit_ip"), client)) {
        qCWarning(lcActionUri) << "refused key" << key << "from untrusted" << client.toString();
        return Outcome::Refused;
    }
    if (!isKnownKey(key))
        return Outcome::UnknownKey;
    qCInfo(lcActionUri) << "key" << key << "from" << client.toString();
    if (key.startsWith(QLatin1String("number="))) // later Yealink firmware: dial a number
        return m_phone->dialNumber(key.mid(7)) ? Outcome::Done : Outcome::NotNow;
    if (key == QLatin1String("DNDOn") || key == QLatin1String("DNDOff")) {
        m_phone->setDnd(key == QLatin1String("DNDOn"));
        return Outcome::Done;
    }
    if (key == QLatin1String("Reboot")) {
        if (!m_phone->platform())
            return Outcome::NotNow;
        m_phone->platform()->reboot();
        return Outcome::Done;
    }
    return m_phone->pressKey(key) ? Outcome::Done : Outcome::NotNow;
}

} // namespace vidi::app
