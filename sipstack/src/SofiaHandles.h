#pragma once
// Private to sipstack: the only place Sofia's types meet our classes.
#include <QList>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <sofia-sip/nua.h>
#include <sofia-sip/su_glib.h>

Q_DECLARE_LOGGING_CATEGORY(lcSip)

namespace vidi::sip {

class SipStack;
struct TransportOptions;
class SipAccount;
struct AccountSettings;
class SipCall;

class SipStackPrivate {
public:
    explicit SipStackPrivate(SipStack *q)
        : q(q) {}

    static void nuaCallback(nua_event_t event, int status, char const *phrase, nua_t *nua,
                            nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
                            sip_t const *sip, tagi_t tags[]);
    void handleEvent(nua_event_t event, int status, char const *phrase, nua_handle_t *nh,
                     void *hmagic, sip_t const *sip, tagi_t tags[]);
    void handleIncomingInvite(nua_handle_t *nh, sip_t const *sip);
    void handleNotify(nua_handle_t *nh, SipAccount *account, sip_t const *sip);
    void handleRefer(SipCall *call, sip_t const *sip, tagi_t tags[]);
    SipAccount *accountForRequestUser(const QString &user) const;
    nua_t *createAgent(int listenPort, const TransportOptions &tls);
    void maybeFinishShutdown();

    // Object behind a handle's magic: accounts and calls both register here.
    // Retired: a registration handle left behind by a reconfigured account, un-registering
    // before it is destroyed.
    enum class Kind { Account, Call, Retired, Subscription, Watch };
    struct Magic {
        Kind kind;
        QObject *object;
        // Retired: the credentials its un-REGISTER is challenged for.
        QString authUser;
        QString password;
        int challenges = 0;
    };
    Magic *newMagic(Kind kind, QObject *object);
    void forgetMagic(QObject *object);
    // Un-registers the binding of `nh` and destroys the handle when the registrar answers.
    // `unregister` sends it (default: nua_unregister() of the handle's own binding).
    void retireRegistration(nua_handle_t *nh, const AccountSettings &account,
                            const std::function<void()> &unregister = {});
    // Removes one binding of `account` at the registrar (Contact `contactUri`, expires=0) on a
    // handle of its own.
    void removeBinding(const AccountSettings &account, const QString &contactUri);

    SipStack *q;
    su_root_t *root = nullptr;
    GSource *source = nullptr;
    nua_t *nua = nullptr;
    int port = 0;
    int tlsPort = 0;
    bool tls = false; // a TLS transport is bound
    QList<SipAccount *> accounts;
    QList<Magic *> magics;
    bool shuttingDown = false;
    bool nuaShutdownSent = false;
    bool nuaShutdownDone = false;
    QTimer shutdownGrace;
};

// "Digest" and "realm" (with quotes) of the challenge in a 401/407, for nua_authenticate().
bool challengeOf(sip_t const *sip, QString *scheme, QString *realm);
bool isAnonymous(sip_t const *sip);
// RFC 4028 session timer of a call of `account`; `weAreUac` says which end refreshes when the
// account names the UAC or the UAS.
void applySessionTimer(nua_handle_t *nh, const AccountSettings &account, bool weAreUac);
// Sends the handle's requests through the account's outbound proxy, when it has one. A handle
// parameter: Sofia ignores NUTAG_PROXY among nua_handle()'s tags, which only give headers.
void useOutboundProxy(nua_handle_t *nh, const AccountSettings &account);

} // namespace vidi::sip
