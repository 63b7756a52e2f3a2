#include "SofiaTransports.h"

#include <dlfcn.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/su_tagarg.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/url.h>
#include <vector>

namespace {

using AddTport = int (*)(nta_agent_t *, url_string_t const *, tag_type_t, tag_value_t, ...);
using CreateAgent = nta_agent_t *(*)(su_root_t *, url_string_t const *, nta_message_f *,
                                     nta_agent_magic_t *, tag_type_t, tag_value_t, ...);

AddTport sofiaAddTport() {
    static const auto real = reinterpret_cast<AddTport>(dlsym(RTLD_NEXT, "nta_agent_add_tport"));
    return real;
}

// What nua asked for: its agent, the event loop of the thread the agent lives in, and each
// bind URL with its tags (copies), in order.
struct Binding {
    char *url = nullptr; // nullptr: Sofia's default "sip:*"
    tagi_t *tags = nullptr;
};
struct Observed {
    su_root_t *root = nullptr;
    nta_agent_t *agent = nullptr;
    su_home_t home[1] = {};
    bool homeReady = false;
    std::vector<Binding> bindings;
} observed;

void clearBindings() {
    if (observed.homeReady)
        su_home_deinit(observed.home);
    observed.homeReady = false;
    observed.bindings.clear();
}

void remember(nta_agent_t *agent, url_string_t const *uri, tagi_t const *tags) {
    if (observed.agent != agent || !observed.homeReady) {
        clearBindings(); // a new agent (the first one failed, say, for want of TLS)
        su_home_init(observed.home);
        observed.homeReady = true;
        observed.agent = agent;
    }
    Binding b;
    if (uri)
        b.url = url_string_p(uri) ? su_strdup(observed.home, uri->us_str)
                                  : url_as_string(observed.home, uri->us_url);
    b.tags = tl_adup(observed.home, tags);
    observed.bindings.push_back(b);
}

// Runs in nua's stack thread (su_task_execute()): the sockets belong to its event loop.
int rebindInStackThread(void *errorText) {
    const AddTport real = sofiaAddTport();
    nta_agent_close_tports(observed.agent);
    bool bound = false;
    for (const Binding &b : observed.bindings) {
        const url_string_t *url = b.url ? URL_STRING_MAKE(b.url) : nullptr;
        if (real(observed.agent, url, TAG_NEXT(b.tags)) == 0)
            bound = true;
        else
            *static_cast<QString *>(errorText) =
                QStringLiteral("cannot bind %1").arg(QString::fromUtf8(b.url ? b.url : "sip:*"));
    }
    return bound ? 0 : -1;
}

} // namespace

extern "C" nta_agent_t *nta_agent_create(su_root_t *root, url_string_t const *name,
                                         nta_message_f *callback, nta_agent_magic_t *magic,
                                         tag_type_t tag, tag_value_t value, ...) {
    static const auto real = reinterpret_cast<CreateAgent>(dlsym(RTLD_NEXT, "nta_agent_create"));
    if (!real)
        return nullptr;
    ta_list ta;
    ta_start(ta, tag, value);
    nta_agent_t *agent = real(root, name, callback, magic, ta_tags(ta));
    ta_end(ta);
    observed.root = root; // nua adds its transports next, with nta_agent_add_tport()
    return agent;
}

extern "C" int nta_agent_add_tport(nta_agent_t *agent, url_string_t const *uri, tag_type_t tag,
                                   tag_value_t value, ...) {
    const AddTport real = sofiaAddTport();
    if (!real)
        return -1;
    ta_list ta;
    ta_start(ta, tag, value);
    remember(agent, uri, ta_args(ta));
    const int result = real(agent, uri, ta_tags(ta));
    ta_end(ta);
    return result;
}

namespace vidi::sip {

bool rebindSofiaTransports(QString *error) {
    if (!observed.agent || !observed.root || !sofiaAddTport()) {
        if (error)
            *error = QStringLiteral("the SIP transports were not observed at start");
        return false;
    }
    QString why;
    int result = -1;
    // Blocks until the stack thread has done it: a few socket calls.
    if (su_task_execute(su_root_task(observed.root), rebindInStackThread, &why, &result) < 0)
        why = QStringLiteral("the SIP stack thread did not answer");
    if (result != 0 && error)
        *error = why;
    return result == 0;
}

void forgetSofiaTransports() {
    clearBindings();
    observed.agent = nullptr;
    observed.root = nullptr;
}

} // namespace vidi::sip
