import QtQuick
import Vidi.Ui

// A strip naming the other call of two: the one waiting to be answered, or the one on hold.
Rectangle {
    id: banner
    property var call: null
    property alias text: what.text
    property color tint: Theme.accent
    visible: call !== null
    height: 48
    radius: Theme.radius
    color: Theme.surface
    border.color: tint
    border.width: 2

    Text {
        id: what
        anchors {
            left: parent.left
            leftMargin: 16
            verticalCenter: parent.verticalCenter
        }
        color: banner.tint
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
    Text {
        objectName: "secondCallName"
        anchors {
            left: what.right
            leftMargin: 16
            right: parent.right
            rightMargin: 16
            verticalCenter: parent.verticalCenter
        }
        text: banner.call ? banner.call.remoteName : ""
        color: Theme.text
        font.pixelSize: Theme.fontNormal
        elide: Text.ElideRight
    }
}
