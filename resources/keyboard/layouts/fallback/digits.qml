import QtQuick.VirtualKeyboard.Components

// Qt's own digits layout, unchanged: our layout folder (made for the Chinese keyboard) must hold
// every layout the keyboard may ask for.
KeyboardLayoutLoader {
    source: "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/fallback/digits.qml"
}
