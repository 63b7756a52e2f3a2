import QtQuick
import Vidi.App

// Top line of every screen: the first account and its state on the left, the time on the right.
Rectangle {
    height: Theme.statusBarHeight
    color: Qt.rgba(0, 0, 0, 0.35)

    Row {
        anchors {
            left: parent.left
            leftMargin: 14
            verticalCenter: parent.verticalCenter
        }
        spacing: 8
        RegistrationIcon {
            anchors.verticalCenter: parent.verticalCenter
            size: 18
            visible: Phone.accounts.count > 0
            registration: Phone.serviceAvailable ? "registered" : "unregistered"
        }
        Text {
            // The idle screen says "No Service" in large type; the other screens say it here.
            objectName: "serviceText"
            anchors.verticalCenter: parent.verticalCenter
            visible: Phone.serviceAvailable || Phone.screen !== Phone.Idle
            color: Phone.serviceAvailable ? Theme.textDim : Theme.warn
            font.pixelSize: Theme.fontSmall
            text: Phone.serviceAvailable ? Phone.accounts.registeredLabel : qsTr("No Service")
        }
    }
    Text {
        // The simulated handset is off its hook.
        objectName: "hookIndicator"
        anchors {
            right: clock.left
            rightMargin: 12
            verticalCenter: parent.verticalCenter
        }
        visible: Phone.offHook
        text: qsTr("Handset")
        color: Theme.accent
        font.pixelSize: Theme.fontSmall
    }
    Clock {
        id: clock
        anchors {
            right: parent.right
            rightMargin: 14
            verticalCenter: parent.verticalCenter
        }
        compact: true
        visible: Phone.screen !== Phone.Idle
    }
}
