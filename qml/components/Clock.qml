import QtQuick
import Vidi.App

// Time and date as local_time.time_format and local_time.date_format say (seed §4.12), with
// day and month names in the language of lang.gui; `compact` shows the time alone, for the
// status bar.
Column {
    id: clock
    property bool compact: false
    property date now: new Date()
    readonly property var locale: Qt.locale(Phone.localeName)
    // The seven date formats of the seed: WWW MMM DD, DD-MMM-YY, YYYY-MM-DD, DD/MM/YYYY,
    // MM/DD/YY, DD MMM YYYY, WWW DD MMM.
    readonly property var dateFormats: ["ddd MMM dd", "dd-MMM-yy", "yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yy", "dd MMM yyyy", "ddd dd MMM"]
    spacing: 2

    Timer {
        // The clock only needs the minute, but a second keeps it on time after a suspend.
        interval: 1000
        running: true
        repeat: true
        onTriggered: clock.now = new Date()
    }
    Text {
        objectName: "clockTime"
        anchors.right: parent.right
        color: Theme.text
        font.pixelSize: clock.compact ? Theme.fontSmall : Theme.fontHuge
        font.weight: Font.Light
        text: clock.now.toLocaleTimeString(clock.locale, Phone.clock24h ? "HH:mm" : "h:mm AP")
    }
    Text {
        objectName: "clockDate"
        visible: !clock.compact
        anchors.right: parent.right
        color: Theme.textDim
        font.pixelSize: Theme.fontNormal
        text: clock.now.toLocaleDateString(clock.locale, clock.dateFormats[Phone.dateFormat] || clock.dateFormats[0])
    }
}
