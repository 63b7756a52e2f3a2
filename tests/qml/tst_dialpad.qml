import QtQuick
import QtTest
import Vidi.App
import Vidi.Ui

// The dialpad and dialer: finger-sized keys, digits into the dial buffer, softkeys that act.
Item {
    id: root
    width: 800
    height: 480

    TestCase {
        id: test
        // TestCase is invisible; objects under test live in the visible root.
        name: "Dialer"
        when: windowShown

        // Every test starts from the idle screen, whatever the one before left.
        function init() {
            if (Phone.call)
                Phone.hangup();
            Phone.closeDialer();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
        }
        width: 800
        height: 480

        Component {
            id: padComponent
            Dialpad {
                width: 380
                height: 360
            }
        }
        Component {
            id: dialerComponent
            Item {
                width: 800
                height: 480
                DialerScreen {
                    objectName: "dialer"
                    width: 800
                    height: 376
                }
                SoftkeyBar {
                    objectName: "softkeys"
                    width: 800
                    y: 416
                }
            }
        }

        function test_keys_are_finger_sized_and_emit_their_digit() {
            const pad = createTemporaryObject(padComponent, root);
            const spy = createTemporaryObject(spyComponent, test, {
                    "target": pad,
                    "signalName": "digitPressed"
                });
            const names = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "star", "0", "pound"];
            const digits = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"];
            for (let i = 0; i < names.length; ++i) {
                const key = findChild(pad, "dialKey_" + names[i]);
                verify(key, names[i]);
                verify(key.width >= Theme.minTouch && key.height >= Theme.minTouch * 1.3, "key " + names[i] + " is " + key.width + "x" + key.height);
                mouseClick(key);
                compare(spy.signalArguments[i][0], digits[i]);
            }
            compare(spy.count, 12);
        }

        function test_typing_deleting_and_cancelling() {
            const ui = createTemporaryObject(dialerComponent, root);
            Phone.openDialer();
            compare(Phone.screen, Phone.Dialer);
            const dialer = findChild(ui, "dialer");
            for (const d of ["3", "6", "0", "2"])
                mouseClick(findChild(dialer, "dialKey_" + d));
            compare(Phone.dialText, "3602");
            compare(findChild(dialer, "dialText").text, "3602");
            const softkeys = findChild(ui, "softkeys");
            compare(findChild(softkeys, "softkey1").action, "send");
            compare(findChild(softkeys, "softkey2").action, "delete");
            compare(findChild(softkeys, "softkey4").action, "cancel");
            mouseClick(findChild(softkeys, "softkey2"));
            compare(Phone.dialText, "360");
            mouseClick(findChild(softkeys, "softkey4"));
            compare(Phone.screen, Phone.Idle);
            compare(Phone.dialText, "");
        }

        function test_pound_sends_and_is_not_dialled() {
            // features.pound_key.mode defaults to 1: '#' is the send key (seed acceptance 15).
            createTemporaryObject(dialerComponent, root);
            Phone.pressKey("1");
            Phone.pressKey("#");
            compare(Phone.dialText, "", "the call was placed and the buffer cleared");
            verify(Phone.call !== null);
            compare(Phone.call.remoteNumber, "1");
            Phone.pressKey("X");
            tryCompare(Phone, "screen", Phone.Idle, 5000);
        }

        Component {
            id: spyComponent
            SignalSpy {
            }
        }
    }
}
