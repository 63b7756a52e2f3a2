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

        // Seed §4.3: a long press edits the key, also an empty one; Save writes memorykey.N.*
        // and the panel shows the new key at once.
        function test_long_press_edits_a_key() {
            Phone.showDss();
            const panel = createTemporaryObject(dssComponent, root);
            const d5 = findChild(panel, "dss_D5");
            verify(d5);
            mousePress(d5);
            wait(1000);
            mouseRelease(d5);
            const editor = findChild(panel, "dssKeyEditor");
            verify(editor.visible);
            compare(Phone.softkeys, ["save", "", "", "back"]);
            const type = findChild(panel, "dssField_type");
            compare(findChild(type, "choiceText").text, "N/A");
            mouseClick(findChild(type, "next")); // the first type after N/A: Line
            mouseClick(findChild(type, "next")); // Speed Dial
            compare(findChild(type, "choiceText").text, "Speed Dial");
            const value = findChild(findChild(panel, "dssField_value"), "textInput");
            value.forceActiveFocus();
            for (const ch of "4711")
                keyClick(ch);
            const label = findChild(findChild(panel, "dssField_label"), "textInput");
            label.forceActiveFocus();
            for (const ch of "Dora")
                keyClick(ch);
            verify(Phone.pressSoftkey(0)); // Save
            verify(!editor.visible);
            compare(Phone.setting("memorykey.5.type"), "13");
            compare(Phone.setting("memorykey.5.value"), "4711");
            // The panel reloads its keys: the key's item is a new one.
            tryVerify(() => findChild(panel, "dss_D5") && findChild(panel, "dss_D5").label === "Dora");
            compare(Phone.softkeys, ["", "", "", "back"]);
            // Back to N/A, as the other tests expect the panel.
            const again = findChild(panel, "dss_D5");
            wait(50); // the panel lays its new keys out
            mousePress(again);
            wait(1000);
            mouseRelease(again);
            verify(editor.visible, "the editor opens again");
            compare(editor.key, "D5");
            // The form's rows are made afresh: wait for the one showing the saved type.
            tryVerify(() => {
                    const t = findChild(panel, "dssField_type");
                    return t && t.visible && findChild(t, "choiceText").text === "Speed Dial";
                });
            const typeAgain = findChild(panel, "dssField_type");
            mouseClick(findChild(typeAgain, "previous"));
            mouseClick(findChild(typeAgain, "previous"));
            compare(findChild(typeAgain, "choiceText").text, "N/A");
            verify(Phone.pressSoftkey(0));
            compare(Phone.setting("memorykey.5.type"), "0");
        }
    }
}
