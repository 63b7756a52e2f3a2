import QtQuick
import QtQuick.Window
import QtQuick.VirtualKeyboard
import Vidi.App
import Vidi.Ui

// The phone's one window: a status bar, the current screen, the softkey bar.
Window {
    id: root
    width: Theme.screenWidth
    height: Theme.screenHeight
    visible: true
    color: Theme.background
    title: qsTr("Vidi")

    readonly property var screens: ({
            [Phone.Boot]: bootScreen,
            [Phone.Idle]: idleScreen,
            [Phone.Dialer]: dialerScreen,
            [Phone.Outgoing]: outgoingScreen,
            [Phone.Incoming]: incomingScreen,
            [Phone.InCall]: inCallScreen,
            [Phone.Status]: statusScreen,
            [Phone.History]: historyScreen,
            [Phone.Directory]: directoryScreen,
            [Phone.Dss]: dssScreen,
            [Phone.Settings]: settingsScreen
        })

    StatusBar {
        id: statusBar
        objectName: "statusBar"
        visible: Phone.screen !== Phone.Boot
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
        }
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors {
            left: parent.left
            right: parent.right
            top: statusBar.visible ? statusBar.bottom : parent.top
            bottom: softkeys.visible ? softkeys.top : parent.bottom
        }
        sourceComponent: root.screens[Phone.screen]
    }

    SoftkeyBar {
        id: softkeys
        objectName: "softkeyBar"
        visible: Phone.screen !== Phone.Boot
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
        }
    }

    SimulatorKeys {
        objectName: "keyboard"
        anchors.fill: parent
    }

    InputPanel {
        // The on-screen keyboard for text fields, in the language of lang.gui where it has a
        // layout for it (English as the second one, on its language key).
        id: keyboard
        objectName: "inputPanel"
        z: 90
        anchors {
            left: parent.left
            right: parent.right
        }
        y: active ? parent.height - height : parent.height
        visible: active
    }
    KeyboardLanguage {
        localeName: Phone.localeName
    }

    UnlockPad {
        objectName: "unlockPad"
        anchors {
            left: parent.left
            right: parent.right
            top: statusBar.bottom
            bottom: parent.bottom
        }
        z: 50
    }

    Backlight {
        objectName: "backlight"
        anchors.fill: parent
        z: 100
    }

    Component {
        id: bootScreen
        BootScreen {
        }
    }
    Component {
        id: idleScreen
        IdleScreen {
        }
    }
    Component {
        id: dialerScreen
        DialerScreen {
        }
    }
    Component {
        id: outgoingScreen
        OutgoingScreen {
        }
    }
    Component {
        id: incomingScreen
        IncomingScreen {
        }
    }
    Component {
        id: inCallScreen
        InCallScreen {
        }
    }
    Component {
        id: statusScreen
        StatusScreen {
        }
    }
    Component {
        id: historyScreen
        HistoryScreen {
        }
    }
    Component {
        id: directoryScreen
        DirectoryScreen {
        }
    }
    Component {
        id: dssScreen
        DssScreen {
        }
    }
    Component {
        id: settingsScreen
        SettingsScreen {
        }
    }
}
