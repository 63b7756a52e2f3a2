import QtQuick
import QtTest
import Vidi.App
import Vidi.Ui

// Seed §4.11 on the desktop: brightness as a shade, and after the backlight time without a
// touch the screen dims or sleeps behind the screen saver's clock; the first touch only wakes
// it, and a change on the phone (a screen opening) wakes it as well.
Item {
    id: root
    width: 800
    height: 480

    TestCase {
        name: "Backlight"
        when: windowShown

        Component {
            id: scene
            Item {
                property alias backlight: light
                property int taps: 0
                anchors.fill: parent
                MouseArea {
                    // What lies under the backlight: counts the touches that reach it.
                    anchors.fill: parent
                    onClicked: parent.taps += 1
                }
                Backlight {
                    id: light
                    anchors.fill: parent
                    idleSeconds: 0.3
                }
            }
        }

        function init() {
            Phone.closeDialer();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
        }

        function test_brightness_levels() {
            const s = createTemporaryObject(scene, root);
            const shade = findChild(s, "brightnessShade");
            s.backlight.level = 6; // the default: as bright as the desktop goes
            compare(shade.opacity, 0);
            s.backlight.level = 1;
            fuzzyCompare(shade.opacity, 0.4, 0.001);
        }

        function test_sleeps_behind_the_screen_saver_and_first_touch_only_wakes() {
            const s = createTemporaryObject(scene, root);
            s.backlight.offWhenIdle = true;
            const saver = findChild(s, "screenSaver");
            verify(!saver.visible);
            tryCompare(saver, "visible", true, 2000);
            mouseClick(s);
            verify(!saver.visible);
            compare(s.taps, 0, "the waking touch does nothing else");
            mouseClick(s);
            compare(s.taps, 1);
        }

        function test_dims_when_the_backlight_stays_on() {
            const s = createTemporaryObject(scene, root);
            s.backlight.offWhenIdle = false;
            s.backlight.level = 10;
            const shade = findChild(s, "brightnessShade");
            tryCompare(shade, "opacity", 0.75, 2000);
            verify(!findChild(s, "screenSaver").visible);
        }

        function test_a_change_on_the_phone_wakes_it() {
            const s = createTemporaryObject(scene, root);
            s.backlight.offWhenIdle = true;
            tryCompare(findChild(s, "screenSaver"), "visible", true, 2000);
            Phone.openDialer();
            verify(!findChild(s, "screenSaver").visible);
            Phone.closeDialer();
        }

        function test_always_on_never_sleeps() {
            const s = createTemporaryObject(scene, root);
            s.backlight.idleSeconds = 1; // seed: 1 = Always on
            s.backlight.offWhenIdle = true;
            wait(1300);
            verify(!s.backlight.asleep);
        }
    }
}
