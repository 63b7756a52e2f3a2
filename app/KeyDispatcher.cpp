#include "KeyDispatcher.h"
#include "calls/Call.h"
#include "config/ConfigStore.h"

namespace vidi::app {

using S = Phone::Screen;

QStringList KeyDispatcher::softkeysFor(const Context &c) {
    switch (c.screen) {
    case S::Idle:
        if (c.completionOffer) // "Call completion?" after a busy or unanswered call
            return {"complete", c.dnd ? "dnd_off" : "dnd_on", "", "cancel"};
        return {"directory", c.dnd ? "dnd_off" : "dnd_on", "history", "status"};
    case S::Dialer:
        if (c.transferring)
            return {"transfer_now", "delete", "consult", "cancel"};
        return {"send", "delete", "line", "cancel"};
    case S::Outgoing:
        return {"", "", "", "end"};
    case S::Incoming:
        return {"answer", "", "", "reject"};
    case S::InCall:
        if (c.waiting)
            return {"answer", "reject", "", "end"};
        if (c.conference)
            return {c.muted ? "unmute" : "mute", "", "split", "end"};
        if (c.otherCall) // two calls: Transfer connects the held one to the current one
            return {"conference", "transfer", "swap", "end"};
        return {c.muted ? "unmute" : "mute", c.held ? "resume" : "hold", "transfer", "end"};
    case S::Status:
    case S::History:
        return {"", "", "", "back"};
    case S::Dss:
        return {c.formOpen ? "save" : "", "", "", "back"};
    case S::Directory:
        return {c.formOpen ? "save" : "new_contact", "", "", "back"};
    case S::Settings:
        return {c.formOpen ? "save" : "", "", "", "back"};
    case S::Boot:
        break;
    }
    return {"", "", "", ""};
}

bool KeyDispatcher::runSoftkey(const QString &action) {
    if (action == QLatin1String("dial"))
        m_phone->openDialer();
    else if (action == QLatin1String("send"))
        return m_phone->send();
    else if (action == QLatin1String("delete"))
        m_phone->backspace();
    else if (action == QLatin1String("line"))
        m_phone->nextAccount();
    else if (action == QLatin1String("cancel") && m_phone->screen() == S::Idle)
        return m_phone->cancelCallCompletion();
    else if (action == QLatin1String("cancel"))
        m_phone->closeDialer();
    else if (action == QLatin1String("end"))
        m_phone->hangup();
    else if (action == QLatin1String("answer"))
        m_phone->answer();
    else if (action == QLatin1String("reject"))
        m_phone->reject();
    else if (action == QLatin1String("mute") || action == QLatin1String("unmute"))
        m_phone->toggleMute();
    else if (action == QLatin1String("hold") || action == QLatin1String("resume"))
        m_phone->toggleHold();
    else if (action == QLatin1String("transfer"))
        m_phone->transferKey();
    else if (action == QLatin1String("consult"))
        return m_phone->consult();
    else if (action == QLatin1String("transfer_now"))
        return m_phone->send();
    else if (action == QLatin1String("conference"))
        return m_phone->conferenceKey();
    else if (action == QLatin1String("split"))
        m_phone->splitConference();
    else if (action == QLatin1String("swap"))
        m_phone->swap();
    else if (action == QLatin1String("dnd_on") || action == QLatin1String("dnd_off"))
        m_phone->setDnd(action == QLatin1String("dnd_on"));
    else if (action == QLatin1String("status"))
        m_phone->showStatus(true);
    else if (action == QLatin1String("complete"))
        m_phone->acceptCallCompletion();
    else if (action == QLatin1String("history"))
        m_phone->showHistory();
    else if (action == QLatin1String("directory"))
        m_phone->showDirectory();
    else if (action == u"new_contact")
        Q_EMIT m_phone->newContactRequested();
    else if ((m_phone->screen() == S::Settings || m_phone->screen() == S::Directory ||
              m_phone->screen() == S::Dss) &&
             (action == u"save" || action == u"back"))
        m_phone->formSoftkey(action);
    else if (action == QLatin1String("back") && m_phone->screen() == S::History)
        m_phone->closeHistory();
    else if (action == QLatin1String("back"))
        m_phone->showStatus(false);
    else
        return false;
    return true;
}

bool KeyDispatcher::pressDigit(const QString &digit) {
    const S screen = m_phone->screen();
    if (screen == S::InCall) {
        Call *call = m_phone->currentCall();
        return call && call->sendDtmf(digit.at(0)); // the dialpad sends DTMF in a call
    }
    if (screen == S::Directory) { // the keypad searches the directory by number
        DirectoryModel *list = m_phone->contactList();
        list->setFilter(list->filter() + digit);
        return true;
    }
    if (screen != S::Idle && screen != S::Dialer)
        return false;
    // Key as send (seed 000 §"Key As Send"): features.pound_key.mode 1 = #, 2 = *.
    const int sendMode = m_phone->config()->intValue("features.pound_key.mode");
    const bool isSendKey = (sendMode == 1 && digit == QLatin1String("#")) ||
                           (sendMode == 2 && digit == QLatin1String("*"));
    if (isSendKey && !m_phone->dialText().isEmpty())
        return m_phone->send();
    m_phone->appendDigit(digit);
    return true;
}

bool KeyDispatcher::press(const QString &rawKey) {
    const QString key = rawKey.trimmed();
    const S screen = m_phone->screen();
    if (screen == S::Boot)
        return false;
    if (key.size() == 1 && QStringLiteral("0123456789*#").contains(key))
        return pressDigit(key);
    if (key == QLatin1String("POUND"))
        return pressDigit(QStringLiteral("#"));
    if (key.size() == 2 && key.at(0) == QLatin1Char('F') && key.at(1) >= QLatin1Char('1') &&
        key.at(1) <= QLatin1Char('4')) {
        const QString action = m_phone->softkeys().value(key.at(1).digitValue() - 1);
        return !action.isEmpty() && runSoftkey(action);
    }
    if (key == QLatin1String("OK"))
        return pressOk(screen);
    if (key == QLatin1String("X"))
        return pressCancel(screen);
    if (key == QLatin1String("F_TRANSFER")) {
        if (screen == S::InCall && m_phone->currentCall()) {
            m_phone->transferKey();
            return true;
        }
        if (screen == S::Dialer && m_phone->isTransferring())
            return m_phone->send();
        return false;
    }
    if (key == QLatin1String("F_CONFERENCE"))
        return screen == S::InCall && m_phone->conferenceKey();
    if (key == QLatin1String("F_HOLD") && screen == S::InCall) {
        m_phone->toggleHold();
        return true;
    }
    if (key == QLatin1String("F_STOP_VIDEO")) // ours: the seed names no key for it
        return screen == S::InCall && m_phone->toggleCamera();
    if (key == QLatin1String("MUTE") && screen == S::InCall) {
        m_phone->toggleMute();
        return true;
    }
    if (key == QLatin1String("SPEAKER"))
        return pressSpeaker(screen);
    return false;
}

bool KeyDispatcher::pressOk(Phone::Screen screen) {
    switch (screen) {
    case S::Idle:
        if (m_phone->acceptCallCompletion())
            return true;
        m_phone->showStatus(true);
        return true; // seed: OK on idle shows status
    case S::Dialer:
        return m_phone->send();
    case S::Incoming:
        m_phone->answer();
        return true;
    case S::InCall:
        if (!m_phone->waitingCall())
            return false;
        m_phone->answer(); // the waiting call
        return true;
    case S::Status:
        m_phone->showStatus(false);
        return true;
    default:
        return false;
    }
}

bool KeyDispatcher::pressCancel(Phone::Screen screen) {
    switch (screen) {
    case S::Idle:
        return m_phone->cancelCallCompletion();
    case S::Dialer:
        m_phone->closeDialer();
        return true;
    case S::Incoming:
        m_phone->reject();
        return true;
    case S::Outgoing:
    case S::InCall:
        m_phone->hangup();
        return true;
    case S::Status:
        m_phone->showStatus(false);
        return true;
    case S::History:
        m_phone->closeHistory();
        return true;
    case S::Directory:
    case S::Settings:
        m_phone->formSoftkey(QStringLiteral("back"));
        return true;
    case S::Dss:
        m_phone->formSoftkey(QStringLiteral("back"));
        return true;
    default:
        return false;
    }
}

bool KeyDispatcher::pressSpeaker(Phone::Screen screen) {
    switch (screen) {
    case S::Idle:
        m_phone->goOffHook(); // hands-free off hook
        return true;
    case S::Dialer:
        if (m_phone->dialText().isEmpty())
            m_phone->closeDialer();
        else
            m_phone->send();
        return true;
    case S::Incoming:
        m_phone->answer();
        return true;
    case S::Outgoing:
    case S::InCall:
        m_phone->hangup();
        return true;
    default:
        return false;
    }
}

} // namespace vidi::app
