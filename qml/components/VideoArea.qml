import QtQuick
import QtMultimedia
import Vidi.App

// The video of the call in view: the far end's picture fills the area, our camera is a
// picture-in-picture that a finger drags to any corner; a tap on it swaps the two. While our
// camera is stopped ("stop near-site video") the PIP says so.
Item {
    id: area
    property bool swapped: false
    property bool cameraStopped: false

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
        parent: area.swapped ? pipFrame : bigFrame
        anchors.fill: parent
        anchors.margins: parent === pipFrame ? 2 : 0
        fillMode: VideoOutput.PreserveAspectFit
    }
    VideoOutput {
        id: preview
        objectName: "previewVideo"
        parent: area.swapped ? bigFrame : pipFrame
        anchors.fill: parent
        anchors.margins: parent === pipFrame ? 2 : 0
        fillMode: VideoOutput.PreserveAspectFit
        visible: !area.cameraStopped
    }
    Text {
        objectName: "cameraStoppedText"
        parent: area.swapped ? bigFrame : pipFrame
        anchors.centerIn: parent
        width: parent.width - 12
        visible: area.cameraStopped
        text: qsTr("Video stopped")
        color: Theme.textDim
        font.pixelSize: Theme.fontSmall
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
    Component.onCompleted: Phone.setVideoOutputs(remote.videoSink, preview.videoSink)
}
