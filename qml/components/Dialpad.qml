import QtQuick

// The 12-key telephone keypad (ITU-T E.161 letters).
Grid {
    id: pad
    signal digitPressed(string digit)
    columns: 3
    spacing: 8
    readonly property real keyWidth: (width - 2 * spacing) / 3
    readonly property real keyHeight: (height - 3 * spacing) / 4

    Repeater {
        model: [["1", ""], ["2", "ABC"], ["3", "DEF"], ["4", "GHI"], ["5", "JKL"], ["6", "MNO"], ["7", "PQRS"], ["8", "TUV"], ["9", "WXYZ"], ["*", ""], ["0", "+"], ["#", ""]]
        delegate: DialKey {
            required property var modelData
            objectName: "dialKey_" + (modelData[0] === "*" ? "star" : modelData[0] === "#" ? "pound" : modelData[0])
            width: pad.keyWidth
            height: pad.keyHeight
            digit: modelData[0]
            letters: modelData[1]
            onTapped: digit => pad.digitPressed(digit)
        }
    }
}
