#pragma once
#include "sipstack/MediaDescription.h"
#include <QObject>
#include <QPointer>
#include <QString>

namespace vidi::sip {

class SipStackPrivate;
class SipAccount;

// One identity of the remote party: a display name and a URI.
struct PartyIdentity {
    QString display;
    QString uri;
    bool isEmpty() const { return uri.isEmpty(); }
};

// The caller's identities an INVITE carries (seed §"CLIP"): From, P-Asserted-Identity
// (RFC 3325) and Remote-Party-ID (draft-ietf-sip-privacy-04).
struct CallerIdentities {
    PartyIdentity from, pai, rpid;
};

// One INVITE dialog, outgoing or incoming. Media negotiation happens in Sofia's soa; the result
// is reported as a MediaDescription.
class SipCall : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,       // outgoing, not sent yet
        Calling,    // INVITE sent
        Ringing,    // 180 received (outgoing)
        Incoming,   // INVITE received, not answered
        Connecting, // 200 sent or received, waiting for ACK
        Active,     // dialog confirmed
        Terminated
    };
    Q_ENUM(State)

    SipCall(SipStackPrivate *stack, SipAccount *account, bool incoming, QObject *parent = nullptr);
    ~SipCall() override;

    bool isIncoming() const { return m_incoming; }
    State state() const { return m_state; }
    SipAccount *account() const { return m_account; }
    QString remoteUri() const { return m_remoteUri; }
    QString remoteDisplayName() const { return m_remoteDisplayName; }
    QString localUri() const { return m_localUri; }
    QString callId() const { return m_callId; }
    QString remoteSdp() const { return m_remoteSdp; }   // the last SDP the peer sent
    QString remoteHost() const { return m_remoteHost; } // where the peer's signalling came from
    int endStatus() const { return m_endStatus; }       // final status of a failed call
    QString endPhrase() const { return m_endPhrase; }
    bool remoteHungUp() const { return m_remoteHungUp; }

    void invite(const QString &localSdp);     // outgoing
    void ring();                              // incoming: 180 Ringing
    void answer(const QString &localSdp);     // incoming: 200 OK
    void reject(int status = 486);            // incoming: final error response
    void redirect(const QString &contactUri); // incoming: 302 Moved Temporarily (forwarding)
    bool remoteAnonymous() const { return m_remoteAnonymous; }
    const CallerIdentities &callerIdentities() const { return m_identities; }
    bool isIntercom() const { return m_intercom; }
    bool hasEarlyMedia() const { return m_earlyMedia; }
    void setIntercom(bool intercom) { m_intercom = intercom; }
    // The INVITE's Alert-Info headers ("<uri>;params, ..."), empty when it has none.
    QString alertInfo() const { return m_alertInfo; }
    void setAlertInfo(const QString &alertInfo) { m_alertInfo = alertInfo; }
    void setRemoteOffer(const QString &sdp) { m_remoteSdp = sdp; }
    void setCallerIdentities(const CallerIdentities &ids) { m_identities = ids; }
    void setRemoteAnonymous(bool anonymous) { m_remoteAnonymous = anonymous; }
    void hangup(); // CANCEL, BYE or reject, as the state requires
    // Hold (re-INVITE, seed 000 §"Call Hold"): RFC 3264 a=sendonly; or, given our SDP made
    // with rfc2543HoldSdp(), that offer (c=0.0.0.0).
    void hold(const QString &rfc2543Sdp = {});
    // Resume: offers `localSdp` (sendrecv) again.
    void resume(const QString &localSdp);
    // A re-INVITE after our address changed (RFC 3261 §12.2.1.1: a target refresh): the new
    // Contact and an SDP with the new connection address. Hold stays as it was.
    void refreshTarget(const QString &localSdp, const QString &contactUri);
    // Blind transfer (RFC 3515): REFER with Refer-To `targetUri` and no Replaces.
    void refer(const QString &targetUri);
    // Attended transfer (RFC 5589 §7): REFER whose Refer-To is `consultation`'s remote party
    // with a Replaces of that dialog, so that the transferee takes our place in it.
    void referReplacing(const SipCall &consultation);
    void onReferResponse(int status);
    void onReferProgress(const QByteArray &sipfrag);

    // Being transferred (RFC 3515 §2.4.2, seed flow 6 "Blind transfer"): the far end's REFER
    // asks us to call `target`. Sofia has answered 202; the call placed with
    // CallOptions::referredBy reports its progress back by NOTIFY (message/sipfrag).
    struct Referral {
        QString target;     // Refer-To without its header part
        QByteArray headers; // Refer-To's embedded headers (Replaces) plus Referred-By
        QByteArray event;   // the refer subscription's Event header value
        bool isEmpty() const { return target.isEmpty(); }
    };
    const Referral &referral() const { return m_referral; }
    void onReferRequested(const Referral &referral);
    // An outgoing call placed for a referral: its progress goes to `referrer`'s subscription.
    void notifyProgressTo(SipCall *referrer);
    // RFC 3515 §2.4.4: tells the transferor how our call to the target goes, as a NOTIFY with
    // the status line in a message/sipfrag body.
    void sendReferNotify(int status, const QString &phrase);

    // RFC 3891: an incoming INVITE with Replaces names the call it takes the place of.
    SipCall *replacedCall() const { return m_replaces; }
    void setReplacedCall(SipCall *call) { m_replaces = call; }
    // DTMF by SIP INFO (seed §"DTMF"): a request with this Content-Type and body.
    void sendInfo(const QString &contentType, const QByteArray &body);

    // Sofia glue: called by the stack from the nua callback.
    void setHandle(void *nh);
    void *handle() const { return m_handle; }
    void setIdentity(const QString &localUri, const QString &remoteUri,
                     const QString &remoteDisplayName, const QString &callId,
                     const QString &remoteHost);
    void setCallId(const QString &callId) { m_callId = callId; }
    void onInviteResponse(int status, const QString &phrase, const QString &scheme,
                          const QString &realm);
    void onCallState(int nuaCallState, const QString &localSdp, const QString &remoteSdp);
    void onByeReceived();
    void onCancelReceived();
    void onTerminated();
    void onInfoResponse(int status);

