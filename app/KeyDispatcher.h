#pragma once
#include "Phone.h"
#include <QStringList>

namespace vidi::app {

// What each key does on each screen. Keys are the names of seed 000 §"Action URI": 0-9, *,
// POUND, OK, X, F1-F4 (softkeys), MUTE, SPEAKER. Softkeys are named by action ids that QML
// turns into translated labels.
class KeyDispatcher {
public:
    explicit KeyDispatcher(Phone *phone)
        : m_phone(phone) {}

    bool press(const QString &key);
    // What the phone is doing, as far as the softkeys care.
    struct Context {
        Phone::Screen screen = Phone::Screen::Idle;
        bool muted = false;
        bool dnd = false;
        bool held = false;            // the current call is on hold
        bool waiting = false;         // a second call rings (call waiting)
        bool otherCall = false;       // a second call is in progress (on hold)
        bool transferring = false;    // the dialer asks for a transfer target
        bool completionOffer = false; // call completion is offered (seed §5.11)
        bool conference = false;      // a local 3-way conference runs
        bool formOpen = false;        // a form is open on the page (Save, Back)
    };
    static QStringList softkeysFor(const Context &context);

private:
    bool runSoftkey(const QString &action);
    bool pressDigit(const QString &digit);
    bool pressOk(Phone::Screen screen);      // OK: the screen's main action
    bool pressCancel(Phone::Screen screen);  // X: back out, reject or hang up
    bool pressSpeaker(Phone::Screen screen); // hands-free off/on hook

    Phone *m_phone;
};

} // namespace vidi::app
