import QtQuick
import Vidi.App
import Vidi.Ui

// An outgoing call until it is answered: "Calling..." then "Ringing..." (ringback on 180).
Item {
    readonly property var call: Phone.call
    Column {
        anchors.centerIn: parent
        spacing: 14
        Avatar {
            objectName: "calleeAvatar"
            anchors.horizontalCenter: parent.horizontalCenter
            name: call ? call.remoteName : ""
            photo: call ? Phone.photoUrl(call.remotePhoto) : ""
        }
        Text {
            objectName: "remoteName"
            anchors.horizontalCenter: parent.horizontalCenter
            text: call ? call.remoteName : ""
            color: Theme.text
            font.pixelSize: Theme.fontLarge
        }
        Text {
            objectName: "callProgress"
            anchors.horizontalCenter: parent.horizontalCenter
            text: call && call.state === Call.Ringing ? qsTr("Ringing...") : qsTr("Calling...")
            color: Theme.accent
            font.pixelSize: Theme.fontNormal
        }
    }
}
