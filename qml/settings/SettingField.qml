import QtQuick
import Vidi.Ui

// One row of a settings form: the label, and the value as a choice (left and right step
// through the options, as the seed's pull-down lists) or as text. `edited` reports a new value.
Rectangle {
    id: field
    property string label
    property string type: "text" // "choice", "text", "password"
    property var options: []     // [[value, label], ...] of a choice
    property string value
    property string error
    signal edited(string value)
    // The text takes focus: the on-screen keyboard will cover the lower half of the screen,
    // so the form brings this row to its top.
    signal typing

    height: Theme.minTouch + (error !== "" ? 22 : 0)
    radius: Theme.radius
    color: Theme.surfaceRaised

    function optionIndex() {
        for (let i = 0; i < options.length; ++i)
            if (options[i][0] === value)
                return i;
        return -1;
    }
    function step(delta) {
        if (options.length === 0)
            return;
        const i = optionIndex();
        const next = i < 0 ? 0 : (i + delta + options.length) % options.length;
        field.edited(options[next][0]);
    }

    Text {
        id: labelText
        anchors {
            left: parent.left
            leftMargin: 16
            top: parent.top
            topMargin: (Theme.minTouch - height) / 2
        }
        width: parent.width * 0.42
        text: field.label
        color: Theme.textDim
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }
    Row {
        // A choice: ‹ value ›
        visible: field.type === "choice"
        anchors {
            right: parent.right
            rightMargin: 8
            top: parent.top
        }
        height: Theme.minTouch
        spacing: 4
        StepButton {
            objectName: "previous"
            glyph: "‹"
            onStepped: field.step(-1)
        }
        Text {
            objectName: "choiceText"
            width: field.width * 0.58 - 2 * Theme.minTouch - 24
            anchors.verticalCenter: parent.verticalCenter
            horizontalAlignment: Text.AlignHCenter
            text: field.optionIndex() >= 0 ? field.options[field.optionIndex()][1] : field.value
            color: Theme.text
            font.pixelSize: Theme.fontNormal
            elide: Text.ElideRight
        }
        StepButton {
            objectName: "next"
            glyph: "›"
            onStepped: field.step(1)
        }
    }
    Rectangle {
        // Text: typed on the keyboard (the dialpad's digits reach it too).
        visible: field.type !== "choice"
        anchors {
            right: parent.right
            rightMargin: 8
            top: parent.top
            topMargin: 6
        }
        width: field.width * 0.58 - 16
        height: Theme.minTouch - 12
        radius: Theme.radius
        color: Theme.surface
        border.color: input.activeFocus ? Theme.accent : Theme.surface
        TextInput {
            id: input
            objectName: "textInput"
            anchors.fill: parent
            anchors.leftMargin: 10
            anchors.rightMargin: 10
            verticalAlignment: TextInput.AlignVCenter
            text: field.value
            echoMode: field.type === "password" ? TextInput.Password : TextInput.Normal
            color: Theme.text
            font.pixelSize: Theme.fontNormal
            clip: true
            onTextEdited: field.edited(text)
            onAccepted: focus = false // Enter puts the on-screen keyboard away
            onActiveFocusChanged: {
                if (activeFocus)
                    field.typing();
            }
            // Numbers, codes, addresses and URIs: no capital first letter, no word guessing.
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | (field.type === "password" ? Qt.ImhSensitiveData : 0)
        }
    }
    Text {
        objectName: "fieldError"
        visible: field.error !== ""
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
            leftMargin: 16
            bottomMargin: 4
        }
        text: field.error
        color: Theme.danger
        font.pixelSize: 13
        elide: Text.ElideRight
    }

    component StepButton: Rectangle {
        property alias glyph: glyphText.text
        signal stepped
        width: Theme.minTouch
        height: Theme.minTouch - 8
        anchors.verticalCenter: parent.verticalCenter
        radius: Theme.radius
        color: stepArea.pressed ? Theme.pressed : Theme.surface
        Text {
            id: glyphText
            anchors.centerIn: parent
            color: Theme.text
            font.pixelSize: Theme.fontLarge
        }
        MouseArea {
            id: stepArea
            anchors.fill: parent
            onClicked: parent.stepped()
        }
    }
}
