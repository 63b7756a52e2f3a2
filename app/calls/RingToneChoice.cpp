#include "calls/RingToneChoice.h"
#include "config/ConfigStore.h"

#include <QRegularExpression>

namespace vidi::app {

namespace {
constexpr int kInfoRules = 10;

QString defaultRing(const ConfigStore &config) {
    const QString ring = config.value("phone_setting.ring_type").trimmed();
    return ring.isEmpty() ? QStringLiteral("Ring1.wav") : ring;
}

// Rule 3: the ring of the distinctive_ring_tones rule whose text is `info`, if any.
QString ringOfInfoRule(const QString &info, const ConfigStore &config) {
    if (!info.isEmpty())
        for (int i = 1; i <= kInfoRules; ++i) {
            const QString base = QStringLiteral("distinctive_ring_tones.alert_info.%1.").arg(i);
            const QString text = config.value(base + "text").trimmed();
            if (!text.isEmpty() && text.compare(info, Qt::CaseInsensitive) == 0)
                return QStringLiteral("Ring%1.wav")
                    .arg(qBound(1, config.intValue(base + "ringer"), 8));
        }
    return {};
}
} // namespace

QString RingToneChoice::ringForInfo(const QString &info, const ConfigStore &config) {
    const QString ring = ringOfInfoRule(info, config);
    return ring.isEmpty() ? defaultRing(config) : ring;
}

QString RingToneChoice::directoryRingFile(const QString &ring) {
    static const QRegularExpression resource(QStringLiteral("^Resource:(Ring[1-8]\\.wav)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = resource.match(ring.trimmed());
    return m.hasMatch() ? QStringLiteral("Ring") + m.captured(1).mid(4)
                        : QString(); // "ring3.wav" too
}

RingToneChoice RingToneChoice::choose(const QString &alertInfo, int account,
                                      const ConfigStore &config, const QString &directoryRing) {
    RingToneChoice choice;
    const QString fromDirectory = directoryRingFile(directoryRing);
    choice.ring = fromDirectory.isEmpty() ? defaultRing(config) : fromDirectory;
    const bool enabled =
        config.boolValue(QStringLiteral("account.%1.alert_info_url_enable").arg(account));
    if (!enabled || alertInfo.trimmed().isEmpty())
        return choice;
    static const QRegularExpression named(QStringLiteral("(?:Bellcore-dr|MyMelody)([1-8])"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = named.match(alertInfo); m.hasMatch()) {
        choice.ring = QStringLiteral("Ring%1.wav").arg(m.captured(1));
        return choice;
    }
    static const QRegularExpression info(QStringLiteral(";\\s*info\\s*=\\s*([^;,>\\s]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const QString byRule = ringOfInfoRule(info.match(alertInfo).captured(1), config);
        !byRule.isEmpty())
        choice.ring = byRule; // else the directory's or the phone's ring stays
    static const QRegularExpression url(QStringLiteral("<?((?:https?|ftp|tftp)://[^>;,\\s]+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = url.match(alertInfo); m.hasMatch())
        choice.download = QUrl(m.captured(1));
    return choice;
}

} // namespace vidi::app
