import QtQuick
import Vidi.App
import Vidi.Ui

// Status (OK on the idle screen, seed 000 §2): addresses, firmware and the accounts.
Rectangle {
    color: Theme.background
    Column {
        anchors {
            fill: parent
            margins: 28
        }
        spacing: 14
        Text {
            text: qsTr("Status")
            color: Theme.accent
            font.pixelSize: Theme.fontLarge
        }
        Grid {
            columns: 2
            columnSpacing: 40
            rowSpacing: 10
            Text {
                text: qsTr("IP Address")
                color: Theme.textDim
                font.pixelSize: Theme.fontNormal
            }
            Text {
                objectName: "statusIp"
                text: Phone.ipAddress
                color: Theme.text
                font.pixelSize: Theme.fontNormal
            }
            Text {
                text: qsTr("MAC Address")
                color: Theme.textDim
                font.pixelSize: Theme.fontNormal
            }
            Text {
                objectName: "statusMac"
                text: Phone.mac.toUpperCase()
                color: Theme.text
                font.pixelSize: Theme.fontNormal
            }
            Text {
                text: qsTr("Firmware")
                color: Theme.textDim
                font.pixelSize: Theme.fontNormal
            }
            Text {
                text: Phone.firmware
                color: Theme.text
                font.pixelSize: Theme.fontNormal
            }
        }
        Repeater {
            model: Phone.accounts
            delegate: AccountRow {
                required label
                required registration
                width: 400
            }
        }
    }
}
