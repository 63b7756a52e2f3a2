import QtQuick
import Vidi.App
import Vidi.Ui

// A contact of the local directory (seed §4.3 "New Contact": name, office, mobile and other
// numbers, group, ring tone, line), saved with the Save softkey; what the directory refuses
// (a blank or taken name, a full directory) is said above the fields and the form stays.
Rectangle {
    id: form
    property int row: -1 // the contact's row in the list; -1 a new contact
    property var values: ({})
    property string error
    visible: false
    color: Theme.background

    function edit(contactRow) {
        row = contactRow;
        values = Phone.contactFields(contactRow);
        error = "";
        visible = true;
        Phone.setFormOpen(true);
    }
    function close() {
        visible = false;
        Phone.setFormOpen(false);
    }
    function set(key, value) {
        const next = Object.assign({}, values);
        next[key] = value;
        values = next;
    }
    function groupOptions() {
        const options = [["", qsTr("None")]];
        for (const g of Phone.contactGroups())
            options.push([g, g === "Blacklist" ? qsTr("Blacklist") : g === "Family" ? qsTr("Family") : g === "Friend" ? qsTr("Friend") : g]);
        return options;
    }
    function photoOptions() {
        const names = {
            "Resource:icon_family_b.png": qsTr("Family"),
            "Resource:icon_friend_b.png": qsTr("Friend"),
            "Resource:icon_colleague_b.png": qsTr("Colleague"),
            "Resource:icon_vip_b.png": qsTr("VIP"),
            "Resource:icon_blacklist_b.png": qsTr("Blacklist")
        };
        // Customized photos (Config:<file>) go by their file's name.
        return [["", qsTr("None")]].concat(Phone.contactPhotos().map(p => [p, names[p] || p.substring(p.indexOf(":") + 1)]));
    }
    readonly property var fields: [["name", qsTr("Name"), "text", []], ["office", qsTr("Office Number"), "text", []], ["mobile", qsTr("Mobile Number"), "text", []], ["other", qsTr("Other Number"), "text", []], ["photo", qsTr("Photo"), "choice", visible ? photoOptions() : []], ["group", qsTr("Group"), "choice", visible ? groupOptions() : []], ["ring", qsTr("Ring Tone"), "choice", [["", qsTr("Auto")]].concat([1, 2, 3, 4, 5, 6, 7, 8].map(n => ["Resource:Ring" + n + ".wav", "Ring" + n]))], ["line", qsTr("Line"), "choice", [["0", qsTr("Auto")], ["1", qsTr("Line %1").arg(1)], ["2", qsTr("Line %1").arg(2)], ["3", qsTr("Line %1").arg(3)], ["4", qsTr("Line %1").arg(4)]]]]

    Connections {
        target: Phone
        enabled: form.visible
        function onFormSaveRequested() {
            const why = Phone.saveContact(form.row, form.values);
            if (why === "")
                form.close();
            else
                form.error = why;
        }
        function onFormBackRequested() {
            form.close();
        }
    }
    Connections {
        target: Phone
        function onNewContactRequested() {
            form.edit(-1);
        }
    }

    Text {
        id: errorText
        objectName: "contactError"
        visible: form.error !== ""
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            margins: 12
        }
        text: form.error
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }
    FormFields {
        objectName: "contactFields"
        anchors {
            left: parent.left
            right: parent.right
            top: errorText.visible ? errorText.bottom : parent.top
            bottom: parent.bottom
            margins: 8
        }
        fields: form.visible ? form.fields : []
        values: form.values
        rowPrefix: "contact_"
        onEdited: (key, value) => form.set(key, value)
    }
}
