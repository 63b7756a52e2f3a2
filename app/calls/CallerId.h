#pragma once
#include "sipstack/SipCall.h"

namespace vidi::app {

// Which identity of an incoming call to show, by account.x.cid_source (seed §"CLIP"):
// 0 From; 1 P-Asserted-Identity ("anonymity" when there is none); 2 PAI, else From;
// 3 RPID, else PAI, else From; 4 PAI, else RPID, else From; 5 RPID, else From.
sip::PartyIdentity chooseCallerId(const sip::CallerIdentities &ids, int source);

} // namespace vidi::app
