import QtQuick

// One account line of the idle screen: the state icon, the label and the state in words.
Rectangle {
    id: row
    property string label
    property string registration: "unregistered"
    width: 300
    height: 44
    radius: Theme.radius
    color: Qt.rgba(0.05, 0.08, 0.14, 0.72)

    function stateText(r) {
        switch (r) {
        case "registered":
            return qsTr("Registered");
        case "registering":
            return qsTr("Registering");
        case "failed":
            return qsTr("Registration failed");
        }
        return qsTr("Unregistered");
    }

    RegistrationIcon {
        id: icon
        anchors {
            left: parent.left
            leftMargin: 12
            verticalCenter: parent.verticalCenter
        }
        registration: row.registration
    }
    Column {
        anchors {
            left: icon.right
            leftMargin: 10
            right: parent.right
            rightMargin: 10
            verticalCenter: parent.verticalCenter
        }
        Text {
            width: parent.width
            text: row.label
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: row.stateText(row.registration)
            color: Theme.textDim
            font.pixelSize: 13
            elide: Text.ElideRight
        }
    }
}
