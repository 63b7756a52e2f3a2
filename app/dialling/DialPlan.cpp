#include "dialling/DialPlan.h"
#include "config/ConfigStore.h"
#include "dialling/DialPattern.h"

namespace vidi::app {

namespace {
constexpr int kReplaceRules = 20;
constexpr int kDialNowRules = 20;
constexpr int kBlockOutRules = 10;
} // namespace

bool DialPlan::appliesTo(const QString &lineIdKey, int account) const {
    const QString lines = m_config.value(lineIdKey).trimmed();
    if (lines.isEmpty())
        return true; // blank: every account
    for (const QString &id : lines.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (id.trimmed().toInt() == account)
            return true;
    return false;
}

bool DialPlan::isBlocked(const QString &number, int account) const {
    for (int i = 1; i <= kBlockOutRules; ++i) {
        const QString rule = m_config.value(QStringLiteral("dialplan.block_out.number.%1").arg(i));
        if (!rule.isEmpty() &&
            appliesTo(QStringLiteral("dialplan.block_out.line_id.%1").arg(i), account) &&
            DialPattern(rule).matches(number))
            return true;
    }
    return false;
}

bool DialPlan::isEmergency(const QString &typed) const {
    const QStringList numbers = m_config.value("phone_setting.emergency.number")
                                    .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &n : numbers)
        if (n.trimmed() == typed)
            return true;
    return false;
}

DialPlan::Outcome DialPlan::apply(const QString &typed, int account) const {
    Outcome out{false, typed};
    if (isEmergency(typed))
        return out;
    bool replaced = false;
    for (int i = 1; i <= kReplaceRules && !replaced; ++i) {
        const QString prefix = m_config.value(QStringLiteral("dialplan.replace.prefix.%1").arg(i));
        if (prefix.isEmpty() ||
            !appliesTo(QStringLiteral("dialplan.replace.line_id.%1").arg(i), account))
            continue;
        const DialPattern pattern(prefix);
        if (pattern.matches(typed)) {
            out.number = pattern.replace(
                typed, m_config.value(QStringLiteral("dialplan.replace.replace.%1").arg(i)));
            replaced = true;
        }
    }
    const QString areaCode = m_config.value("dialplan.area_code.code").trimmed();
    if (!replaced && !areaCode.isEmpty() && appliesTo("dialplan.area_code.line_id", account)) {
        const int length = int(typed.size());
        if (length >= m_config.intValue("dialplan.area_code.min_len") &&
            length <= m_config.intValue("dialplan.area_code.max_len"))
            out.number = areaCode + typed;
    }
    out.blocked = isBlocked(typed, account) || isBlocked(out.number, account);
    return out;
}

bool DialPlan::isDialNow(const QString &typed, int account) const {
    for (int i = 1; i <= kDialNowRules; ++i) {
        const QString rule = m_config.value(QStringLiteral("dialplan.dialnow.rule.%1").arg(i));
        if (!rule.isEmpty() &&
            appliesTo(QStringLiteral("dialplan.dialnow.line_id.%1").arg(i), account) &&
            DialPattern(rule).matches(typed))
            return true;
    }
    return false;
}

} // namespace vidi::app
