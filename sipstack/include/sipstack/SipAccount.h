#pragma once
#include "sipstack/AccountSettings.h"
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace vidi::sip {

class SipStackPrivate;

// One registration (account.x.*). Registers with digest authentication, lets Sofia refresh the
// binding before it expires, retries after a failure with a growing back-off.
class SipAccount : public QObject {
    Q_OBJECT
public:
    enum class State { Disabled, Registering, Registered, Failed, Unregistering };
    Q_ENUM(State)

    SipAccount(SipStackPrivate *stack, int index, QObject *parent = nullptr);
    ~SipAccount() override;

    int index() const { return m_settings.index; }
    const AccountSettings &settings() const { return m_settings; }
    State state() const { return m_state; }
    int lastStatus() const { return m_lastStatus; }
    QString lastPhrase() const { return m_lastPhrase; }

    // Applies new settings; re-registers when something that matters changed.
    void configure(const AccountSettings &settings);
    void unregister();
    // A change of our addresses (SipStack::networkChanged()): before the transports close,
    // the registration lets go of them; afterwards it registers again from the address that
    // reaches the registrar now, and removes the bindings of `goneAddresses`.
    void leaveNetwork();
    void registerAgain(const QStringList &goneAddresses);

    // Digest credentials for any request of this account ("Digest:\"realm\":user:pass").
    QString credentialsFor(const QString &scheme, const QString &realm) const;

    // The TLS handshake with the server failed (its certificate is not trusted, or names
    // another host): the registration fails now rather than at Timer F, and is retried later.
    void onTlsRefused(const QString &why);
    // Called by the stack with responses to REGISTER.
    void onRegisterResponse(int status, const QString &phrase, const QString &scheme,
                            const QString &realm);
    void onUnregisterResponse(int status, const QString &scheme, const QString &realm);
    void onSubscribeResponse(int status, const QString &scheme, const QString &realm);

Q_SIGNALS:
    void stateChanged(vidi::sip::SipAccount::State state);
    void unregistered();
    // Registered again after registerAgain(): subscriptions of this account may follow.
    void movedNetwork();

private:
    void startRegistration();
    void dropHandle();
    void setState(State state, int status = 0, const QString &phrase = {});
    void scheduleRetry();
    void subscribeMwi();
    void *newHandle(int kind); // nua_handle_t* of SipStackPrivate::Kind `kind`
    void dropMwi();

    SipStackPrivate *m_stack;
    AccountSettings m_settings;
    State m_state = State::Disabled;
    void *m_handle = nullptr; // nua_handle_t*, opaque outside src/
    int m_challengesInARow = 0;
    int m_retryDelaySeconds = 0;
    int m_lastStatus = 0;
    QString m_lastPhrase;
    QByteArray m_callId;
    // After a network change the Contact is ours (Sofia's comes from the addresses of the
    // start), written for the address that reaches the next hop; over TLS always.
    bool m_ownContact = false;
    bool m_moving = false;       // registerAgain() until the registrar accepts the new Contact
    void *m_mwiHandle = nullptr; // nua_handle_t* of the message-summary subscription
    int m_mwiChallenges = 0;
    QTimer m_retryTimer;
};

} // namespace vidi::sip
