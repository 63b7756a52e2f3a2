import QtQuick

// The Registered / Registering / Unregistered icon of seed 000 §"Reading Icons".
Item {
    id: icon
    property string registration: "unregistered"
    property int size: 22
    width: size
    height: size

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: icon.registration === "registered" ? Theme.ok : icon.registration === "registering" ? Theme.warn : "transparent"
        border.width: 2
        border.color: icon.registration === "registered" ? Theme.ok : icon.registration === "registering" ? Theme.warn : Theme.danger
        // No pulsing: a running animation makes the window render every frame, which on the
        // phone's CPU delays SIP and media events on the GUI thread (measured: ~14 ms per
        // event with the software renderer) and costs power while a registrar is away.
    }
    Text {
        anchors.centerIn: parent
        text: icon.registration === "registered" ? "\u2713" : icon.registration === "registering" ? "\u2026" : "\u2715"
        color: icon.registration === "unregistered" || icon.registration === "failed" ? Theme.danger : Theme.background
        font.pixelSize: icon.size * 0.65
        font.bold: true
    }
}
