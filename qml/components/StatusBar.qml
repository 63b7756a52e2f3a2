import QtQuick
import Vidi.App
import Vidi.Ui

// Top line of every screen: the line and its state on the left; status icons (DND, handset)
// and, away from the idle screen, the time on the right.
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

    Row {
        anchors {
            right: parent.right
            rightMargin: 14
            verticalCenter: parent.verticalCenter
        }
        spacing: 12
        LockIcon {
            // The phone lock is on (phone_setting.lock).
            objectName: "phoneLockIcon"
            anchors.verticalCenter: parent.verticalCenter
            visible: Phone.locked
            color: Theme.warn
        }
        CameraOffIcon {
            // Our camera is stopped in the call in view.
            objectName: "cameraOffIcon"
            anchors.verticalCenter: parent.verticalCenter
            visible: Phone.call !== null && Phone.call.cameraStopped
        }
        LockIcon {
            // The call in view is SRTP-protected (seed 000 §"SRTP": both phones show a lock).
            objectName: "lockIcon"
            anchors.verticalCenter: parent.verticalCenter
            visible: Phone.call !== null && Phone.call.encrypted
        }
        Rectangle {
            // Voice Mail with the count of new messages (seed 000 §"Reading Icons", MWI).
            objectName: "voiceMailIcon"
            anchors.verticalCenter: parent.verticalCenter
            visible: Phone.voiceMessages > 0
            width: voiceMailText.implicitWidth + 16
            height: 24
            radius: 12
            color: Theme.accent
            Text {
                id: voiceMailText
                anchors.centerIn: parent
                text: "\u2709 " + Phone.voiceMessages
                color: Theme.background
                font.pixelSize: 13
                font.bold: true
            }
        }
        Rectangle {
            // Do Not Disturb (seed 000 §"Reading Icons").
            objectName: "dndIcon"
            anchors.verticalCenter: parent.verticalCenter
            visible: Phone.dnd
            width: dndText.implicitWidth + 16
            height: 24
            radius: 12
            color: Theme.danger
            Text {
                id: dndText
                anchors.centerIn: parent
                text: qsTr("DND")
                color: "white"
                font.pixelSize: 13
                font.bold: true
            }
        }
        Text {
            // The simulated handset is off its hook.
            objectName: "hookIndicator"
            anchors.verticalCenter: parent.verticalCenter
            visible: Phone.offHook
            text: qsTr("Handset")
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
        }
        Clock {
            anchors.verticalCenter: parent.verticalCenter
            compact: true
            visible: Phone.screen !== Phone.Idle
        }
    }
}
