#pragma once
#include <QObject>
#include <QString>
#include <memory>

namespace vidi::sip {

class SipAccount;
class SipCall;
class EventWatch;
struct AccountSettings;

// How an outgoing call presents itself.
struct CallOptions {
    // Seed 000 §"Anonymous Call": From "Anonymous" <sip:anonymous@anonymous.invalid>,
    // Privacy: id (RFC 3323), the real identity in P-Preferred-Identity (RFC 3325).
    bool anonymous = false;
    // The call is placed because `referredBy`'s far end transferred us (RFC 3515): it carries
    // the Refer-To's headers (Replaces) and Referred-By, and reports back by NOTIFY.
    SipCall *referredBy = nullptr;
    // An intercom call (DSS type 14): asks the callee to answer at once, in the forms phones
    // understand (Call-Info answer-after=0, Alert-Info info=alert-autoanswer).
    bool intercom = false;
    // BroadSoft SCA (account.x.shared_line 1): the appearance of the shared line the call
    // takes, seized before (Call-Info ...;appearance-index=N); 0 for none.
    int appearance = 0;
};

// How SIP travels: the DSCP of its packets (seed §7.3), and SIP over TLS (seed §10): the port
// to listen on (0: no TLS), the directory with cafile.pem (the authorities to trust) and
// agent.pem (our certificate), and whether a server's certificate must be signed by one of
// them and name the host we asked for.
struct TransportOptions {
    int signallingDscp = 26; // network.qos.signaltos (AF31), for every SIP packet we send
    int port = 0;
    QString certificateDir;
    bool verifyServer = true;
};

// The SIP user agent: one Sofia `nua` instance running on the Qt/GLib main loop (no polling
// timer; Sofia's su_root is a GSource of the default main context). Owns the accounts and the
// calls; reports incoming calls.
class SipStack : public QObject {
    Q_OBJECT
public:
    explicit SipStack(QObject *parent = nullptr);
    ~SipStack() override;

    // Binds the SIP port (UDP and TCP, and TLS when asked) and starts the user agent. Returns
    // false with *error on failure. A TLS port that cannot be had leaves TLS off (logged).
    bool start(int listenPort, const TransportOptions &tls = {}, QString *error = nullptr);
    bool hasTls() const;
    bool isRunning() const;
    int listenPort() const;

    SipAccount *account(int index) const; // 1..4
    // RFC 3261 §17 transaction timers, in milliseconds. Sofia keeps one set for the agent.
    void setTransactionTimers(unsigned t1, unsigned t2, unsigned t4);
    QString userAgent() const;

    // Starts an outgoing call on an account; the call's state is reported by its signals.
    SipCall *createOutgoingCall(SipAccount *account, const QString &targetUri,
                                const CallOptions &options = {});

    // A subscription to `event` of `targetUri` on an account (start() sends the SUBSCRIBE).
    // The stack owns it; deleting it ends the subscription.
    EventWatch *watch(SipAccount *account, const QString &targetUri, const QString &event,
                      const QString &accept, int expires);

    // Unregisters every account and shuts the agent down; emits stopped() when done (or after
    // the grace time when a registrar no longer answers).
    void shutdown();
    // The host's addresses changed (DESIGN: a network change re-registers and re-INVITEs live
    // calls; it never tears the stack down): the SIP sockets are bound to the addresses there
    // are now, and every account registers its new Contact (and removes the old one).
    void networkChanged(const QStringList &goneAddresses);
    // Our Contact for a dialog of `account` as seen from `localAddress` (the address the
    // peer now reaches us at).
    QString contactUri(const SipAccount *account, const QString &localAddress) const;

Q_SIGNALS:
    void incomingCall(vidi::sip::SipCall *call);
    // A NOTIFY, in a subscription or unsolicited (RFC 3265 §3.2; seed: unsolicited MWI and
    // check-sync must be accepted). It has already been answered 200.
    void notifyReceived(int account, const QString &event, const QString &eventParams,
                        const QByteArray &body);
    void stopped();

private:
    friend class SipStackPrivate;
    std::unique_ptr<class SipStackPrivate> d;
};

} // namespace vidi::sip
