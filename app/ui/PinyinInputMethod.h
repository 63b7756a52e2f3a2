#pragma once
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <QtVirtualKeyboard/QVirtualKeyboardAbstractInputMethod>

namespace vidi::app {

class PinyinEngine;

// The Chinese keyboard's input method (issue 5, lang.gui Chinese_S / Chinese_T): the letters
// typed on the QWERTY layout are pinyin, shown in the field as pre-edit text; the keyboard's
// candidate bar offers the hanzi (PinyinEngine), a tap on one writes it. A word for the first
// syllables only leaves the rest to choose for ("nihaoma": 你好, then 吗). Space writes the best
// sentence, Enter the letters as typed; capitals, digits and symbols are typed as they are.
// With `traditional` the candidates are in Traditional characters (Chinese_T).
//
// Created by our zh_CN / zh_TW keyboard layouts (resources/keyboard/layouts).
class PinyinInputMethod : public QVirtualKeyboardAbstractInputMethod {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool traditional READ traditional WRITE setTraditional NOTIFY traditionalChanged)
public:
    explicit PinyinInputMethod(QObject *parent = nullptr);
    ~PinyinInputMethod() override;

    bool traditional() const { return m_traditional; }
    void setTraditional(bool traditional);

    QList<QVirtualKeyboardInputEngine::InputMode> inputModes(const QString &locale) override;
    bool setInputMode(const QString &locale,
                      QVirtualKeyboardInputEngine::InputMode inputMode) override;
    bool setTextCase(QVirtualKeyboardInputEngine::TextCase textCase) override;
    bool keyEvent(Qt::Key key, const QString &text, Qt::KeyboardModifiers modifiers) override;

    QList<QVirtualKeyboardSelectionListModel::Type> selectionLists() override;
    int selectionListItemCount(QVirtualKeyboardSelectionListModel::Type type) override;
    QVariant selectionListData(QVirtualKeyboardSelectionListModel::Type type, int index,
                               QVirtualKeyboardSelectionListModel::Role role) override;
    void selectionListItemSelected(QVirtualKeyboardSelectionListModel::Type type,
                                   int index) override;

public Q_SLOTS:
    void reset() override;
    void update() override;

Q_SIGNALS:
    void traditionalChanged();

private:
    bool composing() const;
    void typeLetter(QChar letter);
    void eraseLetter();
    // Shows the composition: pre-edit text and candidates.
    void refresh();
    // Writes `text` in place of the pre-edit text and ends the composition.
    void commitText(const QString &text);
    void setCandidates(const QStringList &candidates, const QList<int> &engineIndexes);
    QString inScript(const QString &simplified) const;
    // What Space writes: the best sentence, in the keyboard's script.
    QString bestText() const;

    PinyinEngine &m_engine;
    bool m_traditional = false;
    QStringList m_candidates;   // as shown
    QList<int> m_engineIndexes; // each shown candidate's index in the engine's list
};

} // namespace vidi::app
