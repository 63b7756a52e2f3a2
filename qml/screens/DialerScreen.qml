import QtQuick
import Vidi.App
import Vidi.Ui

// The dialer: the number being typed and the line it goes out on, beside the keypad.
Item {
    id: dialer

    Column {
        anchors {
            left: parent.left
            top: parent.top
            margins: 24
        }
        width: parent.width * 0.45
        spacing: 12
        Text {
            text: Phone.transferring ? qsTr("Transfer to") : qsTr("Enter number")
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
        }
        Text {
            objectName: "dialText"
            width: parent.width
            text: Phone.dialText
            color: Theme.text
            font.pixelSize: 40
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 18
            elide: Text.ElideLeft
        }
        Rectangle {
            width: parent.width
            height: 2
            color: Theme.accent
        }
        Text {
            // Whose number this is, from the directory or the call log, as it is typed.
            objectName: "dialMatch"
            width: parent.width
            visible: text !== ""
            text: Phone.dialMatch
            color: Theme.accent
            font.pixelSize: Theme.fontNormal
            elide: Text.ElideRight
        }
        Text {
            // Whom the transfer is for: the call waiting on hold.
            objectName: "transferee"
            width: parent.width
            visible: Phone.transferring && Phone.call !== null
            text: Phone.call ? qsTr("On hold: %1").arg(Phone.call.remoteName) : ""
            color: Theme.warn
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Text {
            objectName: "dialAccount"
            width: parent.width
            text: qsTr("Line %1").arg(Phone.dialAccount)
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Text {
            objectName: "dialNotice"
            width: parent.width
            visible: Phone.notice !== ""
            text: Phone.notice
            color: Theme.danger
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
        }
    }

    Dialpad {
        objectName: "dialpad"
        anchors {
            right: parent.right
            top: parent.top
            bottom: parent.bottom
            margins: 12
        }
        width: parent.width * 0.48
        onDigitPressed: digit => Phone.pressKey(digit)
    }
}
