import QtQuick
import Vidi.App
import Vidi.Ui

// A connected call: the remote party, the duration, mute and hold; a second call waiting, on
// hold or joined in a conference is shown above it.
Item {
    id: screen
    readonly property var call: Phone.call
    readonly property bool video: call !== null && call.video

    VideoArea {
        // Behind the call's details; always there, so that its outputs stay connected.
        objectName: "videoArea"
        anchors.fill: parent
        visible: screen.video
        cameraStopped: screen.call !== null && screen.call.cameraStopped
        split: Phone.conferenceVideo
        secondName: Phone.otherCall ? Phone.otherCall.remoteName : ""
    }

    function formatDuration(s) {
        const h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, sec = s % 60;
        const pad = n => (n < 10 ? "0" : "") + n;
        return (h > 0 ? h + ":" + pad(m) : pad(m)) + ":" + pad(sec);
    }

    SecondCallBanner {
        objectName: "waitingBanner"
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            margins: 12
        }
        call: Phone.waitingCall
        text: qsTr("Call waiting")
        tint: Theme.accent
    }
    SecondCallBanner {
        objectName: "otherCallBanner"
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            margins: 12
        }
        call: Phone.waitingCall ? null : Phone.otherCall
        // In a local 3-way conference the other party is not held but joined.
        text: Phone.inConference ? qsTr("In conference") : qsTr("On hold")
        tint: Phone.inConference ? Theme.ok : Theme.warn
    }

    Column {
        id: details
        // Centred on an audio call; over the video, small in the top left corner.
        anchors.centerIn: screen.video ? undefined : parent
        anchors.verticalCenterOffset: Phone.waitingCall || Phone.otherCall ? 24 : 0
        x: screen.video ? 16 : 0
        y: screen.video ? (Phone.waitingCall || Phone.otherCall ? 76 : 12) : 0
        spacing: screen.video ? 4 : 12
        Avatar {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: !screen.video
            name: screen.call ? screen.call.remoteName : ""
            photo: screen.call ? Phone.photoUrl(screen.call.remotePhoto) : ""
        }
        Text {
            objectName: "remoteName"
            anchors.horizontalCenter: screen.video ? undefined : parent.horizontalCenter
            style: Text.Outline
            styleColor: screen.video ? "black" : "transparent"
            text: screen.call ? screen.call.remoteName : ""
            color: Theme.text
            font.pixelSize: Theme.fontLarge
        }
        Text {
            objectName: "callDuration"
            anchors.horizontalCenter: screen.video ? undefined : parent.horizontalCenter
            text: screen.call ? screen.formatDuration(screen.call.duration) : ""
            color: Theme.accent
            font.pixelSize: Theme.fontNormal
            font.family: "monospace"
        }
        Row {
            anchors.horizontalCenter: screen.video ? undefined : parent.horizontalCenter
            spacing: 10
            StateBadge {
                objectName: "conferenceIndicator"
                visible: Phone.inConference
                text: qsTr("Conference")
                tint: Theme.ok
            }
            StateBadge {
                objectName: "muteIndicator"
                visible: screen.call !== null && screen.call.muted
                text: qsTr("Muted")
                tint: Theme.danger
            }
            StateBadge {
                objectName: "holdIndicator"
                visible: screen.call !== null && screen.call.held
                text: qsTr("On hold")
                tint: Theme.warn
            }
            StateBadge {
                objectName: "remoteHoldIndicator"
                visible: screen.call !== null && screen.call.remoteHeld
                text: qsTr("Held by the other party")
                tint: Theme.surfaceRaised
            }
        }
    }

    Rectangle {
        // Stop near-site video, and back.
        objectName: "cameraToggle"
        visible: screen.video
        anchors {
            right: parent.right
            top: parent.top
            margins: 12
            topMargin: Phone.waitingCall || Phone.otherCall ? 76 : 12
        }
        width: Math.max(Theme.minTouch, cameraLabel.implicitWidth + 32)
        height: Theme.minTouch
        radius: height / 2
        color: cameraTap.pressed ? Theme.pressed : Qt.rgba(0.09, 0.13, 0.2, 0.85)
        border.color: Theme.surfaceRaised
        Text {
            id: cameraLabel
            anchors.centerIn: parent
            text: screen.call && screen.call.cameraStopped ? qsTr("Start Video") : qsTr("Stop Video")
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        MouseArea {
            id: cameraTap
            anchors.fill: parent
            onClicked: Phone.toggleCamera()
        }
    }

    MouseArea {
        // Call statistics on demand: a tap on the call shows or hides them.
        objectName: "statisticsToggle"
        anchors.fill: parent
        z: -1
        onClicked: statisticsPanel.visible = !statisticsPanel.visible
    }

    Rectangle {
        id: statisticsPanel
        objectName: "statisticsPanel"
        visible: false
        // Left of the caller's name and picture, clear of the banners above.
        anchors {
            left: parent.left
            verticalCenter: parent.verticalCenter
            verticalCenterOffset: 24
            margins: 12
        }
        width: statisticsGrid.implicitWidth + 32
        height: statisticsGrid.implicitHeight + 24
        radius: Theme.radius
        color: Qt.rgba(0.09, 0.13, 0.2, 0.95)
        border.color: Theme.surfaceRaised
        // Read only while shown: each read asks the media pipeline for its RTCP figures.
        readonly property var s: visible && screen.call ? screen.call.statistics : ({})
        function value(v, unit) {
            return v === undefined || v === null ? "–" : v + unit;
        }
        Grid {
            id: statisticsGrid
            anchors.centerIn: parent
            columns: 1
            rowSpacing: 4
            Repeater {
                model: [[qsTr("Codec"), statisticsPanel.value(statisticsPanel.s.codec, "")], [qsTr("Bitrate"), statisticsPanel.value(statisticsPanel.s.bitrateKbps, " kbit/s")], [qsTr("Loss (in / out)"), statisticsPanel.value(statisticsPanel.s.lossPercent, " %") + " / " + statisticsPanel.value(statisticsPanel.s.remoteLossPercent, " %")], [qsTr("Jitter"), statisticsPanel.value(statisticsPanel.s.jitterMs, " ms")], [qsTr("Jitter buffer"), statisticsPanel.value(statisticsPanel.s.jitterBufferMs, " ms")], [qsTr("Round trip"), statisticsPanel.value(statisticsPanel.s.roundTripMs, " ms")], [qsTr("MOS"), statisticsPanel.value(statisticsPanel.s.mos, "")]]
                delegate: Text {
                    required property var modelData
                    required property int index
                    objectName: "stat_" + index
                    text: modelData[0] + ": " + modelData[1]
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }

    component StateBadge: Rectangle {
        property alias text: label.text
        property color tint
        width: label.implicitWidth + 24
        height: 32
        radius: 16
        color: tint
        Text {
            id: label
            anchors.centerIn: parent
            color: "white"
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
    }
}
