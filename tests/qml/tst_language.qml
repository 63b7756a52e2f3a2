import QtQuick
import QtTest
import Vidi.App
import Vidi.Ui

// lang.gui (seed §4) changes the screens' language at once: the softkeys and the idle screen
// read German, Simplified Chinese and Turkish from the catalogues, and English again.
Item {
    id: root
    width: 800
    height: 480

    TestCase {
        name: "Language"
        when: windowShown

        Component {
            id: barComponent
            SoftkeyBar {
                width: 800
                height: 64
            }
        }

        function init() {
            if (Phone.call)
                Phone.hangup();
            Phone.closeDialer();
            tryCompare(Phone, "screen", Phone.Idle, 5000);
        }

        function cleanup() {
            compare(Phone.saveSetting("lang.gui", "English"), "");
        }

        function labels(bar) {
            const texts = [];
            for (let i = 1; i <= 4; ++i) {
                const key = findChild(bar, "softkey" + i);
                texts.push(findChild(key, "softkeyLabel").text);
            }
            return texts;
        }

        function test_softkeys_follow_lang_gui() {
            const bar = createTemporaryObject(barComponent, root);
            compare(labels(bar), ["Directory", "DND", "History", "Status"]);
            compare(Phone.saveSetting("lang.gui", "German"), "");
            compare(Phone.setting("lang.gui"), "German");
            tryCompare(findChild(findChild(bar, "softkey1"), "softkeyLabel"), "text", "Telefonbuch");
            compare(labels(bar)[2], "Anrufliste");
            compare(Phone.saveSetting("lang.gui", "Chinese_S"), "");
            tryCompare(findChild(findChild(bar, "softkey1"), "softkeyLabel"), "text", "通讯录");
            compare(Phone.saveSetting("lang.gui", "Turkish"), "");
            tryCompare(findChild(findChild(bar, "softkey3"), "softkeyLabel"), "text", "Geçmiş");
            compare(Phone.saveSetting("lang.gui", "English"), "");
            tryCompare(findChild(findChild(bar, "softkey1"), "softkeyLabel"), "text", "Directory");
        }
    }
}
