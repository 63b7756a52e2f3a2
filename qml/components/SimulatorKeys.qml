import QtQuick
import Vidi.App

// The simulator's keyboard: the PC keys stand for the phone's. Digits, * and # dial; Enter is
// OK, Escape is X; F1–F4 are the softkeys; H lifts or replaces the handset; S is the speaker
// key; M is mute. On the phone itself the platform delivers the physical keys instead.
Item {
    focus: true
    Keys.onPressed: event => {
        const text = event.text;
        if (text.length === 1 && "0123456789*#".indexOf(text) >= 0)
            Phone.pressKey(text);
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            Phone.pressKey("OK");
        else if (event.key === Qt.Key_Escape)
            Phone.pressKey("X");
        else if (event.key === Qt.Key_Backspace)
            Phone.backspace();
        else if (event.key >= Qt.Key_F1 && event.key <= Qt.Key_F4)
            Phone.pressSoftkey(event.key - Qt.Key_F1);
        else if (event.key === Qt.Key_H && Phone.simulated)
            Phone.toggleHook();
        else if (event.key === Qt.Key_S)
            Phone.pressKey("SPEAKER");
        else if (event.key === Qt.Key_M)
            Phone.pressKey("MUTE");
        else
            return;
        event.accepted = true;
    }
}
