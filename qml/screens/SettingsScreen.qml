import QtQuick
import Vidi.App
import Vidi.Ui

// The settings menu (seed §4.3): submenus as lists, forms of fields bound to configuration
// keys, Save and Back as softkeys (the Phone forwards them here). A form loads the saved
// values when it opens and saves them all with Save; a value the registry refuses is shown
// at its field and nothing moves on.
Item {
    id: screen
    property var path: [tree.root] // the nodes from the top menu to the one shown
    readonly property var node: path[path.length - 1]
    property var values: ({}) // the form's values by key, as edited
    property var errors: ({})
    property int account: 1 // the line of a per-account form
    property bool askPassword: false
    property var pendingAdmin: null

    SettingsTree {
        id: tree
    }

    function keyOf(field) {
        return field.key.replace("%1", account);
    }
    function isForm(n) {
        return n.fields !== undefined;
    }
    function open(n) {
        if (n.action === "status") {
            Phone.closeSettings();
            Phone.showStatus(true);
            return;
        }
        if (n.admin && !askPassword) {
            pendingAdmin = n;
            askPassword = true;
            Phone.setSettingsDepth(path.length); // Back leaves the prompt
            passwordInput.text = "";
            passwordInput.forceActiveFocus();
            return;
        }
        path = path.concat([n]);
        if (isForm(n)) {
            load();
            Qt.callLater(formView.positionViewAtBeginning); // the line chooser in view
        }
        Phone.setSettingsDepth(path.length - 1);
        Phone.setFormOpen(isForm(n));
    }
    function back() {
        if (askPassword) {
            askPassword = false;
            Phone.setSettingsDepth(path.length - 1);
            return;
        }
        if (path.length <= 1) {
            Phone.closeSettings();
            return;
        }
        path = path.slice(0, path.length - 1);
        Phone.setSettingsDepth(path.length - 1);
        Phone.setFormOpen(isForm(node));
    }
    function load() {
        const v = {};
        for (const f of node.fields)
            v[f.key] = node.password ? "" : Phone.setting(keyOf(f));
        values = v;
        errors = ({});
    }
    function save() {
        const e = {};
        if (node.password) {
            if (!Phone.checkAdminPassword(values["current"]))
                e["current"] = qsTr("Wrong password");
            else if (values["security.password.admin"] !== values["confirm"])
                e["confirm"] = qsTr("The passwords differ");
            else {
                const why = Phone.saveSetting("security.password.admin", values["security.password.admin"]);
                if (why !== "")
                    e["security.password.admin"] = why;
            }
        } else {
            for (const f of node.fields) {
                if (values[f.key] === Phone.setting(keyOf(f)))
                    continue;
                // The registry's reason is logged (in English); the screen says it in the
                // phone's language.
                const why = Phone.saveSetting(keyOf(f), values[f.key]);
                if (why !== "")
                    e[f.key] = why;
            }
        }
        errors = e;
        if (Object.keys(e).length > 0)
            return;
        if (node.reboot)
            Phone.rebootForSettings();
        back();
    }

    Connections {
        target: Phone
        function onFormSaveRequested() {
            screen.save();
        }
        function onFormBackRequested() {
            screen.back();
        }
    }

    Rectangle {
        id: titleBar
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
        }
        height: 44
        color: Theme.surface
        Text {
            objectName: "settingsTitle"
            anchors {
                left: parent.left
                right: parent.right
                verticalCenter: parent.verticalCenter
                leftMargin: 16
                rightMargin: 16
            }
            // The way here, the last part whole.
            text: screen.path.map(n => n.title).join("  ›  ")
            color: Theme.text
            font.pixelSize: Theme.fontNormal
            font.bold: true
            elide: Text.ElideLeft
        }
    }

    ListView {
        // A menu: one row per entry.
        objectName: "settingsMenu"
        visible: !screen.isForm(screen.node) && !screen.askPassword
        anchors {
            left: parent.left
            right: parent.right
            top: titleBar.bottom
            bottom: parent.bottom
            margins: 8
        }
        clip: true
        spacing: 6
        model: screen.node.children || []
        delegate: Rectangle {
            required property var modelData
            required property int index
            objectName: "menuEntry_" + index
            width: ListView.view.width
            height: Theme.minTouch
            radius: Theme.radius
            color: entryArea.pressed ? Theme.pressed : Theme.surfaceRaised
            Text {
                anchors {
                    left: parent.left
                    right: chevron.left
                    verticalCenter: parent.verticalCenter
                    leftMargin: 16
                }
                text: parent.modelData.title
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                elide: Text.ElideRight
            }
            Text {
                id: chevron
                anchors {
                    right: parent.right
                    verticalCenter: parent.verticalCenter
                    rightMargin: 16
                }
                text: "›"
                color: Theme.textDim
                font.pixelSize: Theme.fontLarge
            }
            MouseArea {
                id: entryArea
                anchors.fill: parent
                onClicked: screen.open(parent.modelData)
            }
        }
    }

    ListView {
        // A form: the line (for per-account forms), then one row per field.
        id: formView
        objectName: "settingsForm"
        // Room below the last row, so that any row can come up above the on-screen keyboard.
        footer: Item {
            width: 1
            height: 260
        }
        visible: screen.isForm(screen.node) && !screen.askPassword
        anchors {
            left: parent.left
            right: parent.right
            top: titleBar.bottom
            bottom: parent.bottom
            margins: 8
        }
        clip: true
        spacing: 6
        header: Item {
            width: ListView.view.width
            height: screen.node.perAccount ? Theme.minTouch + 6 : 0
            visible: screen.node.perAccount === true
            SettingField {
                objectName: "lineChoice"
                width: parent.width
                label: qsTr("Line")
                options: [["1", qsTr("Line %1").arg(1)], ["2", qsTr("Line %1").arg(2)], ["3", qsTr("Line %1").arg(3)], ["4", qsTr("Line %1").arg(4)]]
                type: "choice"
                value: String(screen.account)
                onEdited: v => {
                    screen.account = Number(v);
                    screen.load();
                }
            }
        }
        model: screen.isForm(screen.node) ? screen.node.fields : []
        delegate: SettingField {
            required property var modelData
            required property int index
            objectName: "field_" + modelData.key
            width: ListView.view.width
            onTyping: ListView.view.positionViewAtIndex(index, ListView.Beginning)
            label: modelData.label
            type: modelData.type
            // Wallpapers are listed afresh each time: an upload adds one.
            options: modelData.optionsFrom === "wallpapers" ? Phone.wallpaperOptions() : modelData.optionsFrom === "rings" ? Phone.ringOptions() : (modelData.options || [])
            value: screen.values[modelData.key] !== undefined ? screen.values[modelData.key] : ""
            error: screen.errors[modelData.key] || ""
            onEdited: v => {
                const next = Object.assign({}, screen.values);
                next[modelData.key] = v;
                screen.values = next;
                if (modelData.preview)
                    Phone.previewRing(v); // heard before it is saved
            }
        }
    }

    Column {
        // The admin password in front of Advanced.
        objectName: "adminPassword"
        visible: screen.askPassword
        anchors.centerIn: parent
        spacing: 12
        Text {
            text: qsTr("Enter the administrator password")
            color: Theme.text
            font.pixelSize: Theme.fontNormal
        }
        Rectangle {
            width: 360
            height: Theme.minTouch
            radius: Theme.radius
            color: Theme.surfaceRaised
            border.color: passwordInput.activeFocus ? Theme.accent : Theme.surfaceRaised
            TextInput {
                id: passwordInput
                objectName: "adminPasswordInput"
                anchors.fill: parent
                anchors.margins: 12
                verticalAlignment: TextInput.AlignVCenter
                echoMode: TextInput.Password
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                onAccepted: confirm.clicked()
            }
        }
        Text {
            id: passwordError
            objectName: "adminPasswordError"
            visible: text !== ""
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
        }
        Rectangle {
            width: 360
            height: Theme.minTouch
            radius: Theme.radius
            color: confirm.pressed ? Theme.pressed : Theme.accent
            Text {
                anchors.centerIn: parent
                text: qsTr("OK")
                color: Theme.background
                font.pixelSize: Theme.fontNormal
                font.bold: true
            }
            MouseArea {
                id: confirm
                objectName: "adminPasswordOk"
                anchors.fill: parent
                onClicked: {
                    if (Phone.checkAdminPassword(passwordInput.text)) {
                        passwordError.text = "";
                        screen.open(screen.pendingAdmin);
                        screen.askPassword = false;
                    } else {
                        passwordError.text = qsTr("Wrong password");
                    }
                }
            }
        }
    }
}
