import QtQuick
import QtTest
import Vidi.App
import Vidi.Ui

// The call log (seed §4.8) as the phone found it in its flash (tst_main.cpp seeds one
// Dialed, one Received and one unseen Missed call): the idle screen's missed-call banner, the
// four lists, and calling back from an entry.
Item {
    id: root
    width: 800
    height: 376

    TestCase {
        name: "History"
        when: windowShown

        function init() {
            if (Phone.call)
                Phone.hangup();
            Phone.closeDialer();
            Phone.closeHistory();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
        }

        function cleanup() {
            Phone.closeHistory(); // the next test case starts from the idle screen
        }

        Component {
            id: idleComponent
            IdleScreen {
                width: 800
                height: 376
            }
        }
        Component {
            id: historyComponent
            HistoryScreen {
                width: 800
                height: 376
            }
        }

        function test_1_missed_banner_opens_the_missed_list() {
            const idle = createTemporaryObject(idleComponent, root);
            const banner = findChild(idle, "missedCalls");
            verify(banner.visible);
            compare(banner.children[0].text, "1 New Missed Call(s)");
            mouseClick(banner);
            compare(Phone.screen, Phone.History);
            compare(Phone.history.kind, 2);
            compare(Phone.newMissedCalls, 0);
            verify(!banner.visible);
            const list = createTemporaryObject(historyComponent, root);
            const entry = findChild(list, "historyEntry0");
            verify(entry);
            compare(entry.name, "Cleo Missed");
            compare(entry.number, "3604");
        }

        // The names in the list shown (the dialpad tests before add calls of their own).
        function names(screen) {
            const list = findChild(screen, "historyList");
            let found = [];
            for (let k = 0; k < list.count; ++k) {
                list.positionViewAtIndex(k, ListView.Contain);
                const entry = findChild(screen, "historyEntry" + k);
                if (entry)
                    found.push(entry.name);
            }
            return found;
        }

        function test_2_tabs_show_each_list() {
            Phone.showHistory(0);
            const screen = createTemporaryObject(historyComponent, root);
            const expected = ["Anna Dialed", "Ben Received", "Cleo Missed"];
            for (let i = 0; i < 4; ++i) {
                mouseClick(findChild(screen, "historyTab" + i));
                compare(Phone.history.kind, i);
                if (i < 3)
                    tryVerify(() => names(screen).indexOf(expected[i]) >= 0, 2000, expected[i]);
                else
                    compare(findChild(screen, "historyList").count, 0);
                compare(findChild(screen, "historyEmpty").visible, i === 3);
            }
            compare(findChild(screen, "historyTab0").children[0].text, "Dialed");
        }

        function test_3_tapping_an_entry_calls_it_back() {
            Phone.showHistory(1);
            const screen = createTemporaryObject(historyComponent, root);
            const entry = findChild(screen, "historyEntry0");
            compare(entry.name, "Ben Received");
            compare(entry.duration, "00:09");
            mouseClick(entry);
            // The call goes out (to a server that refuses it) and is logged as Dialed.
            tryVerify(() => Phone.screen !== Phone.History, 5000);
            if (Phone.call)
                Phone.hangup();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
            Phone.showHistory(0);
            tryCompare(Phone.history, "kind", 0);
            tryVerify(() => findChild(screen, "historyEntry0") && findChild(screen, "historyEntry0").number === "3603", 5000);
        }

        function test_4_an_entry_saved_to_the_directory() {
            Phone.showHistory(1); // Received: Ben
            const screen = createTemporaryObject(historyComponent, root);
            tryVerify(() => findChild(screen, "historyEntry0") !== null);
            compare(findChild(screen, "historyEntry0").name, "Ben Received");
            mouseClick(findChild(screen, "saveEntry0"));
            compare(Phone.notice, "Ben Received saved to the directory");
            verify(findChild(screen, "historyNotice").visible);
            mouseClick(findChild(screen, "saveEntry0")); // once is enough
            verify(Phone.notice.indexOf("already") >= 0, Phone.notice);
            Phone.showDirectory();
            Phone.contacts.filter = "Ben";
            compare(Phone.contacts.count, 1);
            Phone.contacts.filter = "";
            Phone.closeDirectory();
        }
    }
}
