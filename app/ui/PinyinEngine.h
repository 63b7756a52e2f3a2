#pragma once
#include <QString>
#include <QStringList>

namespace vidi::app {

// Chinese (Simplified) from pinyin, for the on-screen keyboard of the Chinese UI: Google's
// Pinyin engine (libgooglepinyin, the engine Qt's own pinyin input method is built on, which
// Debian's Qt Virtual Keyboard lacks). The engine keeps one decoder per process: one
// PinyinEngine at a time — the keyboard's input methods share `shared()`.
//
// A composition: the letters typed so far ("nihaoma"), of which a leading part may already
// be chosen ("你好" + "ma"). Candidate 0 is always the engine's best whole sentence; the
// others are words for the first syllables not yet chosen.
class PinyinEngine {
public:
    // The system dictionary the package installs.
    static QString systemDictionary();
    // The process's engine; words the user chooses are learnt in `userDictionary` (set before
    // the first call; a temporary file when never set).
    static PinyinEngine &shared();
    static void setSharedUserDictionary(const QString &userDictionary);

    // `userDictionary`: where words the user chose are learnt (created when missing).
    explicit PinyinEngine(const QString &userDictionary);
    ~PinyinEngine();
    PinyinEngine(const PinyinEngine &) = delete;
    PinyinEngine &operator=(const PinyinEngine &) = delete;

    bool isOpen() const { return m_open; }

    // Starts or continues the composition with these letters (the chosen part stays while
    // the letters before it are unchanged).
    void compose(const QString &letters);
    // The letters of the composition.
    QString letters() const { return m_letters; }
    // Candidates for the composition, best first, at most `max`.
    QStringList candidates(int max = 20) const;
    // Chooses candidate `index`: true when that completes the composition (then `sentence()`
    // is the text to commit), false when letters are left to choose for.
    bool choose(int index);
    // Takes back the last choice; false when nothing was chosen.
    bool undoChoice();
    // What the text field shows while composing: the chosen hanzi, then the letters left.
    QString preedit() const;
    // The best whole sentence (candidate 0), with every choice made so far.
    QString sentence() const;
    void clear();

    // One-shot lookup: the hanzi for these letters ("nihao"), best first, at most `max`.
    QStringList candidates(const QString &pinyin, int max = 20);

private:
    QString candidate(int index) const;
    int syllableCount() const;

    bool m_open = false;
    QString m_letters;
    int m_count = 0; // candidates of the current search
};

} // namespace vidi::app
