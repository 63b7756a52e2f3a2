#include "calls/CallInfo.h"
#include "sipstack/SipAccount.h"
#include "sipstack/SipCall.h"

namespace vidi::app {

CallInfo CallInfo::of(const sip::SipCall &call) {
    CallInfo info;
    info.account = call.account() ? call.account()->index() : 0;
    info.local = call.localUri();
    info.remote = call.remoteUri();
    info.displayRemote = call.remoteDisplayName();
    info.callId = call.callId();
    return info;
}

} // namespace vidi::app
