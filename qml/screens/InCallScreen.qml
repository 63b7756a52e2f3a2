import QtQuick
import Vidi.App
import Vidi.Ui

// A connected call: the remote party, the duration, mute state.
Item {
    readonly property var call: Phone.call

    function formatDuration(s) {
        const h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, sec = s % 60;
        const pad = n => (n < 10 ? "0" : "") + n;
        return (h > 0 ? h + ":" + pad(m) : pad(m)) + ":" + pad(sec);
    }

    Column {
        anchors.centerIn: parent
        spacing: 12
        Avatar {
            anchors.horizontalCenter: parent.horizontalCenter
            name: call ? call.remoteName : ""
        }
        Text {
            objectName: "remoteName"
            anchors.horizontalCenter: parent.horizontalCenter
            text: call ? call.remoteName : ""
            color: Theme.text
            font.pixelSize: Theme.fontLarge
        }
        Text {
            objectName: "callDuration"
            anchors.horizontalCenter: parent.horizontalCenter
            text: call ? formatDuration(call.duration) : ""
            color: Theme.accent
            font.pixelSize: Theme.fontNormal
            font.family: "monospace"
        }
        Rectangle {
            objectName: "muteIndicator"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: call && call.muted
            width: muteText.implicitWidth + 24
            height: 32
            radius: 16
            color: Theme.danger
            Text {
                id: muteText
                anchors.centerIn: parent
                text: qsTr("Muted")
                color: "white"
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
        }
    }
}
