import QtQuick
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard's language follows lang.gui, with English as the second one on its
// language key. Qt's own layouts serve the Latin languages; Chinese (Simplified and
// Traditional) types pinyin on our layouts (resources/keyboard), whose input method offers
// the hanzi — Debian's Qt Virtual Keyboard has no Chinese of its own.
QtObject {
    id: language

    // Phone.localeName: "de", "zh_CN", "en_US", …
    property string localeName: "en_US"

    readonly property bool chinese: localeName === "zh_CN" || localeName === "zh_TW"
    readonly property string keyboardLocale: chinese ? localeName : ({
            "de": "de_DE",
            "fr": "fr_FR",
            "it": "it_IT",
            "pt": "pt_PT",
            "nl": "nl_NL",
            "es": "es_ES",
            "tr": "tr_TR"
        })[localeName] || "en_US"

    readonly property list<Binding> bindings: [
        Binding {
            // Our layout folder only while the keyboard is Chinese; Qt's otherwise.
            target: VirtualKeyboardSettings
            property: "layoutPath"
            value: "qrc:/vidi/keyboard/layouts"
            when: language.chinese
            restoreMode: Binding.RestoreBindingOrValue
        },
        Binding {
            target: VirtualKeyboardSettings
            property: "activeLocales"
            value: language.keyboardLocale === "en_US" ? ["en_US"] : [language.keyboardLocale, "en_US"]
        },
        Binding {
            target: VirtualKeyboardSettings
            property: "locale"
            value: language.keyboardLocale
        },
        // Plain typing: numbers, codes, addresses and names want no word prediction (and the
        // phone's keypad digits then reach a field at once, not through a pre-edit).
        Binding {
            target: VirtualKeyboardSettings
            property: "defaultInputMethodDisabled"
            value: true
        }
    ]
}
