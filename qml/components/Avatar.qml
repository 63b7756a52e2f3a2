import QtQuick

// A round badge: the contact's photo (seed §9.6 default_photo) when the directory has one,
// else the initials of the name.
Rectangle {
    id: avatar
    property string name
    // A URL from Phone.photoUrl(), "" for none.
    property string photo
    readonly property bool showsPhoto: photo !== "" && picture.status === Image.Ready
    property int size: 120
    width: size
    height: size
    radius: size / 2
    color: showsPhoto ? "transparent" : Theme.surfaceRaised
    border.color: Theme.accent
    border.width: showsPhoto ? 0 : 3

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

    Image {
        // The system photos are drawn round; a customized one shows as it is.
        id: picture
        objectName: "avatarPhoto"
        anchors.fill: parent
        source: avatar.photo
        sourceSize: Qt.size(avatar.size, avatar.size)
        fillMode: Image.PreserveAspectCrop
        visible: avatar.showsPhoto
        asynchronous: false
    }
    Text {
        anchors.centerIn: parent
        visible: !avatar.showsPhoto
        text: avatar.initials(avatar.name)
        color: Theme.text
        font.pixelSize: avatar.size * 0.36
        font.weight: Font.DemiBold
    }
}
