#pragma once
#include <QString>

namespace vidi::sip {

// Binding Sofia's transports again after the host's addresses changed.
//
// Sofia binds one socket per local address when the stack starts (for a "sip:*" URL), so a
// socket whose address went away is dead and a new address has none. nua offers no way to bind
// again (its own network-change path is built only on macOS). nta does — nta_agent_close_tports()
// and nta_agent_add_tport(), the same calls nua's path makes — but nua keeps its nta agent
// private. So the agent and the transports nua asks for are observed as nua creates them:
// SofiaTransports.cpp defines nta_agent_add_tport(), to which the dynamic linker binds nua's
// calls (ELF symbol interposition; libsofia-sip-ua calls it through its PLT), and forwards
// every call to Sofia's own.

// Closes the transports of the stack's agent and binds them again with the URLs and tags nua
// used, on the addresses the host has now. Transactions in progress lose their transport and
// are sent again on the new ones.
bool rebindSofiaTransports(QString *error);

// The agent is being destroyed: nothing to rebind any more.
void forgetSofiaTransports();

} // namespace vidi::sip
