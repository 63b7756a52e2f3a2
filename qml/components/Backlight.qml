import QtQuick
import Vidi.App

// The backlight of seed §4.11 on a screen that has none of its own to drive (the desktop):
// brightness as a shade over the window (levels below the default 6 darker, 1 the darkest; a
// desktop screen cannot go brighter), and after
// `idleSeconds` without a touch or a change on the phone either a dimmer shade or, when the
// backlight goes off, the screen saver: a clock on black. A tap wakes the screen and does
// nothing else; an incoming call or any change of screen wakes it too.
Item {
    id: backlight
    property int level: Phone.backlightLevel
    property real idleSeconds: Phone.backlightTime
    property bool offWhenIdle: Phone.backlightOffWhenIdle
    property bool asleep: false
    readonly property bool alwaysOn: idleSeconds === 1

    function wake() {
        asleep = false;
        if (!alwaysOn)
            sleepTimer.restart();
    }

    Timer {
        id: sleepTimer
        interval: backlight.idleSeconds * 1000
        running: !backlight.alwaysOn
        onTriggered: backlight.asleep = true
    }
    Connections {
        target: Phone
        function onScreenChanged() {
            backlight.wake();
        }
        function onCallChanged() {
            backlight.wake();
        }
        function onDialTextChanged() {
            backlight.wake();
        }
    }
    onIdleSecondsChanged: wake()

    Rectangle {
        // Brightness: the lower the level, the darker.
        objectName: "brightnessShade"
        anchors.fill: parent
        color: "black"
        opacity: backlight.asleep && !backlight.offWhenIdle ? 0.75 : Math.max(0, 6 - Math.max(1, backlight.level)) * 0.08
    }
    Rectangle {
        id: saver
        objectName: "screenSaver"
        anchors.fill: parent
        visible: backlight.asleep && backlight.offWhenIdle
        color: "black"
        Clock {
            anchors.centerIn: parent
        }
    }
    MouseArea {
        // The first touch of a sleeping screen only wakes it; otherwise touches go through.
        objectName: "wakeArea"
        anchors.fill: parent
        onPressed: mouse => {
            const sleeping = backlight.asleep;
            backlight.wake();
            mouse.accepted = sleeping;
        }
    }
}
