#pragma once
#include "calls/Call.h"
#include "calls/CallInfo.h"
#include "net/NatTraversal.h"
#include <QList>
#include <QObject>
#include <QPointer>

namespace vidi::sip {
struct AccountSettings;
struct CallOptions;
class SipStack;
class SipCall;
} // namespace vidi::sip
namespace vidi::platform {
class Platform;
}
namespace vidi::media {
class ConferenceBridge;
class MediaSession;
} // namespace vidi::media

namespace vidi::app {

class Directory;
class SharedLines;

class Call;
class ConfigStore;

// Creates calls (outgoing on request, incoming from the SIP stack), gives each its media
// session, and reports their lifecycle to the UI and to Action URL.
class CallManager : public QObject {
    Q_OBJECT
public:
    CallManager(sip::SipStack *stack, ConfigStore *config, platform::Platform *platform,
                QObject *parent = nullptr);

    // `target` is what the user dialled: digits, user@host, an IP address or a sip: URI.
    // With `intercom` the callee is asked to answer at once (DSS type 14).
    Call *dial(int accountIndex, const QString &target, QString *error = nullptr,
               bool intercom = false);
    // The call the screen shows and the keys act on.
    Call *current() const;
    // A call ringing while another is in progress (call waiting), if any.
    Call *waiting() const;
    // The call that is neither current nor waiting (usually on hold), if any.
    Call *other() const;
    void answer(Call *call);
    // Holds the current call and resumes the other one.
    void swap();
    QList<Call *> calls() const { return m_calls; }
    void hangupAll();
    // Seed §5.5, local 3-way conference: the two established calls are joined (the held one
    // resumed) and this phone mixes them. False unless there are exactly two.
    bool startConference();
    // Seed §5.5, network conference (account.x.conf_type 2): the two calls move to a
    // conference on a server (RFC 4579): a call to the conference factory `factoryUri`, then
    // a REFER with Replaces to the focus for each party, whose call with us then ends.
    bool startNetworkConference(int account, const QString &factoryUri);
    // The conference becomes two calls again, both on hold.
    void splitConference();
    bool inConference() const { return m_bridge != nullptr; }
    // The local directory: its names win over the SIP identities (seed §4.5, CLIP/COLP) and
    // its Blacklist group refuses callers.
    void setDirectory(const Directory *directory) { m_directory = directory; }
    void setSharedLines(SharedLines *lines) { m_sharedLines = lines; }
    // Seed §5.18: a call on public hold on a shared line, retrieved by this phone.
    Call *retrieveSharedHold(int account, QString *error = nullptr);
    QList<Call *> conferenceCalls() const;
    // In a conference the microphone is the bridge's: muting it mutes the phone to both.
    void setConferenceMuted(bool muted);
    bool conferenceMuted() const { return m_conferenceMuted; }

    // Our address changed: every live call gets a re-INVITE with the new Contact and SDP
    // address (DESIGN: calls survive a network change).
    void refreshAfterNetworkChange();

    // The Request-URI for what the user dialled on an account (seed: dial number or URL via
    // the SIP server; direct IP calls without a proxy).
    static QString targetUri(const QString &dialled, const sip::AccountSettings &account);

Q_SIGNALS:
    void currentChanged();
    void outgoingCall(vidi::app::Call *call);
    void incomingCall(vidi::app::Call *call);
    void callEstablished(vidi::app::Call *call);
    void callEnded(vidi::app::Call *call);
    void missedCall(vidi::app::Call *call);
    // An incoming call answered with 302 (seed §"Call Forward"); `target` is the Contact.
    void callForwarded(const vidi::app::CallInfo &call, const QString &target);
    void conferenceChanged();

private:
    void onIncoming(sip::SipCall *sipCall);
    // A media session with its ports for an incoming call, or none: then the call has been
    // refused with 503.
    media::MediaSession *mediaForIncoming(sip::SipCall *sipCall);
    // The INVITE with its options, for what dial() and a received REFER place.
    Call *place(int accountIndex, const QString &uri, const sip::CallOptions &options,
                QString *error);
    // The far end of `call` transferred us (REFER): call the target it names.
    void followReferral(Call *call);
    // An INVITE with Replaces (RFC 3891) takes the place of one of our calls at once.
    void acceptReplacement(Call *call, Call *replaced);
    void forward(sip::SipCall *sipCall, const QString &target, const QString &kind);
    // The distinctive ring from the INVITE's Alert-Info (seed §5.23).
    void chooseRingTone(Call *call, const QString &alertInfo, int account,
                        const QString &directoryRing);
    // `peerHost` is where our media and signalling go (the SDP's address is the one that
    // reaches it); empty: where the call's signalling came from.
    Call *adopt(sip::SipCall *sipCall, media::MediaSession *media, const QString &peerHost = {});
    // `publicRtp`: our RTP socket as a STUN server saw it, if the account uses STUN.
    QString localSdp(const QString &peerHost, int rtpPort, int account,
                     const std::optional<MappedAddress> &publicRtp, const MediaSecurity &security,
                     int videoPort, int audioRtcpPort = 0, int videoRtcpPort = 0) const;
    // The port a NAT maps our RTCP socket to when it is not the one after RTP's mapping
    // (RFC 3605 a=rtcp), else 0.
    int separateRtcpPort(int account, int rtcpSocket, int mappedRtpPort);
    // The call's video session, when the phone has a camera and the account a video codec.
    void attachVideo(Call *call, int account);
    SrtpMode srtpMode(int account) const;
    DtmfSettings dtmfSettings(int account) const;
    media::AudioDevices platformDevices() const;
    // The bridge goes and a call still up gets the phone's microphone and speaker back.
    void dissolveConference();
    // Hands-free on or off: calls start and stop cancelling the echo.
    void followAudioRoute();

    sip::SipStack *m_stack;
    ConfigStore *m_config;
    platform::Platform *m_platform;
    QList<Call *> m_calls;
    QPointer<Call> m_focus;
    quint64 m_sdpSession = 0;
    NatTraversal m_nat;
    const Directory *m_directory = nullptr;
    SharedLines *m_sharedLines = nullptr;
    // The directory's name for `uri`, or `fallback`.
    QString directoryName(const QString &uri, const QString &fallback) const;
    QString directoryPhoto(const QString &uri) const;
    media::ConferenceBridge *m_bridge = nullptr;
    QList<QPointer<Call>> m_conference; // its two legs, in bridge order
    bool m_conferenceMuted = false;
    QList<QPointer<Call>> m_partiesForFocus; // network conference: still to be referred
    // The next party goes to the focus once the one before is in (one REFER at a time).
    void referNextParty(Call *focus);
};

} // namespace vidi::app
