#include "calls/IncomingCallPolicy.h"
#include "config/ConfigStore.h"

namespace vidi::app {

namespace {
constexpr int kAnonymityDisallowed = 433; // RFC 3323 §4.1.2
constexpr int kBusyHere = 486;
constexpr int kRingSeconds = 6;
constexpr int kMaxCalls = 2; // the one in progress and one waiting (conference: later) //
                             // forward.no_answer.timeout counts rings of this length

bool forwardEnabled(const ConfigStore &c, const char *kind) {
    const QString base = QStringLiteral("forward.%1.").arg(QLatin1String(kind));
    return c.boolValue(base + "enable") && !c.value(base + "target").trimmed().isEmpty();
}

IncomingDecision forward(const ConfigStore &c, const char *kind) {
    IncomingDecision d;
    d.action = IncomingDecision::Action::Forward;
    d.forwardKind = QLatin1String(kind);
    d.forwardTo = c.value(QStringLiteral("forward.%1.target").arg(QLatin1String(kind))).trimmed();
    return d;
}
} // namespace

IncomingDecision decideIncoming(const ConfigStore &c, const IncomingCall &call) {
    using A = IncomingDecision::Action;
    const QString account = QStringLiteral("account.%1.").arg(call.account);
    if (call.blacklisted)
        return {A::Reject, 603}; // RFC 3261 §21.6.2 Decline
    if (call.anonymous && c.boolValue(account + "reject_anonymous_call"))
        return {A::Reject, kAnonymityDisallowed};
    if (c.boolValue("features.dnd.enable"))
        return {A::Reject, c.intValue("features.dnd_refuse_code")};
    if (call.intercom) {
        // Seed §"Intercom": answered at once (muted, after a tone, barging into a call) or
        // refused as busy.
        if (!c.boolValue("features.intercom.allow"))
            return {A::Reject, kBusyHere};
        const bool barge = c.boolValue("features.intercom.barge");
        if (call.otherCalls == 0 || barge) {
            IncomingDecision d{A::AutoAnswer};
            d.muteOnAnswer = c.boolValue("features.intercom.mute");
            d.holdOthers = call.otherCalls > 0;
            d.warningTone = c.boolValue("features.intercom.tone");
            return d;
        }
        return {A::Ring}; // not barging: it waits like any second call
    }
    if (forwardEnabled(c, "always"))
        return forward(c, "always");
    if (call.otherCalls > 0) {
        // Call waiting (seed §"Call Waiting"): one more call may ring; otherwise the phone is
        // busy: busy forward, or 486.
        if (c.boolValue("call_waiting.enable") && call.otherCalls < kMaxCalls)
            return {A::Ring};
        if (forwardEnabled(c, "busy"))
            return forward(c, "busy");
        return {A::Reject, kBusyHere};
    }
    if (c.boolValue(account + "auto_answer"))
        return {A::AutoAnswer};
    IncomingDecision ring{A::Ring};
    if (forwardEnabled(c, "no_answer") && call.otherCalls == 0) {
        ring.forwardKind = QStringLiteral("no_answer");
        ring.forwardTo = c.value("forward.no_answer.target").trimmed();
        ring.noAnswerForwardMs = c.intValue("forward.no_answer.timeout") * kRingSeconds * 1000;
    }
    return ring;
}

} // namespace vidi::app
