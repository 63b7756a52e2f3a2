import QtQuick
import QtTest
import Vidi.App
import Vidi.Ui

// The simulator's keyboard stands for the phone's keys and hook switch.
Item {
    id: root
    width: 800
    height: 480

    TestCase {
        id: test
        name: "SimulatorKeys"
        when: windowShown

        function init() {
            if (Phone.offHook)
                Phone.toggleHook();
            Phone.closeDialer();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
        }

        Component {
            id: keysComponent
            SimulatorKeys {
                anchors.fill: parent
            }
        }

        function test_digits_escape_and_backspace() {
            const keys = createTemporaryObject(keysComponent, root);
            keys.forceActiveFocus();
            keyClick(Qt.Key_4);
            keyClick(Qt.Key_2);
            compare(Phone.screen, Phone.Dialer);
            compare(Phone.dialText, "42");
            keyClick(Qt.Key_Backspace);
            compare(Phone.dialText, "4");
            keyClick(Qt.Key_Escape);
            compare(Phone.screen, Phone.Idle);
            compare(Phone.dialText, "");
        }

        function test_enter_on_idle_shows_status() {
            const keys = createTemporaryObject(keysComponent, root);
            keys.forceActiveFocus();
            keyClick(Qt.Key_Return);
            compare(Phone.screen, Phone.Status);
            keyClick(Qt.Key_F4); // softkey "Back"
            compare(Phone.screen, Phone.Idle);
        }

        function test_lifting_the_handset_opens_the_dialer() {
            const keys = createTemporaryObject(keysComponent, root);
            keys.forceActiveFocus();
            verify(Phone.simulated);
            keyClick(Qt.Key_H);
            verify(Phone.offHook);
            compare(Phone.screen, Phone.Dialer);
            keyClick(Qt.Key_H);
            verify(!Phone.offHook);
            compare(Phone.screen, Phone.Idle);
        }
    }
}
