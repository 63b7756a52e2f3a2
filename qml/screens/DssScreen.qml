import QtQuick
import Vidi.App
import Vidi.Ui

// The DSS panel (seed §4.9): the 4 line keys on top, the 18 memory keys below, each with its
// label; a BLF key shows its extension's state (green idle, amber ringing, red busy). A tap
// presses the key; keys without a type are shown empty and do nothing.
Rectangle {
    id: panel
    color: Theme.background

    // A row of 4 line keys, then 3 rows of 6 memory keys: the Flow wraps after each row
    // (the widths leave half a pixel, so that rounding never pushes a key to the next row).
    Flow {
        id: grid
        objectName: "dssGrid"
        anchors {
            fill: parent
            margins: 10
        }
        spacing: 8
        readonly property real lineKeyWidth: Math.floor((width - spacing * 3) / 4 - 0.5)
        readonly property real keyWidth: Math.floor((width - spacing * 5) / 6 - 0.5)
        readonly property real keyHeight: Math.floor((height - spacing * 3) / 4)

        Repeater {
            model: Phone.dssKeys
            delegate: Rectangle {
                id: dssKey
                required property int index
                required property string key
                required property string label
                required property string blfState
                required property bool configured
                objectName: "dss_" + key
                width: index < 4 ? grid.lineKeyWidth : grid.keyWidth
                height: grid.keyHeight
                radius: Theme.radius
                color: !configured ? Theme.background : area.pressed ? Theme.pressed : Theme.surface
                border.width: configured ? 0 : 1
                border.color: Theme.surfaceRaised
                Rectangle {
                    // The BLF lamp.
                    objectName: "lamp"
                    visible: dssKey.blfState !== ""
                    anchors {
                        left: parent.left
                        top: parent.top
                        margins: 8
                    }
                    width: 12
                    height: 12
                    radius: 6
                    color: dssKey.blfState === "busy" ? Theme.danger : dssKey.blfState === "ringing" ? Theme.warn : Theme.ok
                }
                Text {
                    anchors {
                        fill: parent
                        margins: 8
                        leftMargin: dssKey.blfState !== "" ? 24 : 8
                    }
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    // Long labels shrink to fit whole words on two lines before anything is cut.
                    wrapMode: Text.WordWrap
                    fontSizeMode: Text.Fit
                    minimumPixelSize: 12
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    text: dssKey.configured ? dssKey.label : ""
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                }
                MouseArea {
                    // A tap presses the key; a long press (≈1 s, seed §4.3) edits it, also
                    // an empty one.
                    id: area
                    anchors.fill: parent
                    pressAndHoldInterval: 800
                    onClicked: {
                        if (dssKey.configured)
                            Phone.pressDssKey(dssKey.key);
                    }
                    onPressAndHold: keyEditor.edit(dssKey.key)
                }
            }
        }
    }

    DssKeyEditor {
        id: keyEditor
        objectName: "dssKeyEditor"
        anchors.fill: parent
    }
}
