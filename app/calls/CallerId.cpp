#include "calls/CallerId.h"
#include <initializer_list>

namespace vidi::app {

sip::PartyIdentity chooseCallerId(const sip::CallerIdentities &ids, int source) {
    auto first = [&ids](std::initializer_list<const sip::PartyIdentity *> order) {
        for (const sip::PartyIdentity *id : order)
            if (!id->isEmpty())
                return *id;
        return ids.from;
    };
    switch (source) {
    case 1:
        return ids.pai.isEmpty() ? sip::PartyIdentity{QStringLiteral("anonymity"), {}} : ids.pai;
    case 2:
        return first({&ids.pai, &ids.from});
    case 3:
        return first({&ids.rpid, &ids.pai, &ids.from});
    case 4:
        return first({&ids.pai, &ids.rpid, &ids.from});
    case 5:
        return first({&ids.rpid, &ids.from});
    default:
        return ids.from;
    }
}

} // namespace vidi::app
