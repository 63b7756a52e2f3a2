#pragma once
#include <QString>
#include <QStringList>

namespace vidi::app {

// Chinese (Simplified) from pinyin, for the on-screen keyboard of the Chinese UI: Google's
// Pinyin engine (libgooglepinyin, the engine Qt's own pinyin input method is built on, which
// Debian's Qt Virtual Keyboard lacks). The engine keeps one decoder per process: one
// PinyinEngine at a time.
class PinyinEngine {
public:
    // The system dictionary the package installs.
    static QString systemDictionary();

    // `userDictionary`: where words the user chose are learnt (created when missing).
    explicit PinyinEngine(const QString &userDictionary);
    ~PinyinEngine();
    PinyinEngine(const PinyinEngine &) = delete;
    PinyinEngine &operator=(const PinyinEngine &) = delete;

    bool isOpen() const { return m_open; }
    // The hanzi for the letters typed so far ("nihao"), best first, at most `max`.
    QStringList candidates(const QString &pinyin, int max = 20);

private:
    bool m_open = false;
};

} // namespace vidi::app
