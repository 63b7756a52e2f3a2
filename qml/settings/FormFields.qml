import QtQuick
import Vidi.App
import Vidi.Ui

// The rows of a form (a contact, a DSS key): one SettingField per entry of `fields`
// ([key, label, type "text"/"choice"/…, choices]), showing `values[key]` and `errors[key]`;
// an edit is reported with edited(key, value) for the form to keep. A row being typed in
// comes to the top, with room below the last row, so that the on-screen keyboard does not
// cover it.
ListView {
    id: list
    property var fields: []
    property var values: ({})
    property var errors: ({})
    property string rowPrefix // each row's objectName: rowPrefix + key
    signal edited(string key, var value)

    footer: Item {
        width: 1
        height: 260
    }
    clip: true
    spacing: 6
    model: fields
    delegate: SettingField {
        required property var modelData
        required property int index
        objectName: list.rowPrefix + modelData[0]
        width: ListView.view.width
        onTyping: ListView.view.positionViewAtIndex(index, ListView.Beginning)
        label: modelData[1]
        type: modelData[2]
        options: modelData[3]
        value: list.values[modelData[0]] !== undefined ? list.values[modelData[0]] : ""
        error: list.errors[modelData[0]] || ""
        onEdited: v => list.edited(modelData[0], v)
    }
}
