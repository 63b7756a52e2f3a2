import QtQuick
import Vidi.App

// The four softkeys (F1–F4). Which action each carries comes from the Phone, so that touch,
// the physical keys and Action URI always agree.
Rectangle {
    id: bar
    height: Theme.softkeyBarHeight
    color: Theme.surface

    function label(action) {
        switch (action) {
        case "dial":
            return qsTr("Dial");
        case "send":
            return qsTr("Send");
        case "delete":
            return qsTr("Delete");
        case "line":
            return qsTr("Line");
        case "cancel":
            return qsTr("Cancel");
        case "end":
            return qsTr("End Call");
        case "answer":
            return qsTr("Answer");
        case "reject":
            return qsTr("Reject");
        case "mute":
            return qsTr("Mute");
        case "unmute":
            return qsTr("Unmute");
        case "dnd_on":
        case "dnd_off":
            return qsTr("DND");
        case "hold":
            return qsTr("Hold");
        case "resume":
            return qsTr("Resume");
        case "transfer":
        case "transfer_now":
            return qsTr("Transfer");
        case "consult":
            return qsTr("Call First");
        case "swap":
            return qsTr("Swap");
        case "conference":
            return qsTr("Conference");
        case "split":
            return qsTr("Split");
        case "status":
            return qsTr("Status");
        case "history":
            return qsTr("History");
        case "directory":
            return qsTr("Directory");
        case "back":
            return qsTr("Back");
        case "complete":
            return qsTr("Call Back");
        case "save":
            return qsTr("Save");
        case "new_contact":
            return qsTr("New Contact");
        }
        return "";
    }

    function tint(action) {
        if (action === "answer" || action === "send" || action === "save")
            return Theme.ok;
        if (action === "transfer_now" || action === "complete")
            return Theme.ok;
        if (action === "dnd_off")
            return Theme.warn;
        if (action === "end" || action === "reject")
            return Theme.danger;
        return Theme.surfaceRaised;
    }

    Row {
        anchors.fill: parent
        anchors.margins: 6
        spacing: 6
        Repeater {
            model: 4
            delegate: Rectangle {
                id: key
                required property int index
                readonly property string action: Phone.softkeys[index] || ""
                objectName: "softkey" + (index + 1)
                width: (bar.width - 12 - 3 * 6) / 4
                height: parent.height
                radius: Theme.radius
                enabled: action !== ""
                color: !enabled ? "transparent" : touch.pressed ? Qt.darker(bar.tint(action), 1.3) : bar.tint(action)
                Text {
                    objectName: "softkeyLabel"
                    anchors.fill: parent
                    anchors.margins: 4
                    text: bar.label(key.action)
                    color: Theme.text
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 12
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                }
                MouseArea {
                    id: touch
                    anchors.fill: parent
                    onClicked: Phone.pressSoftkey(key.index)
                }
            }
        }
    }
}
