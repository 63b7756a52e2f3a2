import QtQuick

// The padlock of seed 000 §"SRTP" / §"TLS": shown while the call's media is encrypted.
// Drawn (shackle and body), since the phone's fonts carry no padlock glyph.
Item {
    id: lock
    property color color: Theme.ok
    property int size: 20
    width: size * 0.8
    height: size

    Rectangle {
        // The shackle: a ring whose lower half the body covers.
        x: lock.width * 0.18
        width: lock.width * 0.64
        height: lock.height * 0.62
        radius: width / 2
        color: "transparent"
        border.width: Math.max(2, lock.size / 9)
        border.color: lock.color
    }
    Rectangle {
        y: lock.height * 0.42
        width: lock.width
        height: lock.height * 0.58
        radius: 2
        color: lock.color
        Rectangle {
            // The keyhole.
            anchors.centerIn: parent
            width: Math.max(2, lock.size / 8)
            height: parent.height * 0.4
            radius: width / 2
            color: Theme.background
        }
    }
}
