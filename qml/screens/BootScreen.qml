import QtQuick
import Vidi.App
import Vidi.Ui

// What the VP530 shows while it starts: "Initializing...Please wait".
Rectangle {
    color: Theme.background
    Column {
        anchors.centerIn: parent
        spacing: 24
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: "Vidi"
            color: Theme.accent
            font.pixelSize: 56
            font.weight: Font.Light
        }
        Text {
            objectName: "bootMessage"
            anchors.horizontalCenter: parent.horizontalCenter
            text: Phone.bootMessage
            color: Theme.text
            font.pixelSize: Theme.fontNormal
        }
        BusyIndicatorDots {
            anchors.horizontalCenter: parent.horizontalCenter
        }
    }

    component BusyIndicatorDots: Row {
        spacing: 10
        Repeater {
            model: 3
            Rectangle {
                required property int index
                width: 12
                height: 12
                radius: 6
                color: Theme.accent
                SequentialAnimation on opacity  {
                    loops: Animation.Infinite
                    PauseAnimation {
                        duration: index * 200
                    }
                    NumberAnimation {
                        from: 1
                        to: 0.2
                        duration: 500
                    }
                    NumberAnimation {
                        from: 0.2
                        to: 1
                        duration: 500
                    }
                }
            }
        }
    }
}
