#pragma once
#include <QString>

namespace vidi::sip {
class SipCall;
}

namespace vidi::app {

// Who a call is between, as Action URL's $variables name it (seed 000 §"Action URL").
// "3602" of sip:3602@pbx (the user part, the number a person dials); a URI without one gives
// its host.
QString numberOfUri(const QString &uri);

struct CallInfo {
    int account = 0;
    QString local;         // $local
    QString remote;        // $remote
    QString displayRemote; // $display_remote
    QString callId;        // $call_id

    static CallInfo of(const sip::SipCall &call);
};

} // namespace vidi::app
