import QtQuick
import Vidi.App
import Vidi.Ui

// Editing a DSS key after a long press (seed §4.3): type, value, label, line and the BLF
// pickup code of memorykey.N.* or linekey.N.*, saved with the Save softkey into the
// configuration (the panel and the BLF subscriptions follow at once).
Rectangle {
    id: editor
    property string key // "D3", "L1"
    property var values: ({})
    property var errors: ({})
    visible: false
    color: Theme.background

    readonly property string prefix: (key.startsWith("L") ? "linekey." : "memorykey.") + key.substring(1) + "."
    readonly property var fields: [["type", qsTr("Type"), "choice", visible ? Phone.dssKeyTypes() : []], ["value", qsTr("Value"), "text", []], ["label", qsTr("Label"), "text", []], ["line", qsTr("Line"), "choice", [["0", qsTr("Auto")], ["1", qsTr("Line %1").arg(1)], ["2", qsTr("Line %1").arg(2)], ["3", qsTr("Line %1").arg(3)], ["4", qsTr("Line %1").arg(4)]]], ["pickup_value", qsTr("Extension"), "text", []]]

    function edit(dssKey) {
        key = dssKey;
        const v = {};
        for (const f of fields)
            v[f[0]] = Phone.setting(prefix + f[0]);
        values = v;
        errors = ({});
        visible = true;
        Phone.setFormOpen(true);
    }
    function close() {
        visible = false;
        Phone.setFormOpen(false);
    }

    Connections {
        target: Phone
        enabled: editor.visible
        function onFormSaveRequested() {
            const e = {};
            for (const f of editor.fields) {
                const k = editor.prefix + f[0];
                if (editor.values[f[0]] === Phone.setting(k))
                    continue;
                const why = Phone.saveSetting(k, editor.values[f[0]]);
                if (why !== "")
                    e[f[0]] = why;
            }
            editor.errors = e;
            if (Object.keys(e).length === 0)
                editor.close();
        }
        function onFormBackRequested() {
            editor.close();
        }
    }

    Text {
        id: title
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            margins: 12
        }
        text: qsTr("DSS key %1").arg(editor.key)
        color: Theme.text
        font.pixelSize: Theme.fontNormal
        font.bold: true
    }
    FormFields {
        objectName: "dssKeyFields"
        anchors {
            left: parent.left
            right: parent.right
            top: title.bottom
            bottom: parent.bottom
            margins: 8
        }
        fields: editor.visible ? editor.fields : []
        values: editor.values
        errors: editor.errors
        rowPrefix: "dssField_"
        onEdited: (key, value) => {
            const next = Object.assign({}, editor.values);
            next[key] = value;
            editor.values = next;
        }
    }
}
