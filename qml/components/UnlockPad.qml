import QtQuick
import Vidi.App

// The phone lock's PIN pad (phone_setting.lock): shown when something the lock forbids was
// tried; the PIN is typed on the keypad, OK unlocks, a wrong PIN is said and cleared. Calls
// can still be answered and emergency numbers dialled behind it.
Rectangle {
    id: pad
    property string pin
    property bool wrong: false
    visible: false
    color: Qt.rgba(0.02, 0.04, 0.08, 0.96)

    function open() {
        pin = "";
        wrong = false;
        visible = true;
    }
    function confirm() {
        if (Phone.unlock(pin)) {
            visible = false;
        } else {
            wrong = true;
            pin = "";
        }
    }

    Connections {
        target: Phone
        function onUnlockRequested() {
            pad.open();
        }
        function onScreenChanged() {
            // A call coming in or going out takes the screen.
            if (Phone.screen !== Phone.Idle && Phone.screen !== Phone.Dialer)
                pad.visible = false;
        }
    }
    MouseArea {
        anchors.fill: parent // nothing behind it while it is up
    }
    Column {
        id: side
        anchors {
            left: parent.left
            verticalCenter: parent.verticalCenter
            leftMargin: 40
        }
        width: 300
        spacing: 16
        LockIcon {
            size: 40
            color: Theme.warn
        }
        Text {
            width: parent.width
            text: qsTr("The phone is locked. Enter the PIN to unlock.")
            color: Theme.text
            font.pixelSize: Theme.fontNormal
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "unlockPin"
            text: "●".repeat(pad.pin.length)
            color: Theme.accent
            font.pixelSize: Theme.fontLarge
        }
        Text {
            objectName: "unlockError"
            visible: pad.wrong
            text: qsTr("Wrong PIN")
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
        }
        Row {
            spacing: 12
            Rectangle {
                objectName: "unlockOk"
                width: 140
                height: Theme.minTouch
                radius: Theme.radius
                color: okArea.pressed ? Theme.pressed : Theme.accent
                Text {
                    anchors.centerIn: parent
                    text: qsTr("OK")
                    color: Theme.background
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                }
                MouseArea {
                    id: okArea
                    anchors.fill: parent
                    onClicked: pad.confirm()
                }
            }
            Rectangle {
                objectName: "unlockCancel"
                width: 140
                height: Theme.minTouch
                radius: Theme.radius
                color: cancelArea.pressed ? Theme.pressed : Theme.surfaceRaised
                Text {
                    anchors.centerIn: parent
                    text: qsTr("Cancel")
                    color: Theme.text
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                }
                MouseArea {
                    id: cancelArea
                    anchors.fill: parent
                    onClicked: pad.visible = false
                }
            }
        }
    }
    Dialpad {
        objectName: "unlockKeypad"
        anchors {
            right: parent.right
            top: parent.top
            bottom: parent.bottom
            margins: 16
        }
        width: 360
        onDigitPressed: digit => {
            pad.wrong = false;
            if (pad.pin.length < 15)
                pad.pin += digit;
        }
    }
}
