import QtQuick
import QtTest
import Vidi.App
import Vidi.Ui

// The settings menu (seed §4.3): through the submenus to a form, a change saved with the Save
// softkey into the configuration, a value the registry refuses shown at its field and not
// saved, a per-line form, Advanced behind the admin password, Back out to idle.
Item {
    id: root
    width: 800
    height: 376

    TestCase {
        name: "Settings"
        when: windowShown

        Component {
            id: settingsComponent
            SettingsScreen {
                width: 800
                height: 376
            }
        }

        function init() {
            if (Phone.screen === Phone.Status)
                Phone.showStatus(false);
            if (Phone.call)
                Phone.hangup();
            Phone.closeDialer();
            Phone.closeSettings();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
            Phone.showSettings();
            tryCompare(Phone, "screen", Phone.Settings);
        }
        function cleanup() {
            Phone.closeSettings();
        }

        // Taps the entry titled `title` of the menu shown.
        function entryTitled(screen, title) {
            const menu = findChild(screen, "settingsMenu");
            for (let i = 0; i < menu.count; ++i) {
                const entry = findChild(menu, "menuEntry_" + i);
                if (entry && entry.modelData.title === title) {
                    menu.positionViewAtIndex(i, ListView.Contain); // scrolled into view
                    return entry;
                }
            }
            return null;
        }
        function openEntry(screen, title) {
            // The list makes its rows at the next polish after the menu changes.
            tryVerify(() => entryTitled(screen, title) !== null, 2000, "menu entry " + title);
            mouseClick(entryTitled(screen, title));
        }
        function field(screen, key) {
            const f = findChild(findChild(screen, "settingsForm"), "field_" + key);
            verify(f, key);
            return f;
        }

        function test_1_save_a_change() {
            const screen = createTemporaryObject(settingsComponent, root);
            compare(Phone.softkeys, ["", "", "", "back"]);
            openEntry(screen, "Call Feature");
            openEntry(screen, "Call Waiting");
            compare(findChild(screen, "settingsTitle").text, "Menu  ›  Call Feature  ›  Call Waiting");
            compare(Phone.softkeys, ["save", "", "", "back"]);
            const before = Phone.setting("call_waiting.tone");
            const tone = field(screen, "call_waiting.tone");
            mouseClick(findChild(tone, "next"));
            compare(findChild(tone, "choiceText").text, before === "1" ? "Off" : "On");
            compare(Phone.setting("call_waiting.tone"), before, "nothing saved before Save");
            verify(Phone.pressSoftkey(0)); // Save
            compare(Phone.setting("call_waiting.tone"), before === "1" ? "0" : "1");
            // Back in the Call Feature menu, with Back only.
            compare(Phone.softkeys, ["", "", "", "back"]);
            verify(findChild(screen, "settingsMenu").visible);
            verify(Phone.pressSoftkey(3)); // Back: the top menu
            compare(findChild(screen, "settingsTitle").text, "Menu");
            verify(Phone.pressSoftkey(3)); // Back: out of the menu
            tryCompare(Phone, "screen", Phone.Idle);
        }

        function test_2_refused_value_is_shown_and_not_saved() {
            const screen = createTemporaryObject(settingsComponent, root);
            openEntry(screen, "Call Feature");
            openEntry(screen, "Others");
            openEntry(screen, "Auto Redial");
            const before = Phone.setting("auto_redial.interval");
            const interval = field(screen, "auto_redial.interval");
            const input = findChild(interval, "textInput");
            input.forceActiveFocus();
            input.selectAll();
            keyClick(Qt.Key_A);
            keyClick(Qt.Key_B);
            verify(Phone.pressSoftkey(0)); // Save
            verify(findChild(interval, "fieldError").visible);
            // The registry's reason, in the phone's language.
            compare(findChild(interval, "fieldError").text, "'ab' is not a whole number");
            compare(Phone.setting("auto_redial.interval"), before);
            compare(Phone.softkeys, ["save", "", "", "back"], "the form stays open");
        }

        function test_3_per_line_form() {
            const screen = createTemporaryObject(settingsComponent, root);
            openEntry(screen, "Call Feature");
            openEntry(screen, "Auto Answer");
            const form = findChild(screen, "settingsForm");
            const line = findChild(form, "lineChoice");
            verify(line);
            tryVerify(() => line.mapToItem(form, 0, 0).y >= 0, 2000, "the line chooser in view");
            mouseClick(findChild(line, "next")); // Line 2
            compare(findChild(line, "choiceText").text, "Line 2");
            const answer = field(screen, "account.%1.auto_answer");
            compare(findChild(answer, "choiceText").text, Phone.setting("account.2.auto_answer") === "1" ? "On" : "Off");
            mouseClick(findChild(answer, "next"));
            const wanted = Phone.setting("account.2.auto_answer") === "1" ? "0" : "1";
            verify(Phone.pressSoftkey(0));
            compare(Phone.setting("account.2.auto_answer"), wanted);
        }

        function test_4_advanced_needs_the_admin_password() {
            const screen = createTemporaryObject(settingsComponent, root);
            openEntry(screen, "Advanced");
            const prompt = findChild(screen, "adminPassword");
            verify(prompt.visible);
            const input = findChild(screen, "adminPasswordInput");
            input.text = "guess";
            mouseClick(findChild(screen, "adminPasswordOk"));
            compare(findChild(screen, "adminPasswordError").text, "Wrong password");
            verify(prompt.visible);
            input.text = Phone.setting("security.password.admin");
            mouseClick(findChild(screen, "adminPasswordOk"));
            verify(!prompt.visible);
            compare(findChild(screen, "settingsTitle").text, "Menu  ›  Advanced");
            openEntry(screen, "Network");
            openEntry(screen, "VLAN");
            compare(findChild(field(screen, "network.vlan.internet_port_vid"), "textInput").text, "1");
        }

        // A ring tone is heard as it is chosen, before Save.
        function test_5_ring_tone_preview() {
            const screen = createTemporaryObject(settingsComponent, root);
            openEntry(screen, "Basic");
            openEntry(screen, "Ring Tones");
            const ring = field(screen, "phone_setting.ring_type");
            compare(findChild(ring, "choiceText").text, "Ring1");
            mouseClick(findChild(ring, "next"));
            compare(findChild(ring, "choiceText").text, "Ring2");
            verify(Phone.ringPreview);
            verify(Phone.pressSoftkey(0)); // Save
            compare(Phone.setting("phone_setting.ring_type"), "Ring2.wav");
            tryCompare(Phone, "ringPreview", false, 5000);
            compare(Phone.saveSetting("phone_setting.ring_type", "Ring1.wav"), "");
        }

        // A text field low in a form comes to the top when it takes focus (the on-screen
        // keyboard covers the lower half).
        function test_6_focused_field_comes_up() {
            const screen = createTemporaryObject(settingsComponent, root);
            openEntry(screen, "Call Feature");
            openEntry(screen, "Anonymous");
            const form = findChild(screen, "settingsForm");
            form.positionViewAtEnd(); // so that the last row exists
            const last = field(screen, "account.%1.anonymous_reject_offcode");
            form.positionViewAtBeginning();
            verify(last.mapToItem(form, 0, 0).y > 200, "low in the form at first");
            findChild(last, "textInput").forceActiveFocus();
            tryVerify(() => last.mapToItem(form, 0, 0).y < 60, 2000, "the field at the top");
        }
    }
}
