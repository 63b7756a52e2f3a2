import QtQuick
import QtTest
import Vidi.App
import Vidi.Ui

// The DSS panel (seed §4.9): 4 line keys and 18 memory keys from linekey.x.* / memorykey.x.*
// (tst_main.cpp provisions a DND key on D1 and a speed dial on D2), opened from [DSS] on the
// idle screen; a tap presses the key.
Item {
    id: root
    width: 800
    height: 376

    TestCase {
        name: "Dss"
        when: windowShown

        function init() {
            if (Phone.call)
                Phone.hangup();
            Phone.closeDialer();
            Phone.closeDss();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
        }
        function cleanup() {
            Phone.closeDss();
            if (Phone.dnd)
                Phone.dnd = false;
        }

        Component {
            id: idleComponent
            IdleScreen {
                width: 800
                height: 376
            }
        }
        Component {
            id: dssComponent
            DssScreen {
                width: 800
                height: 376
            }
        }

        function test_dss_button_opens_the_panel() {
            const idle = createTemporaryObject(idleComponent, root);
            mouseClick(findChild(idle, "dssButton"));
            compare(Phone.screen, Phone.Dss);
            compare(Phone.softkeys[3], "back");
        }

        function test_keys_labels_and_press() {
            Phone.showDss();
            const panel = createTemporaryObject(dssComponent, root);
            compare(Phone.dssKeys.rowCount(), 22);
            const line1 = findChild(panel, "dss_L1");
            compare(line1.label, "Front Desk"); // a line key shows its account
            const dnd = findChild(panel, "dss_D1");
            verify(dnd.configured);
            compare(dnd.label, "DND");
            const speed = findChild(panel, "dss_D2");
            compare(speed.label, "Reception");
            const empty = findChild(panel, "dss_D18");
            verify(!empty.configured);
            verify(dnd.width >= Theme.minTouch && dnd.height >= Theme.minTouch, "finger-sized");
            compare(Phone.dnd, false);
            mouseClick(dnd);
            compare(Phone.dnd, true); // the DND key toggles DND
            mouseClick(dnd);
            compare(Phone.dnd, false);
            mouseClick(empty); // does nothing
            compare(Phone.screen, Phone.Dss);
        }
    }
}
