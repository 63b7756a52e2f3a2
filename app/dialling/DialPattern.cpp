#include "dialling/DialPattern.h"

namespace vidi::app {

namespace {
QString toRegex(const QString &pattern) {
    QString rx = QStringLiteral("^");
    bool inSet = false;
    for (const QChar c : pattern) {
        if (inSet) {
            if (c == QLatin1Char(']')) {
                rx += c;
                inSet = false;
            } else if (c != QLatin1Char(',')) { // "[2,5,8]": the commas only separate
                rx += c == QLatin1Char('-') ? QString(c) : QRegularExpression::escape(c);
            }
            continue;
        }
        if (c == QLatin1Char('.'))
            rx += QStringLiteral(".*");
        else if (c == QLatin1Char('x') || c == QLatin1Char('X'))
            rx += QLatin1Char('.');
        else if (c == QLatin1Char('[')) {
            rx += c;
            inSet = true;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')'))
            rx += c;
        else
            rx += QRegularExpression::escape(c);
    }
    return rx + QLatin1Char('$');
}
} // namespace

DialPattern::DialPattern(const QString &pattern)
    : m_pattern(pattern.trimmed())
    , m_regex(toRegex(pattern.trimmed())) {}

QString DialPattern::error() const {
    if (m_pattern.isEmpty())
        return QStringLiteral("empty pattern");
    return m_regex.errorString();
}

bool DialPattern::matches(const QString &number) const {
    return isValid() && m_regex.match(number).hasMatch();
}

QString DialPattern::replace(const QString &number, const QString &replacement) const {
    const QRegularExpressionMatch m = m_regex.match(number);
    if (!isValid() || !m.hasMatch())
        return number;
    QString out;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c == QLatin1Char('$') && i + 1 < replacement.size() &&
            replacement.at(i + 1).isDigit()) {
            out += m.captured(replacement.at(i + 1).digitValue());
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace vidi::app