Q_SIGNALS:
    void stateChanged(vidi::sip::SipCall::State state);
    void mediaReady(const vidi::sip::MediaDescription &media);
    void mediaError(const QString &error);
    // After the audio: the video stream both sides agreed on, or none (an audio-only peer,
    // m=video 0, no codec in common).
    void videoReady(const vidi::sip::MediaDescription &video);
    void videoGone();
    // SIP INFO picture_fast_update (RFC 5168): send a key frame.
    void pictureUpdateRequested();
    // The far end refused an INFO of ours (a final status >= 300): with this Content-Type.
    void infoRefused(const QString &contentType, int status);
    // The far end sent media before answering (183 with SDP): its tones replace our ringback.
    void earlyMediaStarted();
    // The transfer: accepted (202), then each NOTIFY's final status (RFC 3515 §2.4.5).
    void transferAccepted();
    void transferResult(int status);
    // The far end transfers us (REFER received and accepted): call referral().target.
    void referRequested();

private:
    void setState(State state);
    void releaseHandle();

    SipStackPrivate *m_stack;
    SipAccount *m_account;
    bool m_incoming;
    State m_state = State::Idle;
    void *m_handle = nullptr; // nua_handle_t*
    QString m_localUri, m_remoteUri, m_remoteDisplayName, m_callId, m_remoteHost;
    QString m_localSdp, m_remoteSdp;
    bool m_authTried = false;
    bool m_remoteHungUp = false;
    bool m_remoteAnonymous = false;
    CallerIdentities m_identities;
    bool m_intercom = false;
    QString m_alertInfo;
    bool m_earlyMedia = false;
    QString m_negotiatedLocal, m_negotiatedRemote; // what mediaReady last reported
    int m_endStatus = 0;
    QString m_endPhrase;
    Referral m_referral;          // the REFER received on this call
    QPointer<SipCall> m_referrer; // the call whose REFER this call follows (we are transferee)
    QByteArray m_referHeaders;
    QPointer<SipCall> m_replaces;
    QStringList m_infosSent; // Content-Types of our INFOs awaiting their answer, oldest first
};

} // namespace vidi::sip
