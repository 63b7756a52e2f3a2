import "../.."

// Traditional Chinese (lang.gui Chinese_T): pinyin, written in Taiwan's standard characters.
PinyinLayout {
    traditional: true
}
