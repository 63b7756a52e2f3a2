#pragma once
#include <QByteArray>
#include <QObject>
#include <QString>

namespace vidi::sip {

class SipStackPrivate;
class SipAccount;

// A subscription to one event package of one resource (RFC 6665): e.g. the "dialog" state of
// a colleague's extension for a BLF key (RFC 4235). Sofia refreshes it before it expires;
// every NOTIFY's body is reported.
class EventWatch : public QObject {
    Q_OBJECT
public:
    EventWatch(SipStackPrivate *stack, SipAccount *account, const QString &targetUri,
               const QString &event, const QString &accept, int expires, QObject *parent = nullptr);
    ~EventWatch() override;

    QString targetUri() const { return m_target; }
    QString event() const { return m_event; }
    // Extra header lines for the SUBSCRIBE, e.g. "Supported: eventlist" (RFC 4662).
    void setExtraHeaders(const QString &headers) { m_headers = headers.toUtf8(); }
    void start();
    // Subscribes afresh, on a new dialog (after a change of our address the old one names a
    // Contact we no longer have). The old subscription is left to expire at the server.
    void restart();
    SipAccount *account() const { return m_account; }

    // Sofia glue: called by the stack.
    void onSubscribeResponse(int status, const QString &scheme, const QString &realm);
    void onNotify(const QByteArray &body, const QByteArray &contentType, const QString &callInfo);

Q_SIGNALS:
    // `contentType` is the whole Content-Type value (with its parameters); `callInfo` the
    // NOTIFY's Call-Info header values, comma-separated (BroadSoft SCA's call-info event
    // carries its state there, with an empty body).
    void notified(const QByteArray &body, const QByteArray &contentType, const QString &callInfo);
    // The server accepted the subscription (a 2xx).
    void accepted();
    // The server refused the subscription (final status 300 and above).
    void refused(int status);

private:
    SipStackPrivate *m_stack;
    SipAccount *m_account;
    QString m_target, m_event, m_accept;
    int m_expires;
    QByteArray m_headers;
    void *m_handle = nullptr; // nua_handle_t*
    int m_challenges = 0;
};

} // namespace vidi::sip
