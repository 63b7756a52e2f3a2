import QtQuick
import Vidi.App
import Vidi.Ui

// The local directory (seed §4.5): contacts by name, a search field (name, or digits from the
// keypad), a tap on a contact calls its first number. Blacklisted contacts are marked.
Rectangle {
    id: screen
    color: Theme.background

    Rectangle {
        id: searchBox
        objectName: "directorySearch"
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            margins: 12
        }
        height: Theme.minTouch
        radius: Theme.radius
        color: Theme.surface
        border.color: search.activeFocus ? Theme.accent : Theme.surfaceRaised
        TextInput {
            id: search
            objectName: "directorySearchInput"
            anchors {
                fill: parent
                leftMargin: 16
                rightMargin: 16
            }
            verticalAlignment: TextInput.AlignVCenter
            color: Theme.text
            font.pixelSize: Theme.fontNormal
            text: Phone.contacts.filter
            onTextEdited: Phone.contacts.filter = text
        }
        Text {
            visible: search.text === "" && search.preeditText === "" // not under pinyin being typed
            anchors {
                left: parent.left
                leftMargin: 16
                verticalCenter: parent.verticalCenter
            }
            text: qsTr("Search by name or number")
            color: Theme.textDim
            font.pixelSize: Theme.fontNormal
        }
    }

    GroupBar {
        id: groupBar
        objectName: "groupBar"
        // While a name is typed on the on-screen keyboard, its results take the room: the
        // keyboard leaves little above it.
        readonly property bool makesRoom: search.activeFocus && Qt.inputMethod.visible
        visible: !makesRoom
        height: makesRoom ? 0 : Theme.minTouch - 8
        anchors {
            left: parent.left
            right: parent.right
            top: searchBox.bottom
            leftMargin: 12
            rightMargin: 12
            topMargin: 8
        }
    }

    ListView {
        id: list
        objectName: "directoryList"
        anchors {
            left: parent.left
            right: parent.right
            top: groupBar.bottom
            bottom: parent.bottom
            margins: 12
            topMargin: 8
        }
        clip: true
        spacing: 6
        model: Phone.contacts
        delegate: Rectangle {
            required property int index
            required property string name
            required property string number
            required property string group
            required property string photo
            objectName: "contact" + index
            width: list.width
            height: Theme.minTouch + 8
            radius: Theme.radius
            color: contactArea.pressed ? Theme.pressed : Theme.surface
            Avatar {
                id: avatar
                anchors {
                    left: parent.left
                    leftMargin: 10
                    verticalCenter: parent.verticalCenter
                }
                size: 44
                name: parent.name
                photo: Phone.photoUrl(parent.photo)
            }
            Column {
                anchors {
                    left: avatar.right
                    right: groupChip.left
                    verticalCenter: parent.verticalCenter
                    leftMargin: 14
                    rightMargin: 12
                }
                Text {
                    width: parent.width
                    elide: Text.ElideRight
                    text: name
                    color: Theme.text
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
            Rectangle {
                id: groupChip
                visible: group !== ""
                anchors {
                    right: parent.right
                    rightMargin: 14
                    verticalCenter: parent.verticalCenter
                }
                width: visible ? groupText.implicitWidth + 20 : 0
                height: 28
                radius: 14
                color: group === "Blacklist" ? Theme.danger : Theme.surfaceRaised
                Text {
                    id: groupText
                    anchors.centerIn: parent
                    text: group === "Blacklist" ? qsTr("Blacklist") : group === "Family" ? qsTr("Family") : group === "Friend" ? qsTr("Friend") : group
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                }
            }
            // A long press asks whether to delete the contact; a tap calls it (or cancels).
            property bool confirming: false
            MouseArea {
                id: contactArea
                anchors.fill: parent
                onClicked: parent.confirming ? parent.confirming = false : Phone.dialContact(index)
                onPressAndHold: parent.confirming = true
            }
            Rectangle {
                // Edit, beside Delete after a long press.
                objectName: "editContact" + index
                visible: parent.confirming
                anchors {
                    right: deleteButton.left
                    verticalCenter: parent.verticalCenter
                    rightMargin: 8
                }
                width: editText.implicitWidth + 32
                height: Theme.minTouch - 8
                radius: Theme.radius
                color: Theme.accent
                Text {
                    id: editText
                    anchors.centerIn: parent
                    text: qsTr("Edit")
                    color: Theme.background
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: form.edit(index)
                }
            }
            Rectangle {
                id: deleteButton
                objectName: "deleteContact" + index
                visible: parent.confirming
                anchors {
                    right: parent.right
                    verticalCenter: parent.verticalCenter
                    rightMargin: 8
                }
                width: deleteText.implicitWidth + 32
                height: Theme.minTouch - 8
                radius: Theme.radius
                color: Theme.danger
                Text {
                    id: deleteText
                    anchors.centerIn: parent
                    text: qsTr("Delete")
                    color: "white"
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: Phone.deleteContact(index)
                }
            }
        }
    }

    Text {
        objectName: "directoryEmpty"
        visible: list.count === 0
        anchors.centerIn: list
        text: Phone.contacts.filter === "" ? qsTr("No contacts") : qsTr("No match")
        color: Theme.textDim
        font.pixelSize: Theme.fontNormal
    }

    ContactForm {
        // New Contact (softkey) or Edit (long press): over the list while open.
        id: form
        objectName: "contactForm"
        anchors.fill: parent
    }
}
