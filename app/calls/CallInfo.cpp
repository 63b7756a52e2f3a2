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

QString numberOfUri(const QString &uri) {
    QString s = uri.trimmed();
    if (s.startsWith(u'<'))
        s = s.mid(1).section(u'>', 0, 0);
    if (s.startsWith(QLatin1String("sips:")))
        s = s.mid(5);
    else if (s.startsWith(QLatin1String("sip:")))
        s = s.mid(4);
    const int at = s.indexOf(u'@');
    return at > 0 ? s.left(at) : s.section(u';', 0, 0);
}

} // namespace vidi::app
