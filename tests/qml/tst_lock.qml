import QtQuick
import QtTest
import Vidi.App
import Vidi.Ui

// The phone lock (phone_setting.lock): locked, the pages ask for the PIN and only emergency
// numbers go out; the right PIN unlocks, a wrong one is said; back on the idle screen the
// phone locks again (lock_time_out 0).
Item {
    id: root
    width: 800
    height: 440

    TestCase {
        name: "PhoneLock"
        when: windowShown

        Component {
            id: padComponent
            UnlockPad {
                width: 800
                height: 440
            }
        }
        SignalSpy {
            id: asked
            target: Phone
            signalName: "unlockRequested"
        }

        function init() {
            if (Phone.call)
                Phone.hangup();
            Phone.closeDialer();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
        }
        function cleanup() {
            compare(Phone.saveSetting("phone_setting.lock", "0"), "");
            verify(!Phone.locked);
            if (Phone.call)
                Phone.hangup();
            Phone.closeDialer();
            Phone.closeDirectory();
        }

        function test_locked_phone_asks_for_the_pin() {
            const pad = createTemporaryObject(padComponent, root);
            compare(Phone.saveSetting("phone_setting.lock", "1"), "");
            verify(Phone.locked);
            asked.clear();
            Phone.showDirectory();
            compare(Phone.screen, Phone.Idle, "the directory stays closed");
            compare(asked.count, 1);
            verify(pad.visible);
            // A wrong PIN typed on the pad is said and cleared.
            for (const d of ["9", "9", "9"])
                mouseClick(findChild(pad, "dialKey_" + d));
            compare(findChild(pad, "unlockPin").text, "●●●");
            mouseClick(findChild(pad, "unlockOk"));
            verify(findChild(pad, "unlockError").visible);
            verify(Phone.locked);
            for (const d of Phone.setting("phone_setting.phone_lock.unlock_pin"))
                mouseClick(findChild(pad, "dialKey_" + d));
            mouseClick(findChild(pad, "unlockOk"));
            verify(!Phone.locked);
            verify(!pad.visible);
            Phone.showDirectory();
            compare(Phone.screen, Phone.Directory);
            // Back on idle, the lock comes back (lock_time_out 0).
            Phone.closeDirectory();
            tryCompare(Phone, "locked", true);
        }

        function test_only_emergency_numbers_go_out() {
            compare(Phone.saveSetting("phone_setting.lock", "1"), "");
            asked.clear();
            verify(!Phone.dialNumber("4711"));
            compare(asked.count, 1);
            verify(Phone.call === null);
            const emergency = Phone.setting("phone_setting.emergency.number").split(",")[0];
            verify(Phone.dialNumber(emergency));
            verify(Phone.call !== null);
            compare(Phone.call.remoteNumber, emergency);
        }
    }
}
