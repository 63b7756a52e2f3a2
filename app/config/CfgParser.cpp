#include "config/CfgParser.h"
#include <QRegularExpression>
#include <QStringList>

namespace vidi::app {

namespace {
const QString kHeader = QStringLiteral("#!version:1.0.0.1");
// Key names are dotted lower-case words (account.1.sip_server_host, action_url.log_on).
const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"));
} // namespace

QString ConfigIssue::toString() const {
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(file, message);
}

CfgParseResult parseCfg(const QString &text, const QString &fileName) {
    CfgParseResult result;
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1); // a UTF-8 byte order mark from Windows editors
    const QStringList lines = body.split(QLatin1Char('\n'));
    // The header identifies a cfg file; without it the download is most likely something else
    // (an HTML error page, say), and applying it line by line would do harm.
    if (lines.isEmpty() || !lines.first().trimmed().startsWith(kHeader)) {
        result.issues.append({fileName, 1,
                              QStringLiteral("missing the '%1' header line; "
                                             "file ignored")
                                  .arg(kHeader)});
        return result;
    }
    result.accepted = true;
    for (int i = 1; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq < 0) {
            result.issues.append(
                {fileName, lineNo, QStringLiteral("expected 'name = value', got '%1'").arg(line)});
            continue;
        }
        const QString name = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (!kName.match(name).hasMatch()) {
            result.issues.append(
                {fileName, lineNo, QStringLiteral("'%1' is not a parameter name").arg(name)});
            continue;
        }
        if (value.isEmpty())
            continue; // "name =" leaves the setting as it is (seed sample files are full of them)
        const bool reset = value == QLatin1String("!NULL!") || value == QLatin1String("%NULL%");
        result.entries.append({name.toLower(), reset ? QString() : value, lineNo, reset});
    }
    return result;
}

QString formatCfg(const QList<QPair<QString, QString>> &entries) {
    QString out = kHeader + QLatin1Char('\n');
    for (const auto &[name, value] : entries)
        out += name + QStringLiteral(" = ") + value + QLatin1Char('\n');
    return out;
}

} // namespace vidi::app
