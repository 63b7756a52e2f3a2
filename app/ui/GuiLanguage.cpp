#include "ui/GuiLanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcLanguage, "vidi.language")

namespace vidi::app {

namespace {
const QList<QPair<QString, QString>> &table() {
    static const QList<QPair<QString, QString>> t = {
        {QStringLiteral("English"), QString()},
        {QStringLiteral("Chinese_S"), QStringLiteral("zh_CN")},
        {QStringLiteral("Chinese_T"), QStringLiteral("zh_TW")},
        {QStringLiteral("German"), QStringLiteral("de")},
        {QStringLiteral("French"), QStringLiteral("fr")},
        {QStringLiteral("Italian"), QStringLiteral("it")},
        {QStringLiteral("Portugal"), QStringLiteral("pt")},
        {QStringLiteral("Dutch"), QStringLiteral("nl")},
        {QStringLiteral("Spanish"), QStringLiteral("es")},
        {QStringLiteral("Turkish"), QStringLiteral("tr")}};
    return t;
}
} // namespace

GuiLanguage::~GuiLanguage() {
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

QString GuiLanguage::codeOf(const QString &langGui) {
    for (const auto &[name, code] : table())
        if (name.compare(langGui.trimmed(), Qt::CaseInsensitive) == 0)
            return code;
    return {};
}

QStringList GuiLanguage::names() {
    QStringList n;
    for (const auto &entry : table())
        n << entry.first;
    return n;
}

bool GuiLanguage::apply(const QString &langGui) {
    const QString code = codeOf(langGui);
    if (code == m_code && (m_installed || code.isEmpty()))
        return true;
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    m_installed = false;
    m_code.clear();
    bool ok = true;
    if (!code.isEmpty()) {
        ok = m_translator.load(QStringLiteral(":/i18n/vidi_%1.qm").arg(code));
        if (ok) {
            QCoreApplication::installTranslator(&m_translator);
            m_installed = true;
            m_code = code;
        } else {
            qCWarning(lcLanguage) << "no catalogue for lang.gui" << langGui << "- English stays";
        }
    }
    qCInfo(lcLanguage) << "GUI language" << (m_code.isEmpty() ? QStringLiteral("en") : m_code);
    if (m_engine)
        m_engine->retranslate();
    return ok;
}

} // namespace vidi::app
