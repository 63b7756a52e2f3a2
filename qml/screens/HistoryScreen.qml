import QtQuick
import Vidi.App
import Vidi.Ui

// The call log (seed §4.8): Dialed, Received, Missed and Forwarded calls, newest first; a tap
// on an entry calls it back. Opening the Missed list clears "<n> New Missed Call(s)".
Rectangle {
    id: screen
    color: Theme.background

    // CallHistory::Kind order.
    readonly property var lists: [qsTr("Dialed"), qsTr("Received"), qsTr("Missed"), qsTr("Forwarded")]

    Row {
        id: tabs
        objectName: "historyTabs"
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            margins: 12
        }
        spacing: 8
        Repeater {
            model: screen.lists
            delegate: Rectangle {
                required property int index
                required property string modelData
                objectName: "historyTab" + index
                width: (tabs.width - tabs.spacing * 3) / 4
                height: Theme.minTouch
                radius: Theme.radius
                color: Phone.history.kind === index ? Theme.accent : Theme.surface
                Text {
                    anchors.centerIn: parent
                    width: parent.width - 12
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                    text: parent.modelData
                    color: Phone.history.kind === parent.index ? Theme.background : Theme.text
                    font.pixelSize: Theme.fontNormal
                    font.bold: Phone.history.kind === parent.index
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: Phone.showHistory(parent.index)
                }
            }
        }
    }

    ListView {
        id: list
        objectName: "historyList"
        anchors {
            left: parent.left
            right: parent.right
            top: tabs.bottom
            bottom: parent.bottom
            margins: 12
        }
        clip: true
        spacing: 6
        model: Phone.history
        delegate: Rectangle {
            required property int index
            required property string name
            required property string number
            required property string time
            required property string duration
            objectName: "historyEntry" + index
            width: list.width
            height: Theme.minTouch + 8
            radius: Theme.radius
            color: entryArea.pressed ? Theme.pressed : Theme.surface
            Column {
                anchors {
                    left: parent.left
                    right: when.left
                    verticalCenter: parent.verticalCenter
                    leftMargin: 16
                    rightMargin: 12
                }
                Text {
                    width: parent.width
                    elide: Text.ElideRight
                    text: name
                    color: Phone.history.kind === 2 ? Theme.danger : Theme.text
                    font.pixelSize: Theme.fontNormal
                }
                Text {
                    width: parent.width
                    elide: Text.ElideRight
                    text: number
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSmall
                }
            }
            Column {
                id: when
                anchors {
                    right: saveButton.left
                    verticalCenter: parent.verticalCenter
                    rightMargin: 16
                }
                Text {
                    anchors.right: parent.right
                    text: time
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    anchors.right: parent.right
                    text: duration
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSmall
                    font.family: "monospace"
                }
            }
            MouseArea {
                id: entryArea
                anchors.fill: parent
                onClicked: Phone.dialFromHistory(index)
            }
            Rectangle {
                // Save to the directory (seed §4.8).
                id: saveButton
                objectName: "saveEntry" + index
                anchors {
                    right: parent.right
                    verticalCenter: parent.verticalCenter
                    rightMargin: 8
                }
                width: Theme.minTouch
                height: Theme.minTouch - 8
                radius: Theme.radius
                color: saveArea.pressed ? Theme.pressed : Theme.surfaceRaised
                Text {
                    anchors.centerIn: parent
                    text: "+"
                    color: Theme.accent
                    font.pixelSize: Theme.fontLarge
                }
                MouseArea {
                    id: saveArea
                    anchors.fill: parent
                    onClicked: Phone.saveHistoryEntryToContacts(index)
                }
            }
        }
    }

    Text {
        objectName: "historyNotice"
        visible: Phone.notice !== ""
        anchors {
            horizontalCenter: parent.horizontalCenter
            bottom: parent.bottom
            bottomMargin: 12
        }
        text: Phone.notice
        color: Theme.accent
        font.pixelSize: Theme.fontSmall
    }

    Text {
        objectName: "historyEmpty"
        visible: list.count === 0
        anchors.centerIn: list
        text: qsTr("No calls")
        color: Theme.textDim
        font.pixelSize: Theme.fontNormal
    }
}
