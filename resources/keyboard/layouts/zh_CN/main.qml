import "../.."

// Simplified Chinese (lang.gui Chinese_S): pinyin.
PinyinLayout {
    traditional: false
}
