#pragma once
#include <QObject>
#include <QString>
#include <QTranslator>

class QQmlEngine;

namespace vidi::app {

// lang.gui (seed §4: English, Chinese_S, Chinese_T, German, French, Italian, Portugal, Dutch,
// Spanish, Turkish): the catalogue from the resources (translations/vidi_<code>.ts, built
// into :/i18n) installed on the application, and the QML engine's bindings re-evaluated, so
// that the screens change language at once, without a restart.
class GuiLanguage : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~GuiLanguage() override;

    // The catalogue's locale code of a lang.gui value ("German" → "de"), "" for English and
    // unknown names (English is the source text).
    static QString codeOf(const QString &langGui);
    // Every lang.gui value of the seed, English first.
    static QStringList names();

    // Switches to `langGui`; false (English stays) when its catalogue cannot be loaded.
    bool apply(const QString &langGui);
    QString current() const { return m_code; }
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

private:
    QTranslator m_translator;
    bool m_installed = false;
    QString m_code;
    QQmlEngine *m_engine = nullptr;
};

} // namespace vidi::app
