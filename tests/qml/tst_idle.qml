import QtQuick
import QtTest
import Vidi.App
import Vidi.Ui

// The idle screen: time and date, the account line with its registration state, and
// "No Service" while no account is registered.
Item {
    id: root
    width: 800
    height: 376

    TestCase {
        id: test
        // TestCase is invisible; objects under test live in the visible root.
        name: "IdleScreen"
        when: windowShown

        // Every test starts from the idle screen, whatever the one before left.
        function init() {
            if (Phone.call)
                Phone.hangup();
            Phone.closeDialer();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
        }
        width: 800
        height: 376

        Component {
            id: idleComponent
            IdleScreen {
                width: 800
                height: 376
            }
        }

        function test_clock_shows_the_time_and_date() {
            const idle = createTemporaryObject(idleComponent, root);
            const time = findChild(idle, "clockTime");
            const date = findChild(idle, "clockDate");
            verify(time && date);
            compare(time.text, Qt.formatTime(new Date(), "HH:mm"));
            verify(date.text.length > 5);
            verify(time.visible && date.visible);
        }

        // Seed §4.12: the seven local_time.date_format values, 12/24 hours, and lang.gui's
        // day names.
        function test_date_and_time_formats() {
            const idle = createTemporaryObject(idleComponent, root);
            const time = findChild(idle, "clockTime");
            const date = findChild(idle, "clockDate");
            const now = new Date();
            const pad = n => (n < 10 ? "0" : "") + n;
            compare(Phone.saveSetting("local_time.date_format", "2"), "");
            tryCompare(date, "text", now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate()));
            compare(Phone.saveSetting("local_time.date_format", "3"), "");
            tryCompare(date, "text", pad(now.getDate()) + "/" + pad(now.getMonth() + 1) + "/" + now.getFullYear());
            compare(Phone.saveSetting("local_time.time_format", "0"), "");
            verify(/^\d{1,2}:\d\d (AM|PM)$/.test(time.text), time.text);
            compare(Phone.saveSetting("local_time.date_format", "6"), "");
            compare(Phone.saveSetting("lang.gui", "German"), "");
            const days = ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."];
            tryVerify(() => date.text.startsWith(days[now.getDay()]), 2000, date.text);
            compare(Phone.saveSetting("lang.gui", "English"), "");
            compare(Phone.saveSetting("local_time.time_format", "1"), "");
            compare(Phone.saveSetting("local_time.date_format", "0"), "");
            tryCompare(time, "text", Qt.formatTime(new Date(), "HH:mm"));
        }

        // Seed §4.10: the wallpaper follows phone_setting.backgrounds.
        function test_wallpaper_follows_the_setting() {
            const idle = createTemporaryObject(idleComponent, root);
            const wallpaper = findChild(idle, "wallpaper");
            compare(String(wallpaper.source), "qrc:/vidi/wallpapers/aurora.svg");
            compare(Phone.saveSetting("phone_setting.backgrounds", "Resource:dusk.svg"), "");
            compare(String(wallpaper.source), "qrc:/vidi/wallpapers/dusk.svg");
            tryCompare(wallpaper, "status", Image.Ready);
            compare(Phone.wallpaperOptions().length, 4);
            compare(Phone.saveSetting("phone_setting.backgrounds", "Resource:aurora.svg"), "");
        }

        function test_account_line_and_no_service() {
            const idle = createTemporaryObject(idleComponent, root);
            tryCompare(Phone.accounts, "count", 1);
            const row = findChild(idle, "account_Front Desk");
            verify(row, "the account label is shown");
            verify(row.registration === "registering" || row.registration === "failed");
            compare(Phone.serviceAvailable, false);
            const noService = findChild(idle, "noService");
            verify(noService.visible);
            compare(noService.children[0].text, "No Service");
        }

        function test_tapping_the_wallpaper_opens_the_dialer() {
            const idle = createTemporaryObject(idleComponent, root);
            compare(Phone.screen, Phone.Idle);
            mouseClick(idle, 400, 60);
            compare(Phone.screen, Phone.Dialer);
            Phone.closeDialer();
            compare(Phone.screen, Phone.Idle);
        }
    }
}
