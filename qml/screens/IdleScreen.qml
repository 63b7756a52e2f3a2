import QtQuick
import Vidi.App
import Vidi.Ui

// The idle screen (seed 000 §"Idle screen"): wallpaper, time and date, the accounts with their
// registration state, "No Service" when no account is usable.
Item {
    id: idle

    Image {
        anchors.fill: parent
        objectName: "wallpaper"
        source: Phone.wallpaperUrl
        asynchronous: true // decoded off the GUI thread, which SIP and media events share
        sourceSize: Qt.size(width, height)
        fillMode: Image.PreserveAspectCrop
    }

    Clock {
        objectName: "idleClock"
        anchors {
            right: parent.right
            top: parent.top
            margins: 28
        }
    }

    Column {
        objectName: "accountList"
        anchors {
            left: parent.left
            bottom: parent.bottom
            margins: 24
        }
        spacing: 8
        Repeater {
            model: Phone.accounts
            delegate: AccountRow {
                required label
                required registration
                objectName: "account_" + label
            }
        }
    }

    Rectangle {
        objectName: "noService"
        visible: !Phone.serviceAvailable
        anchors {
            right: parent.right
            bottom: parent.bottom
            margins: 24
        }
        width: noServiceText.implicitWidth + 40
        height: 52
        radius: Theme.radius
        color: Qt.rgba(0.05, 0.08, 0.14, 0.8)
        border.color: Theme.warn
        Text {
            id: noServiceText
            anchors.centerIn: parent
            text: qsTr("No Service")
            color: Theme.warn
            font.pixelSize: Theme.fontNormal
            font.bold: true
        }
    }

    Rectangle {
        // Seed §5.11: after a busy or unanswered call, the offer to call back when the callee
        // is free ("Call Back" softkey or OK; Cancel declines).
        objectName: "callCompletionOffer"
        visible: Phone.callCompletionOffer !== ""
        anchors.centerIn: parent // below the clock, above the accounts
        width: Math.min(parent.width - 48, offerText.implicitWidth + 48)
        height: 64
        radius: Theme.radius
        color: Qt.rgba(0.05, 0.08, 0.14, 0.85)
        border.color: Theme.ok
        Text {
            id: offerText
            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.parent.width - 96)
            elide: Text.ElideRight
            text: qsTr("Call %1 back when free?").arg(Phone.callCompletionOffer)
            color: Theme.text
            font.pixelSize: Theme.fontNormal
        }
    }

    Rectangle {
        // Seed §2: "<n> New Missed Call(s)" until the Missed list is opened (a tap opens it).
        objectName: "missedCalls"
        visible: Phone.newMissedCalls > 0
        anchors {
            left: parent.left
            top: parent.top
            margins: 24
        }
        width: missedText.implicitWidth + 40
        height: Theme.minTouch
        radius: Theme.radius
        color: Qt.rgba(0.05, 0.08, 0.14, 0.85)
        border.color: Theme.danger
        z: 1 // above the tap-to-dial area
        Text {
            id: missedText
            anchors.centerIn: parent
            text: qsTr("%n New Missed Call(s)", "", Phone.newMissedCalls)
            color: Theme.text
            font.pixelSize: Theme.fontNormal
        }
        MouseArea {
            anchors.fill: parent
            onClicked: Phone.showHistory(2) // Missed
        }
    }

    Rectangle {
        // [Menu] (seed §4.3): the settings.
        objectName: "menuButton"
        anchors {
            right: parent.right
            bottom: dssButton.top
            rightMargin: 24
            bottomMargin: 12
        }
        width: Math.max(96, menuLabel.implicitWidth + 24)
        height: Theme.minTouch
        radius: Theme.radius
        color: menuArea.pressed ? Theme.pressed : Qt.rgba(0.05, 0.08, 0.14, 0.85)
        border.color: Theme.accent
        z: 1
        Text {
            id: menuLabel
            anchors.centerIn: parent
            text: qsTr("Menu")
            color: Theme.text
            font.pixelSize: Theme.fontNormal
            font.bold: true
        }
        MouseArea {
            id: menuArea
            anchors.fill: parent
            onClicked: Phone.showSettings()
        }
    }

    Rectangle {
        // [DSS] (seed §2): the panel of line and memory keys.
        id: dssButton
        objectName: "dssButton"
        anchors {
            right: parent.right
            verticalCenter: parent.verticalCenter
            verticalCenterOffset: 70
            margins: 24
        }
        width: 96
        height: Theme.minTouch
        radius: Theme.radius
        color: dssArea.pressed ? Theme.pressed : Qt.rgba(0.05, 0.08, 0.14, 0.85)
        border.color: Theme.accent
        z: 1
        Text {
            anchors.centerIn: parent
            text: qsTr("DSS")
            color: Theme.text
            font.pixelSize: Theme.fontNormal
            font.bold: true
        }
        MouseArea {
            id: dssArea
            anchors.fill: parent
            onClicked: Phone.showDss()
        }
    }

    MouseArea {
        // A tap on the empty wallpaper opens the dialer, as on a smartphone.
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
        }
        height: parent.height / 2
        onClicked: Phone.openDialer()
    }
}
