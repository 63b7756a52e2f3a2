import QtQuick
import Vidi.App
import Vidi.Ui

// The directory's groups (seed §4.5: Directory → group): All, then each group with its number
// of contacts; a tap shows only that group. "+" adds a group of one's own; a long press on one
// offers to delete it (its contacts stay, in no group). The built-in groups stay.
Item {
    id: bar
    height: Theme.minTouch - 8
    property string confirming // the group whose Delete is offered
    property bool adding: false
    property string error

    function label(name) {
        return name === "Blacklist" ? qsTr("Blacklist") : name === "Family" ? qsTr("Family") : name === "Friend" ? qsTr("Friend") : name;
    }

    ListView {
        id: chips
        objectName: "groupChips"
        visible: !bar.adding
        anchors.fill: parent
        orientation: ListView.Horizontal
        spacing: 8
        clip: true
        // Re-read when the directory changes (its list model resets and counts again).
        model: {
            Phone.contacts.count;
            return [{
                    "name": "",
                    "readOnly": true,
                    "count": -1
                }].concat(Phone.contactGroupList());
        }
        footer: Item {
            width: addChip.width + 8
            height: chips.height
            Rectangle {
                id: addChip
                objectName: "addGroup"
                x: 8
                width: height
                height: chips.height
                radius: height / 2
                color: Theme.surfaceRaised
                Text {
                    anchors.centerIn: parent
                    text: "+"
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: {
                        bar.error = "";
                        bar.adding = true;
                        nameInput.text = "";
                        nameInput.forceActiveFocus();
                    }
                }
            }
        }
        delegate: Rectangle {
            id: chip
            required property var modelData
            readonly property bool selected: Phone.contacts.group === modelData.name
            readonly property bool offeringDelete: bar.confirming === modelData.name && modelData.name !== ""
            objectName: modelData.name === "" ? "groupAll" : "group_" + modelData.name
            height: chips.height
            width: chipText.implicitWidth + 28
            radius: height / 2
            color: offeringDelete ? Theme.danger : selected ? Theme.accent : Theme.surface
            Text {
                id: chipText
                anchors.centerIn: parent
                text: chip.offeringDelete ? qsTr("Delete") : chip.modelData.name === "" ? qsTr("All") : bar.label(chip.modelData.name) + "  " + chip.modelData.count
                color: chip.selected && !chip.offeringDelete ? Theme.background : Theme.text
                font.pixelSize: Theme.fontSmall
                font.bold: chip.selected || chip.offeringDelete
            }
            MouseArea {
                anchors.fill: parent
                onClicked: {
                    if (chip.offeringDelete)
                        Phone.removeContactGroup(chip.modelData.name);
                    else
                        Phone.contacts.group = chip.modelData.name;
                    bar.confirming = "";
                }
                onPressAndHold: bar.confirming = chip.modelData.readOnly ? "" : chip.modelData.name
            }
        }
    }

    // Adding a group: its name, then Add (or Cancel).
    Row {
        visible: bar.adding
        anchors.fill: parent
        spacing: 8
        Rectangle {
            width: parent.width - addButton.width - cancelButton.width - 16
            height: parent.height
            radius: Theme.radius
            color: Theme.surface
            border.color: bar.error !== "" ? Theme.danger : Theme.accent
            TextInput {
                id: nameInput
                objectName: "groupNameInput"
                anchors {
                    fill: parent
                    leftMargin: 12
                    rightMargin: 12
                }
                verticalAlignment: TextInput.AlignVCenter
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                onAccepted: addButton.add()
            }
            Text {
                visible: nameInput.text === "" && nameInput.preeditText === ""
                anchors {
                    left: parent.left
                    leftMargin: 12
                    verticalCenter: parent.verticalCenter
                }
                text: bar.error !== "" ? bar.error : qsTr("Group name")
                color: bar.error !== "" ? Theme.danger : Theme.textDim
                font.pixelSize: Theme.fontSmall
            }
        }
        Rectangle {
            id: addButton
            objectName: "addGroupConfirm"
            function add() {
                bar.error = Phone.addContactGroup(nameInput.text);
                if (bar.error === "")
                    bar.adding = false;
                else
                    nameInput.text = "";
            }
            width: addText.implicitWidth + 28
            height: parent.height
            radius: Theme.radius
            color: Theme.accent
            Text {
                id: addText
                anchors.centerIn: parent
                text: qsTr("Add")
                color: Theme.background
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
            MouseArea {
                anchors.fill: parent
                onClicked: addButton.add()
            }
        }
        Rectangle {
            id: cancelButton
            width: cancelText.implicitWidth + 28
            height: parent.height
            radius: Theme.radius
            color: Theme.surfaceRaised
            Text {
                id: cancelText
                anchors.centerIn: parent
                text: qsTr("Cancel")
                color: Theme.text
                font.pixelSize: Theme.fontSmall
            }
            MouseArea {
                anchors.fill: parent
                onClicked: bar.adding = false
            }
        }
    }
}
