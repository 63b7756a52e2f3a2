import QtQuick.VirtualKeyboard.Components

// Qt's own numbers layout, unchanged: our layout folder (made for the Chinese keyboard) must hold
// every layout the keyboard may ask for.
KeyboardLayoutLoader {
    source: "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/fallback/numbers.qml"
}
