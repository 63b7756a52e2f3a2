import QtQuick

// Time and date; `compact` shows the time alone, for the status bar.
Column {
    id: clock
    property bool compact: false
    property date now: new Date()
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
        text: Qt.formatTime(clock.now, "HH:mm")
    }
    Text {
        objectName: "clockDate"
        visible: !clock.compact
        anchors.right: parent.right
        color: Theme.textDim
        font.pixelSize: Theme.fontNormal
        text: Qt.formatDate(clock.now, "dddd, MMMM d")
    }
}
