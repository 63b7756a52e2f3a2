import QtQuick

// One key of the dialpad: the digit and, below it, its letters.
Rectangle {
    id: key
    property string digit
    property string letters
    signal tapped(string digit)
    radius: Theme.radius
    color: touch.pressed ? Theme.pressed : Theme.surfaceRaised

    Column {
        anchors.centerIn: parent
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: key.digit
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: key.letters
            visible: key.letters !== ""
            color: Theme.textDim
            font.pixelSize: 12
            font.letterSpacing: 2
        }
    }
    MouseArea {
        id: touch
        anchors.fill: parent
        onClicked: key.tapped(key.digit)
    }
}
