import QtQuick
import QtMultimedia
import Vidi.App

// The video of the call in view: the far end's picture fills the area, our camera is a
// picture-in-picture that a finger drags to any corner; a tap on it swaps the two. While our
// camera is stopped ("stop near-site video") the PIP says so. In a local conference with video
// on both calls (`split`) the two far ends share the area side by side.
Item {
    id: area
    property bool swapped: false
    property bool cameraStopped: false
    property bool split: false
    property string secondName // who is on the right half when split

    Rectangle {
        id: bigFrame
        anchors.fill: parent
        color: "black"
    }
    Rectangle {
        id: pipFrame
        objectName: "videoPip"
        // 4:3 at a fifth of the screen: large enough to check one's framing.
        width: 176
        height: 144
        x: area.width - width - 16
        y: area.height - height - 16
        color: "black"
        border.color: Theme.surfaceRaised
        border.width: 2
        z: 1
        DragHandler {
            id: drag
            xAxis.minimum: 0
            xAxis.maximum: area.width - pipFrame.width
            yAxis.minimum: 0
            yAxis.maximum: area.height - pipFrame.height
        }
        TapHandler {
            objectName: "videoSwap"
            onTapped: area.swapped = !area.swapped
        }
    }
    VideoOutput {
        id: remote
        objectName: "remoteVideo"
        parent: area.swapped && !area.split ? pipFrame : bigFrame
        anchors.fill: area.split ? undefined : parent
        anchors.margins: parent === pipFrame ? 2 : 0
        // Split: the left half.
        x: 0
        y: 0
        width: area.split ? bigFrame.width / 2 : parent.width
        height: parent.height
        fillMode: VideoOutput.PreserveAspectFit
    }
    VideoOutput {
        id: second
        objectName: "secondVideo"
        parent: bigFrame
        visible: area.split
        x: bigFrame.width / 2
        width: bigFrame.width / 2
        height: bigFrame.height
        fillMode: VideoOutput.PreserveAspectFit
    }
    Text {
        // The right half's party (the left one is named by the in-call details above it).
        objectName: "secondVideoName"
        parent: bigFrame
        z: 1 // over the picture, whatever order the outputs took their parents in
        visible: area.split && area.secondName !== ""
        x: bigFrame.width / 2 + 16
        y: 76 // below the conference banner, level with the details on the left
        text: area.secondName
        color: Theme.text
        style: Text.Outline
        styleColor: "black"
        font.pixelSize: Theme.fontLarge
    }
    VideoOutput {
        id: preview
        objectName: "previewVideo"
        parent: area.swapped && !area.split ? bigFrame : pipFrame
        anchors.fill: parent
        anchors.margins: parent === pipFrame ? 2 : 0
        fillMode: VideoOutput.PreserveAspectFit
        visible: !area.cameraStopped
    }
    Text {
        objectName: "cameraStoppedText"
        parent: area.swapped && !area.split ? bigFrame : pipFrame
        anchors.centerIn: parent
        width: parent.width - 12
        visible: area.cameraStopped
        text: qsTr("Video stopped")
        color: Theme.textDim
        font.pixelSize: Theme.fontSmall
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
    Component.onCompleted: Phone.setVideoOutputs(remote.videoSink, preview.videoSink, second.videoSink)
}
