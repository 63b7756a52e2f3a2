import QtQuick
import QtTest
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Vidi.App
import Vidi.Ui

// Text entry with Qt Virtual Keyboard (issue 5): a settings text field brings the keyboard up
// when it takes focus; the keyboard's Enter puts it away (the field gives up its focus), so
// that the Save softkey behind it can be reached. (Runs with QT_IM_MODULE=qtvirtualkeyboard,
// as the phone does.)
Item {
    id: root
    width: 800
    height: 480

    TestCase {
        name: "Keyboard"
        when: windowShown

        Component {
            id: scene
            Item {
                anchors.fill: parent
                property alias field: target
                property alias panel: keyboard
                SettingField {
                    id: target
                    width: 800
                    label: "Target"
                    type: "text"
                }
                InputPanel {
                    id: keyboard
                    width: 800
                    y: active ? 480 - height : 480
                }
            }
        }

        function initTestCase() {
            VirtualKeyboardSettings.defaultInputMethodDisabled = true; // as Main.qml sets it
        }

        function test_focus_brings_the_keyboard_and_enter_puts_it_away() {
            const s = createTemporaryObject(scene, root);
            verify(!s.panel.active);
            const input = findChild(s.field, "textInput");
            mouseClick(input);
            tryCompare(s.panel, "active", true, 3000);
            verify(s.panel.y < 480);
            keyClick(Qt.Key_B);
            keyClick(Qt.Key_O);
            compare(input.text, "bo", "no capital first letter in an address field");
            keyClick(Qt.Key_Return);
            tryCompare(s.panel, "active", false, 3000);
            verify(!input.activeFocus);
        }
    }
}
