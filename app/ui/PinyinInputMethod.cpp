#include "ui/PinyinInputMethod.h"

#include "ui/PinyinEngine.h"
#include "ui/TraditionalChinese.h"

#include <QHash>
#include <QtVirtualKeyboard/QVirtualKeyboardInputContext>

namespace vidi::app {

namespace {
using Type = QVirtualKeyboardSelectionListModel::Type;
using Role = QVirtualKeyboardSelectionListModel::Role;

// The engine would drop letters beyond its own limit; a name or a note is never this long.
constexpr int kMaxLetters = 40;
constexpr int kMaxCandidates = 50;

// Chinese text takes full-width punctuation (as every pinyin keyboard types it).
QString fullWidth(const QString &mark) {
    static const QHash<QString, QString> marks = {
        {QStringLiteral(","), QStringLiteral("，")}, {QStringLiteral("."), QStringLiteral("。")},
        {QStringLiteral("?"), QStringLiteral("？")}, {QStringLiteral("!"), QStringLiteral("！")},
        {QStringLiteral(":"), QStringLiteral("：")}, {QStringLiteral(";"), QStringLiteral("；")}};
    return marks.value(mark);
}
} // namespace

PinyinInputMethod::PinyinInputMethod(QObject *parent)
    : QVirtualKeyboardAbstractInputMethod(parent)
    , m_engine(PinyinEngine::shared()) {}

PinyinInputMethod::~PinyinInputMethod() {
    // The engine outlives us (one per process): leave it without a composition.
    m_engine.clear();
}

void PinyinInputMethod::setTraditional(bool traditional) {
    if (m_traditional == traditional)
        return;
    m_traditional = traditional;
    Q_EMIT traditionalChanged();
}

QList<QVirtualKeyboardInputEngine::InputMode> PinyinInputMethod::inputModes(const QString &) {
    return {QVirtualKeyboardInputEngine::InputMode::Pinyin};
}

bool PinyinInputMethod::setInputMode(const QString &, QVirtualKeyboardInputEngine::InputMode) {
    reset();
    return true;
}

bool PinyinInputMethod::setTextCase(QVirtualKeyboardInputEngine::TextCase) {
    return true;
}

bool PinyinInputMethod::composing() const {
    return !m_engine.letters().isEmpty();
}

bool PinyinInputMethod::keyEvent(Qt::Key key, const QString &text, Qt::KeyboardModifiers) {
    // A field that went away with its pre-edit text takes the composition with it.
    if (composing() && inputContext()->preeditText().isEmpty())
        reset();
    const QChar first = text.isEmpty() ? QChar() : text.front();
    if (text.size() == 1 && first >= QLatin1Char('a') && first <= QLatin1Char('z')) {
        typeLetter(first);
        return true;
    }
    switch (key) {
    case Qt::Key_Backspace:
        if (!composing())
            return false;
        eraseLetter();
        return true;
    case Qt::Key_Space:
        if (!composing())
            return false;
        commitText(bestText());
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!composing())
            return false;
        commitText(m_engine.letters());
        return true;
    default:
        break;
    }
    // Anything else (a capital, a digit, a symbol) ends the composition with its best
    // sentence and is then typed as it is, or as its full-width mark.
    if (composing())
        commitText(bestText());
    if (const QString mark = fullWidth(text); !mark.isEmpty()) {
        inputContext()->commit(mark);
        return true;
    }
    return false;
}

void PinyinInputMethod::typeLetter(QChar letter) {
    if (m_engine.letters().size() >= kMaxLetters)
        return;
    m_engine.compose(m_engine.letters() + letter);
    refresh();
}

void PinyinInputMethod::eraseLetter() {
    // A choice made is taken back first, then the letters one by one.
    if (!m_engine.undoChoice()) {
        QString letters = m_engine.letters();
        letters.chop(1);
        if (letters.isEmpty()) {
            commitText(QString());
            return;
        }
        m_engine.compose(letters);
    }
    refresh();
}

void PinyinInputMethod::refresh() {
    inputContext()->setPreeditText(inScript(m_engine.preedit()));
    // In Traditional characters two Simplified words may become one (张 and 張 are both 張):
    // each is offered once.
    QStringList shown;
    QList<int> indexes;
    const QStringList found = m_engine.candidates(kMaxCandidates);
    for (int i = 0; i < found.size(); ++i) {
        const QString candidate = inScript(found.at(i));
        if (shown.contains(candidate))
            continue;
        shown << candidate;
        indexes << i;
    }
    setCandidates(shown, indexes);
}

void PinyinInputMethod::commitText(const QString &text) {
    m_engine.clear();
    setCandidates({}, {});
    inputContext()->commit(text);
}

void PinyinInputMethod::setCandidates(const QStringList &candidates,
                                      const QList<int> &engineIndexes) {
    m_engineIndexes = engineIndexes;
    if (candidates == m_candidates)
        return;
    m_candidates = candidates;
    Q_EMIT selectionListChanged(Type::WordCandidateList);
    Q_EMIT selectionListActiveItemChanged(Type::WordCandidateList, m_candidates.isEmpty() ? -1 : 0);
}

QString PinyinInputMethod::bestText() const {
    // Without a dictionary (or for letters that spell nothing) the letters stay as typed.
    const QString sentence = m_engine.sentence();
    return sentence.isEmpty() ? m_engine.letters() : inScript(sentence);
}

QString PinyinInputMethod::inScript(const QString &simplified) const {
    return m_traditional ? TraditionalChinese::fromSimplified(simplified) : simplified;
}

QList<QVirtualKeyboardSelectionListModel::Type> PinyinInputMethod::selectionLists() {
    return {Type::WordCandidateList};
}

int PinyinInputMethod::selectionListItemCount(Type type) {
    return type == Type::WordCandidateList ? int(m_candidates.size()) : 0;
}

QVariant PinyinInputMethod::selectionListData(Type type, int index, Role role) {
    if (type != Type::WordCandidateList || index < 0 || index >= m_candidates.size())
        return {};
    switch (role) {
    case Role::Display:
        return m_candidates.at(index);
    case Role::WordCompletionLength:
        return 0;
    case Role::Dictionary:
        return int(QVirtualKeyboardSelectionListModel::DictionaryType::Default);
    case Role::CanRemoveSuggestion:
        return false;
    }
    return {};
}

void PinyinInputMethod::selectionListItemSelected(Type type, int index) {
    if (type != Type::WordCandidateList || index < 0 || index >= m_candidates.size())
        return;
    if (m_engine.choose(m_engineIndexes.at(index)))
        commitText(bestText());
    else
        refresh();
}

void PinyinInputMethod::reset() {
    m_engine.clear();
    setCandidates({}, {});
}

void PinyinInputMethod::update() {
    // The field is left or the cursor moved: what was composed is written as it stands.
    if (composing())
        commitText(bestText());
}

} // namespace vidi::app
