import QtQuick
import QtTest
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Vidi.Ui

// Chinese text entry (issue 5, lang.gui Chinese_S / Chinese_T): the keys of the on-screen
// keyboard type pinyin, the candidate bar above it offers the hanzi, a tap writes them.
// (Runs with QT_IM_MODULE=qtvirtualkeyboard, as the phone does, in a process of its own: the
// keyboard's settings are global.)
Item {
    id: root
    width: 800
    height: 480

    KeyboardLanguage {
        id: language
        localeName: "zh_CN"
    }

    TestCase {
        name: "ChineseInput"
        when: windowShown

        Component {
            id: scene
            Item {
                anchors.fill: parent
                property alias field: input
                property alias panel: keyboard
                property alias otherField: other
                TextInput {
                    id: input
                    width: 800
                    height: 40
                    font.pixelSize: 20
                }
                TextInput {
                    id: other
                    y: 60
                    width: 800
                    height: 40
                    font.pixelSize: 20
                }
                InputPanel {
                    id: keyboard
                    width: 800
                    y: active ? 480 - height : 480
                }
            }
        }

        property var s: null

        function init() {
            s = createTemporaryObject(scene, root);
            mouseClick(s.field);
            tryCompare(s.panel, "active", true, 3000);
            waitForKeys();
        }

        // The keyboard (re)loads its layout once the panel shows: wait for our keys, laid out
        // (the second row sits half a key in: its "a" between "q" and "w").
        function waitForKeys() {
            tryVerify(() => keyOf("a") !== null && keyOf("q") !== null && keyOf("w") !== null, 3000);
            const centre = item => item.mapToItem(root, item.width / 2, item.height / 2).x;
            tryVerify(() => centre(keyOf("a")) > centre(keyOf("q")) && centre(keyOf("a")) < centre(keyOf("w")), 3000, "the keys are laid out");
        }

        // The key of the panel that types `letter`.
        function keyOf(letter) {
            return findKey(s.panel, letter);
        }
        function findKey(item, letter) {
            if (item.hasOwnProperty("key") && item.hasOwnProperty("text") && item.text === letter && item.visible && item.enabled)
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = findKey(item.children[i], letter);
                if (found)
                    return found;
            }
            return null;
        }
        // Taps the keys that type `letters`, as a finger does.
        function tap(letters) {
            for (const letter of letters) {
                const key = keyOf(letter);
                verify(key !== null, "no key for " + letter);
                mouseClick(key);
            }
        }
        function tapSpecial(keyCode) {
            InputContext.inputEngine.virtualKeyClick(keyCode, "", 0);
        }
        function candidates() {
            const model = InputContext.inputEngine.wordCandidateListModel;
            const shown = [];
            for (let i = 0; i < model.count; ++i)
                shown.push(model.dataAt(i));
            return shown;
        }
        // Taps the candidate `text` in the bar above the keys.
        function choose(text) {
            const index = candidates().indexOf(text);
            verify(index >= 0, text + " is not offered: " + candidates().join(" "));
            const bar = findChild(s.panel, "wordCandidateView");
            verify(bar !== null && bar.visible, "the candidate bar shows");
            const cell = bar.itemAtIndex(index);
            verify(cell !== null, text + " is not in view");
            // The bar slides up from behind the keys when it fills: tap it once it is there.
            const firstRow = keyOf("q");
            tryVerify(() => cell.mapToItem(root, 0, cell.height).y <= firstRow.mapToItem(root, 0, 0).y, 3000);
            mouseClick(cell);
        }

        function test_letters_are_pinyin_and_a_candidate_writes_hanzi() {
            compare(InputContext.inputEngine.inputMode, InputEngine.InputMode.Pinyin);
            tap("nihao");
            compare(InputContext.preeditText, "nihao", "the letters wait in the field");
            compare(s.field.text, "");
            compare(candidates()[0], "你好", "the best candidate first");
            choose("你好");
            compare(s.field.text, "你好");
            compare(InputContext.preeditText, "");
            compare(candidates().length, 0, "the bar empties");
        }

        function test_a_word_for_the_first_syllables_leaves_the_rest_to_choose() {
            tap("nihaoma");
            choose("你好");
            compare(InputContext.preeditText, "你好ma");
            compare(s.field.text, "");
            compare(candidates()[0], "你好吗", "the whole sentence stays first");
            choose("马");
            compare(s.field.text, "你好马");
        }

        function test_space_writes_the_best_sentence_and_enter_the_letters() {
            tap("dianhua");
            tapSpecial(Qt.Key_Space);
            compare(s.field.text, "电话");
            tap("sip");
            tapSpecial(Qt.Key_Return);
            compare(s.field.text, "电话sip");
        }

        function test_backspace_takes_back_letters_then_text() {
            tap("zhong");
            tapSpecial(Qt.Key_Backspace);
            compare(InputContext.preeditText, "zhon");
            for (let i = 0; i < 4; ++i)
                tapSpecial(Qt.Key_Backspace);
            compare(InputContext.preeditText, "");
            compare(candidates().length, 0);
            tap("zhongguo");
            tapSpecial(Qt.Key_Space);
            compare(s.field.text, "中国");
            tapSpecial(Qt.Key_Backspace);
            compare(s.field.text, "中", "with nothing composed, backspace erases the text");
        }

        function test_leaving_a_field_ends_its_composition() {
            tap("ni");
            mouseClick(s.otherField);
            tryVerify(() => s.otherField.activeFocus);
            compare(s.field.text, "你", "what was composed is written where it was typed");
            tap("hao");
            compare(InputContext.preeditText, "hao", "the next field starts afresh");
            tapSpecial(Qt.Key_Space);
            compare(s.otherField.text, "好");
        }

        function test_letters_that_spell_nothing_stay_as_typed() {
            tap("v");
            compare(InputContext.preeditText, "v");
            tapSpecial(Qt.Key_Space);
            compare(s.field.text, "v");
        }

        function test_punctuation_is_full_width() {
            tap("hao");
            InputContext.inputEngine.virtualKeyClick(Qt.Key_Comma, ",", 0);
            compare(s.field.text, "好，", "the composition is written, then the mark");
        }

        function test_traditional_chinese_writes_traditional_characters() {
            language.localeName = "zh_TW";
            s = createTemporaryObject(scene, root); // the keyboard takes the new language
            mouseClick(s.field);
            tryCompare(s.panel, "active", true, 3000);
            waitForKeys();
            tap("zhang");
            const offered = candidates();
            verify(offered.indexOf("張") >= 0, offered.join(" "));
            compare(offered.length, new Set(offered).size, "张 and 張 are both 張: offered once");
            tapSpecial(Qt.Key_Escape);
            for (let i = 0; i < 5; ++i)
                tapSpecial(Qt.Key_Backspace);
            compare(InputContext.preeditText, "");
            tap("dianhua");
            compare(candidates()[0], "電話");
            choose("電話");
            compare(s.field.text, "電話");
            language.localeName = "zh_CN";
        }

        function test_the_language_key_switches_to_english() {
            compare(VirtualKeyboardSettings.activeLocales, ["zh_CN", "en_US"]);
            compare(VirtualKeyboardSettings.locale, "zh_CN");
            VirtualKeyboardSettings.locale = "en_US";
            tryCompare(InputContext.inputEngine, "inputMode", InputEngine.InputMode.Latin, 3000);
            waitForKeys();
            tap("bo");
            compare(s.field.text, "Bo", "English letters go straight into the field (a capital first)");
            compare(candidates().length, 0);
            VirtualKeyboardSettings.locale = "zh_CN";
        }
    }
}
