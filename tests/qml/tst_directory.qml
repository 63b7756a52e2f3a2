import QtQuick
import QtTest
import Vidi.App
import Vidi.Ui

// The local directory (seed §4.5) as the phone found it in its flash (tst_main.cpp seeds
// three contacts, one blacklisted): the list, the search by name and by the keypad's digits,
// calling a contact, and the dialer naming the number being typed.
Item {
    id: root
    width: 800
    height: 376

    TestCase {
        name: "Directory"
        when: windowShown

        function init() {
            if (Phone.call)
                Phone.hangup();
            Phone.closeDialer();
            Phone.closeDirectory();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
        }
        function cleanup() {
            Phone.closeDirectory();
            Phone.closeDialer();
        }

        Component {
            id: directoryComponent
            DirectoryScreen {
                width: 800
                height: 376
            }
        }
        Component {
            id: dialerComponent
            DialerScreen {
                width: 800
                height: 376
            }
        }

        function names(screen) {
            const list = findChild(screen, "directoryList");
            let found = [];
            for (let k = 0; k < list.count; ++k) {
                list.positionViewAtIndex(k, ListView.Contain);
                const c = findChild(screen, "contact" + k);
                if (c)
                    found.push(c.name);
            }
            return found;
        }

        function test_list_and_search() {
            compare(Phone.softkeys[0], "directory");
            Phone.showDirectory();
            compare(Phone.screen, Phone.Directory);
            const screen = createTemporaryObject(directoryComponent, root);
            tryCompare(findChild(screen, "directoryList"), "count", 3);
            compare(names(screen), ["Dora Directory", "Ernie Blocked", "Fritz Friend"]);
            const input = findChild(screen, "directorySearchInput");
            input.forceActiveFocus();
            keyClick(Qt.Key_F);
            keyClick(Qt.Key_R);
            tryCompare(findChild(screen, "directoryList"), "count", 1);
            compare(names(screen), ["Fritz Friend"]);
            input.text = "";
            Phone.contacts.filter = "";
            // The keypad's digits search the numbers.
            Phone.contacts.filter = "471";
            tryCompare(findChild(screen, "directoryList"), "count", 2);
            Phone.contacts.filter = "zzz";
            tryCompare(findChild(screen, "directoryList"), "count", 0);
            verify(findChild(screen, "directoryEmpty").visible);
            compare(findChild(screen, "directoryEmpty").text, "No match");
        }

        function test_blacklisted_contact_is_marked() {
            Phone.showDirectory();
            const screen = createTemporaryObject(directoryComponent, root);
            tryCompare(findChild(screen, "directoryList"), "count", 3);
            const ernie = findChild(screen, "contact1");
            compare(ernie.group, "Blacklist");
        }

        Component {
            id: historyComponent
            HistoryScreen {
                width: 800
                height: 376
            }
        }

        function test_tapping_a_contact_calls_it() {
            Phone.showDirectory();
            const screen = createTemporaryObject(directoryComponent, root);
            tryCompare(findChild(screen, "directoryList"), "count", 3);
            mouseClick(findChild(screen, "contact0"));
            tryVerify(() => Phone.screen !== Phone.Directory, 5000);
            if (Phone.call)
                Phone.hangup();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
            // The call went out to Dora's first number, named from the directory (COLP), and
            // is in the call log as such (the test server refuses it).
            Phone.showHistory(0);
            const log = createTemporaryObject(historyComponent, root);
            tryVerify(() => findChild(log, "historyEntry0") !== null, 5000);
            compare(findChild(log, "historyEntry0").name, "Dora Directory");
            compare(findChild(log, "historyEntry0").number, "4711");
            Phone.closeHistory();
        }

        Component {
            id: outgoingComponent
            OutgoingScreen {
                width: 800
                height: 376
            }
        }

        function avatarIn(item) {
            return findChild(item, "avatarPhoto");
        }

        function test_contact_photos() {
            // Fritz has the seed's friend photo; Dora none, so her initials show.
            Phone.showDirectory();
            const screen = createTemporaryObject(directoryComponent, root);
            tryCompare(findChild(screen, "directoryList"), "count", 3);
            const fritz = avatarIn(findChild(screen, "contact2"));
            tryCompare(fritz, "status", Image.Ready);
            verify(fritz.visible);
            compare(String(fritz.source), "qrc:/vidi/photos/icon_friend_b.svg");
            verify(!avatarIn(findChild(screen, "contact0")).visible);
            // Calling him shows his photo.
            mouseClick(findChild(screen, "contact2"));
            tryVerify(() => Phone.call !== null, 5000);
            compare(Phone.call.remotePhoto, "Resource:icon_friend_b.png");
            const outgoing = createTemporaryObject(outgoingComponent, root);
            const callee = avatarIn(findChild(outgoing, "calleeAvatar"));
            tryCompare(callee, "status", Image.Ready);
            verify(callee.visible);
            if (Phone.call)
                Phone.hangup();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
        }

        function test_dialer_names_the_number_being_typed() {
            Phone.openDialer();
            const dialer = createTemporaryObject(dialerComponent, root);
            const match = findChild(dialer, "dialMatch");
            verify(!match.visible);
            Phone.appendDigit("4");
            Phone.appendDigit("7");
            Phone.appendDigit("1");
            Phone.appendDigit("1");
            tryCompare(match, "text", "Dora Directory (4711)");
            verify(match.visible);
            Phone.backspace();
            Phone.backspace();
            Phone.appendDigit("9");
            tryCompare(match, "text", "");
            Phone.closeDialer();
        }

        function typeInto(screen, key, text) {
            const input = findChild(findChild(screen, "contact_" + key), "textInput");
            verify(input, key);
            input.forceActiveFocus();
            input.selectAll();
            for (const ch of text)
                keyClick(ch);
        }
        function rowOf(name) {
            for (let r = 0; r < Phone.contacts.count; ++r)
                if (Phone.contactFields(r).name === name)
                    return r;
            return -1;
        }

        // Seed §4.3 "New Contact", and editing one after a long press; a taken name is said
        // and nothing is saved.
        function test_zw_groups() {
            Phone.showDirectory();
            const screen = createTemporaryObject(directoryComponent, root);
            const list = findChild(screen, "directoryList");
            tryCompare(list, "count", 3);
            // All, the three built-in groups and Sales, each with its number of contacts.
            verify(findChild(screen, "groupAll"));
            tryVerify(() => findChild(screen, "group_Sales") !== null);
            compare(findChild(screen, "group_Friend").children[0].text, "Friend  1");
            compare(findChild(screen, "group_Sales").children[0].text, "Sales  1");
            mouseClick(findChild(screen, "group_Friend"));
            tryCompare(list, "count", 1);
            compare(names(screen), ["Fritz Friend"]);
            // A new contact joins the group shown.
            compare(Phone.contactFields(-1).group, "Friend");
            mouseClick(findChild(screen, "groupAll"));
            tryCompare(list, "count", 3);
            // A group of one's own: added, refused a second time (any case), then deleted.
            mouseClick(findChild(screen, "addGroup"));
            const input = findChild(screen, "groupNameInput");
            tryVerify(() => input.activeFocus);
            for (const ch of "Golf")
                keyClick(ch);
            mouseClick(findChild(screen, "addGroupConfirm"));
            tryVerify(() => findChild(screen, "group_Golf") !== null);
            compare(findChild(screen, "group_Golf").children[0].text, "Golf  0");
            mouseClick(findChild(screen, "addGroup"));
            for (const ch of "golf")
                keyClick(ch);
            mouseClick(findChild(screen, "addGroupConfirm"));
            verify(findChild(screen, "groupBar").error !== "");
            verify(findChild(screen, "groupBar").adding);
            findChild(screen, "groupBar").adding = false;
            // A built-in group offers no Delete; one's own does.
            const friend = findChild(screen, "group_Friend");
            mousePress(friend);
            wait(1000);
            mouseRelease(friend);
            compare(findChild(screen, "groupBar").confirming, "");
            const golf = findChild(screen, "group_Golf");
            mousePress(golf);
            wait(1000);
            mouseRelease(golf);
            compare(golf.children[0].text, "Delete");
            mouseClick(golf);
            tryVerify(() => findChild(screen, "group_Golf") === null);
            verify(Phone.contactGroups().indexOf("Golf") < 0);
            compare(list.count, 3);
        }

        function test_zy_new_and_edit_contact() {
            Phone.showDirectory();
            const screen = createTemporaryObject(directoryComponent, root);
            const list = findChild(screen, "directoryList");
            tryCompare(list, "count", 3);
            compare(Phone.softkeys, ["new_contact", "", "", "back"]);
            verify(Phone.pressSoftkey(0)); // New Contact
            const form = findChild(screen, "contactForm");
            verify(form.visible);
            compare(Phone.softkeys, ["save", "", "", "back"]);
            typeInto(screen, "name", "Gina Neu");
            typeInto(screen, "office", "4720");
            verify(Phone.pressSoftkey(0)); // Save
            verify(!form.visible);
            tryCompare(list, "count", 4);
            verify(names(screen).indexOf("Gina Neu") >= 0);
            compare(Phone.contactFields(rowOf("Gina Neu")).office, "4720");
            verify(Phone.pressSoftkey(0)); // New Contact, with a taken name
            typeInto(screen, "name", "Dora Directory");
            verify(Phone.pressSoftkey(0));
            verify(form.visible);
            verify(findChild(screen, "contactError").text.length > 0);
            compare(list.count, 4);
            verify(Phone.pressSoftkey(3)); // Back: the form closes, the directory stays
            verify(!form.visible);
            compare(Phone.screen, Phone.Directory);
            const row = rowOf("Gina Neu");
            list.positionViewAtIndex(row, ListView.Contain);
            const gina = findChild(screen, "contact" + row);
            mousePress(gina);
            wait(1000);
            mouseRelease(gina);
            mouseClick(findChild(screen, "editContact" + row));
            verify(form.visible);
            compare(findChild(findChild(screen, "contact_office"), "textInput").text, "4720");
            typeInto(screen, "office", "4721");
            // Photo: None → the first system photo (Family), with the field's next arrow.
            compare(findChild(findChild(screen, "contact_photo"), "choiceText").text, "None");
            mouseClick(findChild(findChild(screen, "contact_photo"), "next"));
            compare(findChild(findChild(screen, "contact_photo"), "choiceText").text, "Family");
            verify(Phone.pressSoftkey(0));
            verify(!form.visible);
            compare(Phone.contactFields(rowOf("Gina Neu")).office, "4721");
            compare(Phone.contactFields(rowOf("Gina Neu")).photo, "Resource:icon_family_b.png");
            verify(Phone.deleteContact(rowOf("Gina Neu")));
            tryCompare(list, "count", 3);
        }

        function test_zz_long_press_offers_delete() {
            Phone.showDirectory();
            const screen = createTemporaryObject(directoryComponent, root);
            tryCompare(findChild(screen, "directoryList"), "count", 3);
            const fritz = findChild(screen, "contact2");
            compare(fritz.name, "Fritz Friend");
            const del = findChild(screen, "deleteContact2");
            verify(!del.visible);
            mousePress(fritz);
            wait(1000);
            mouseRelease(fritz);
            verify(del.visible);
            mouseClick(fritz); // a tap cancels
            verify(!del.visible);
            compare(Phone.screen, Phone.Directory);
            mousePress(fritz);
            wait(1000);
            mouseRelease(fritz);
            mouseClick(del);
            tryCompare(findChild(screen, "directoryList"), "count", 2);
            compare(names(screen), ["Dora Directory", "Ernie Blocked"]);
        }
    }
}
