#include "ui/PinyinEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <pinyinime.h>

Q_LOGGING_CATEGORY(lcPinyin, "vidi.pinyin")

namespace vidi::app {

namespace {
constexpr size_t kMaxCandidateLength = 64;

QString &sharedUserDictionary() {
    static QString path;
    return path;
}
} // namespace

QString PinyinEngine::systemDictionary() {
    return QStringLiteral(VIDI_PINYIN_DICTIONARY);
}

void PinyinEngine::setSharedUserDictionary(const QString &userDictionary) {
    sharedUserDictionary() = userDictionary;
}

PinyinEngine &PinyinEngine::shared() {
    static PinyinEngine engine(sharedUserDictionary().isEmpty()
                                   ? QDir::temp().filePath(QStringLiteral("vidi-pinyin-user.dat"))
                                   : sharedUserDictionary());
    return engine;
}

PinyinEngine::PinyinEngine(const QString &userDictionary) {
    const QByteArray system = systemDictionary().toLocal8Bit();
    const QByteArray user = userDictionary.toLocal8Bit();
    if (!QFileInfo::exists(systemDictionary())) {
        qCWarning(lcPinyin) << "no pinyin dictionary at" << systemDictionary();
        return;
    }
    m_open = ime_pinyin::im_open_decoder(system.constData(), user.constData());
    if (!m_open)
        qCWarning(lcPinyin) << "pinyin engine did not open" << systemDictionary();
}

PinyinEngine::~PinyinEngine() {
    if (m_open)
        ime_pinyin::im_close_decoder();
}

void PinyinEngine::compose(const QString &letters) {
    m_letters = letters.toLower();
    m_count = 0;
    if (!m_open)
        return;
    if (m_letters.isEmpty()) {
        ime_pinyin::im_reset_search();
        return;
    }
    const QByteArray spelling = m_letters.toLatin1();
    m_count = int(ime_pinyin::im_search(spelling.constData(), size_t(spelling.size())));
}

QString PinyinEngine::candidate(int index) const {
    if (!m_open || index < 0 || index >= m_count)
        return {};
    ime_pinyin::char16 buffer[kMaxCandidateLength + 1] = {};
    if (!ime_pinyin::im_get_candidate(size_t(index), buffer, kMaxCandidateLength))
        return {};
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer));
}

QStringList PinyinEngine::candidates(int max) const {
    QStringList found;
    for (int i = 0; i < m_count && found.size() < max; ++i)
        if (const QString text = candidate(i); !text.isEmpty())
            found << text;
    return found;
}

int PinyinEngine::syllableCount() const {
    const ime_pinyin::uint16 *starts = nullptr;
    return int(ime_pinyin::im_get_spl_start_pos(starts));
}

bool PinyinEngine::choose(int index) {
    if (!m_open || index < 0 || index >= m_count)
        return false;
    m_count = int(ime_pinyin::im_choose(size_t(index)));
    return int(ime_pinyin::im_get_fixed_len()) >= syllableCount();
}

bool PinyinEngine::undoChoice() {
    if (!m_open || ime_pinyin::im_get_fixed_len() == 0)
        return false;
    m_count = int(ime_pinyin::im_cancel_last_choice());
    return true;
}

QString PinyinEngine::preedit() const {
    if (!m_open || m_letters.isEmpty())
        return m_letters;
    const int fixed = int(ime_pinyin::im_get_fixed_len());
    if (fixed == 0)
        return m_letters;
    const ime_pinyin::uint16 *starts = nullptr;
    const int syllables = int(ime_pinyin::im_get_spl_start_pos(starts));
    const int lettersChosen = starts[qMin(fixed, syllables)];
    return sentence().left(fixed) + m_letters.mid(lettersChosen);
}

QString PinyinEngine::sentence() const {
    return candidate(0);
}

void PinyinEngine::clear() {
    m_letters.clear();
    m_count = 0;
    if (m_open)
        ime_pinyin::im_reset_search();
}

QStringList PinyinEngine::candidates(const QString &pinyin, int max) {
    clear();
    compose(pinyin);
    const QStringList found = candidates(max);
    clear();
    return found;
}

} // namespace vidi::app
