#include "ui/PinyinEngine.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <pinyinime.h>

Q_LOGGING_CATEGORY(lcPinyin, "vidi.pinyin")

namespace vidi::app {

namespace {
constexpr size_t kMaxCandidateLength = 64;
} // namespace

QString PinyinEngine::systemDictionary() {
    return QStringLiteral(VIDI_PINYIN_DICTIONARY);
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

QStringList PinyinEngine::candidates(const QString &pinyin, int max) {
    QStringList found;
    if (!m_open || pinyin.isEmpty())
        return found;
    const QByteArray letters = pinyin.toLower().toLatin1();
    ime_pinyin::im_reset_search();
    const size_t count = ime_pinyin::im_search(letters.constData(), size_t(letters.size()));
    ime_pinyin::char16 buffer[kMaxCandidateLength + 1];
    for (size_t i = 0; i < count && found.size() < max; ++i) {
        if (!ime_pinyin::im_get_candidate(i, buffer, kMaxCandidateLength))
            continue;
        buffer[kMaxCandidateLength] = 0;
        found << QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer));
    }
    return found;
}

} // namespace vidi::app
