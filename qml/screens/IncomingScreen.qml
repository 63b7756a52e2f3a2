import QtQuick
import Vidi.App
import Vidi.Ui

// An incoming call: who calls, and two big targets to answer or reject.
Item {
    readonly property var call: Phone.call
    Column {
        anchors {
            horizontalCenter: parent.horizontalCenter
            top: parent.top
            topMargin: 24
        }
        spacing: 10
        Avatar {
            anchors.horizontalCenter: parent.horizontalCenter
            objectName: "callerAvatar"
            name: call ? call.remoteName : ""
            photo: call ? Phone.photoUrl(call.remotePhoto) : ""
            size: 110
        }
        Text {
            objectName: "remoteName"
            anchors.horizontalCenter: parent.horizontalCenter
            text: call ? call.remoteName : ""
            color: Theme.text
            font.pixelSize: Theme.fontLarge
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: call ? call.remoteNumber : ""
            visible: call && call.remoteNumber !== call.remoteName
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Incoming call")
            color: Theme.accent
            font.pixelSize: Theme.fontNormal
        }
    }
    Row {
        anchors {
            horizontalCenter: parent.horizontalCenter
            bottom: parent.bottom
            bottomMargin: 14
        }
        spacing: 160
        RoundButton {
            objectName: "answerButton"
            tint: Theme.ok
            glyph: "\u2706"
            onTapped: Phone.answer()
        }
        RoundButton {
            objectName: "rejectButton"
            tint: Theme.danger
            glyph: "\u2715"
            onTapped: Phone.reject()
        }
    }

    component RoundButton: Rectangle {
        property color tint
        property string glyph
        signal tapped
        width: 72
        height: 72
        radius: 36
        color: area.pressed ? Qt.darker(tint, 1.3) : tint
        Text {
            anchors.centerIn: parent
            text: parent.glyph
            color: "white"
            font.pixelSize: 32
        }
        MouseArea {
            id: area
            anchors.fill: parent
            onClicked: parent.tapped()
        }
    }
}
