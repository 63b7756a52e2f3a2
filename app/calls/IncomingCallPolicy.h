#pragma once
#include <QString>

namespace vidi::app {

class ConfigStore;

// What the phone knows about a new incoming call when it decides what to do with it.
struct IncomingCall {
    int account = 1;
    bool anonymous = false;
    int otherCalls = 0; // calls already in progress
    bool intercom = false;
    bool blacklisted = false; // the caller is in the directory's Blacklist group
};

struct IncomingDecision {
    enum class Action { Ring, AutoAnswer, Reject, Forward };
    Action action = Action::Ring;
    int status = 0;            // Reject: the response code
    QString forwardTo;         // Forward: what the user configured (number or URI)
    int noAnswerForwardMs = 0; // Ring: forward after this long unanswered (0: never)
    bool muteOnAnswer = false; // AutoAnswer of an intercom call with features.intercom.mute
    bool holdOthers = false;   // AutoAnswer barging into a call (features.intercom.barge)
    bool warningTone = false;  // features.intercom.tone: a beep before answering
    QString forwardKind;       // "always", "busy", "no_answer"
};

// The seed's rules for an incoming call, in their order of precedence: a blacklisted caller
// (603 Decline; a GAP of the seed, the way desk phones refuse them), then
// anonymous rejection (433, seed §"Anonymous Call Rejection"), DND (features.dnd_refuse_code;
// "DND overrides forwarding"), always forward (302), a second call (rings when
// call_waiting.enable, else busy: 486 or busy forward), auto answer ("never while a call is
// already active"), otherwise ring (with the no-answer forward timer).
IncomingDecision decideIncoming(const ConfigStore &config, const IncomingCall &call);

} // namespace vidi::app
