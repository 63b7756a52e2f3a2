#pragma once
#include <QRegularExpression>
#include <QString>

namespace vidi::app {

// One pattern of the dial plan (seed 000 §"Dial Plan"): "." any string, "x" any one
// character, "[5-7]" a range, "[2,5,8]" a set, "( )" a group that the replacement names as
// $1…$9. Matches the whole number.
class DialPattern {
public:
    explicit DialPattern(const QString &pattern);

    bool isValid() const { return m_regex.isValid() && !m_pattern.isEmpty(); }
    QString error() const;
    bool matches(const QString &number) const;
    // The replacement with $n taken from the groups of `number`; the number itself when it
    // does not match.
    QString replace(const QString &number, const QString &replacement) const;

private:
    QString m_pattern;
    QRegularExpression m_regex;
};

} // namespace vidi::app
