import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import Vidi.App

// The Chinese keyboards (issue 5): Qt's QWERTY keys, typing pinyin into our input method
// (PinyinInputMethod), whose hanzi fill the keyboard's candidate bar. The symbols page shares
// the input method, so a composition survives a visit to it.
KeyboardLayoutLoader {
    id: layout

    // Chinese_T: candidates in Traditional characters.
    property bool traditional: false

    source: "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/fallback/main.qml"
    inputMode: InputEngine.InputMode.Pinyin
    sharedLayouts: ["symbols"]

    function createInputMethod() {
        return pinyin.createObject(layout, {
                "traditional": layout.traditional
            });
    }

    Component {
        id: pinyin
        PinyinInputMethod {
        }
    }
}
