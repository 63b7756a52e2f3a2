import QtQuick

// A round badge with the caller's initials (photos arrive with the directory).
Rectangle {
    id: avatar
    property string name
    property int size: 120
    width: size
    height: size
    radius: size / 2
    color: Theme.surfaceRaised
    border.color: Theme.accent
    border.width: 3

    function initials(n) {
        // A bare number has no initials: show a handset instead of its first digits.
        if (!/[A-Za-z\u00C0-\uFFFF]/.test(n))
            return "\u260E";
        const words = n.trim().split(/\s+/).filter(w => w.length > 0);
        if (words.length === 0)
            return "?";
        if (words.length === 1)
            return words[0].substring(0, 2).toUpperCase();
        return (words[0][0] + words[words.length - 1][0]).toUpperCase();
    }

    Text {
        anchors.centerIn: parent
        text: avatar.initials(avatar.name)
        color: Theme.text
        font.pixelSize: avatar.size * 0.36
        font.weight: Font.DemiBold
    }
}
