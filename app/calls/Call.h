#pragma once
#include "calls/CallInfo.h"
#include "calls/MediaSecurity.h"
#include "mediapipe/StreamParams.h"
#include "mediapipe/VideoSession.h"
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace vidi::sip {
class SipCall;
struct MediaDescription;
} // namespace vidi::sip
namespace vidi::media {
class MediaSession;
}
QT_BEGIN_NAMESPACE
class QVideoSink;
QT_END_NAMESPACE

namespace vidi::app {

// How an account sends DTMF (account.x.dtmf.*).
struct DtmfSettings {
    enum Type { InBand = 0, Rfc2833 = 1, SipInfo = 2, AutoInfo = 3 };
    int type = Rfc2833;
    int payloadType = 101;
    int infoType = 0; // 0 disabled, 1 DTMF-Relay, 2 DTMF, 3 telephone-event
    bool offersTelephoneEvent() const { return type == Rfc2833 || type == AutoInfo; }
};

// One phone call as the UI and the automation see it: a SIP dialog plus its media session.
class Call : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Calls come from the Phone")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool incoming READ isIncoming CONSTANT)
    Q_PROPERTY(QString remoteName READ remoteName NOTIFY identityChanged)
    // The directory's photo of the far end ("Resource:icon_family_b.png"), empty for none.
    Q_PROPERTY(QString remotePhoto READ remotePhoto NOTIFY identityChanged)
    Q_PROPERTY(QString remoteNumber READ remoteNumber NOTIFY identityChanged)
    Q_PROPERTY(QString remoteUri READ remoteUri NOTIFY identityChanged)
    Q_PROPERTY(int accountIndex READ accountIndex CONSTANT)
    Q_PROPERTY(int duration READ duration NOTIFY durationChanged)
    Q_PROPERTY(bool muted READ isMuted WRITE setMuted NOTIFY mutedChanged)
    Q_PROPERTY(QString endReason READ endReason NOTIFY stateChanged)
    Q_PROPERTY(bool held READ isHeld NOTIFY heldChanged)
    Q_PROPERTY(bool remoteHeld READ isRemoteHeld NOTIFY heldChanged)
    Q_PROPERTY(bool earlyMedia READ hasEarlyMedia NOTIFY stateChanged)
    // The media is SRTP-protected (the lock icon of seed 000 §"SRTP").
    Q_PROPERTY(bool encrypted READ isEncrypted NOTIFY stateChanged)
    // A video stream runs (both sides agreed on one); our camera can be stopped (seed 000
    // "Stop the near-site video").
    Q_PROPERTY(bool video READ hasVideo NOTIFY videoChanged)
    Q_PROPERTY(bool cameraStopped READ isCameraStopped WRITE setCameraStopped NOTIFY videoChanged)
    // The call's quality for the statistics panel (issue 4: codec, bitrate, loss, jitter, round
    // trip, MOS), read afresh with each tick of the duration.
    Q_PROPERTY(QVariantMap statistics READ statistics NOTIFY durationChanged)
public:
    enum class State { Calling, Ringing, Incoming, Connecting, Active, Ended };
    Q_ENUM(State)

    Call(sip::SipCall *sipCall, media::MediaSession *media, const media::AudioDevices &devices,
         int jitterBufferMs, QObject *parent = nullptr);
    ~Call() override;

    State state() const { return m_state; }
    bool isIncoming() const;
    QString remoteName() const;
    QString remoteNumber() const;
    QString remoteUri() const;
    QString localUri() const;
    QString callId() const;
    int accountIndex() const;
    int duration() const;
    bool isMuted() const { return m_muted; }
    void setMuted(bool muted);
    QString endReason() const { return m_endReason; }
    bool wasAnswered() const { return m_answered; }
    bool endedByRemote() const;
    bool rejectedLocally() const { return m_rejectedLocally; }
    bool cancelledLocally() const { return m_cancelledLocally; }
    int endStatus() const; // the final SIP status of a call that failed, 0 otherwise
    media::MediaStats mediaStats() const;
    // The keys the far end pressed in this call (RFC 4733 events received), in order.
    QString receivedDtmf() const { return m_receivedDtmf; }
    QVariantMap statistics() const;
    const sip::SipCall *sipCall() const;
    sip::SipCall *sipCall();
    CallInfo info() const;

    // Sends the INVITE; the SDP carries the media session's port.
    void start(const QString &localSdp);
    Q_INVOKABLE void answer();
    Q_INVOKABLE void reject(int status = 486);
    Q_INVOKABLE void hangup();
    // A key pressed during the call: 0-9, *, #, A-D. Sent as the account's DTMF type says.
    // Returns false when nothing could carry it.
    bool sendDtmf(QChar key);
    // Blind transfer (seed §"Call Transfer"): REFER to `targetUri`; the call ends with BYE
    // once the far end accepts it (202).
    void blindTransfer(const QString &targetUri);
    // Attended transfer: this (held) call's party is connected to `consultation`'s.
    void attendedTransfer(Call *consultation);
    // RFC 4579 network conference: this is the call with the focus, and `party`'s call moves
    // into the conference (REFER to the focus, Refer-To: the party with Replaces of our dialog
    // with it). conferencePartyReferred() reports the outcome.
    void referToConference(Call *party);
    void setDtmf(const DtmfSettings &dtmf) { m_dtmf = dtmf; }
    // RFC 3389: send silence as comfort noise (voice.vad), play the far end's (voice.cng).
    void setComfortNoise(bool send, bool play) {
        m_sendComfortNoise = send;
        m_playComfortNoise = play;
    }
    // An incoming call shows this identity instead of its From (account.x.cid_source).
    void setCallerIdentity(const QString &display, const QString &uri);
    QString remotePhoto() const { return m_remotePhoto; }
    void setRemotePhoto(const QString &photo);
    // Local hold (seed 000 §"Call Hold"): RFC 3264 a=sendonly.
    void hold();
    void resume();
    // Our address changed: tell the peer where we are now (re-INVITE with `contactUri` and
    // a fresh SDP).
    void refreshTarget(const QString &contactUri);
    // The account is behind a NAT (it uses STUN): before media flows, the NAT is opened
    // toward the peer's media address (MediaSession::openNatBinding()).
    void setBehindNat(bool behindNat) { m_behindNat = behindNat; }
    // The video socket's port as the NAT maps it (STUN), for the SDP; 0: not behind NAT.
    void setPublicVideoPort(int port) { m_publicVideoPort = port; }
    // RFC 3605: the RTCP sockets' mapped ports when the NAT did not keep them next to RTP's
    // (0: the port after RTP, no a=rtcp).
    void setPublicRtcpPorts(int audio, int video) {
        m_publicAudioRtcpPort = audio ? audio : m_publicAudioRtcpPort;
        m_publicVideoRtcpPort = video ? video : m_publicVideoRtcpPort;
    }
    int publicAudioRtcpPort() const { return m_publicAudioRtcpPort; }
    int publicVideoRtcpPort() const { return m_video ? m_publicVideoRtcpPort : 0; }
    // The microphone and speaker of this call: the platform's, or a leg of a conference
    // bridge. A running stream moves over at once.
    void useAudioDevices(const media::AudioDevices &devices);
    const media::AudioDevices &audioDevices() const { return m_devices; }
    bool isHeld() const { return m_held; }
    bool isRemoteHeld() const { return m_remoteHeld; }
    bool hasEarlyMedia() const;
    // The ring of an incoming call: "RingN.wav" or a downloaded file (seed §5.23).
    QString ringTone() const { return m_ringTone; }
    void setRingTone(const QString &ring) {
        if (ring != m_ringTone) {
            m_ringTone = ring;
            Q_EMIT stateChanged(); // the phone plays the ring again
        }
    }
    // The call arrived while another was in progress (call waiting).
    bool arrivedWaiting() const { return m_arrivedWaiting; }
    void setArrivedWaiting(bool waiting) { m_arrivedWaiting = waiting; }

    // The call's SRTP keys and rules (account.x.srtp_encryption), set by the CallManager.
    void setSecurity(const MediaSecurity &security) { m_security = security; }
    const MediaSecurity &security() const { return m_security; }
    bool isEncrypted() const { return m_encrypted; }

    // Video: the call's video session (ports allocated, so that our SDP offers video) and the
    // camera. Without one the call is audio only.
    void attachVideo(media::VideoSession *video, const media::VideoDevices &camera,
                     int maxResolution);
    int videoRtpPort() const;
    bool hasVideo() const;
    bool isCameraStopped() const { return m_cameraStopped; }
    void setCameraStopped(bool stopped);
    media::VideoStats videoStats() const;
    // Where the far end's pictures and our preview go (the in-call screen's video outputs).
    void setVideoSinks(QVideoSink *remote, QVideoSink *preview);

    // How our SDP is written: set by the CallManager, which knows the address and configuration.
    std::function<QString()> localSdpFactory;
    // sip.rfc2543_hold (seed 000 §"Call Hold"): hold offers c=0.0.0.0 instead of a=sendonly.
    void setRfc2543Hold(bool on) { m_rfc2543Hold = on; }

Q_SIGNALS:
    void stateChanged();
    void identityChanged();
    void durationChanged();
    void mutedChanged();
    void established();
    void ended();
    void heldChanged();
    void videoChanged();
    void transferStarted(bool attended);
    void transferFinished(bool ok);
    void conferencePartyReferred(vidi::app::Call *party, bool ok);

private:
    void onSipState();
    void onMediaReady(const sip::MediaDescription &media);
    void onVideoReady(const sip::MediaDescription &video);
    void stopVideo();
    // The far end's pictures wait for a key frame (VideoSession::keyFrameNeeded).
    void askForKeyFrame();
    void finishTransfer(bool ok);

    QPointer<sip::SipCall> m_sip;
    media::MediaSession *m_media;
    media::AudioDevices m_devices;
    int m_jitterBufferMs;
    State m_state = State::Calling;
    bool m_muted = false;
    bool m_answered = false;
    bool m_rejectedLocally = false;
    bool m_held = false;
    bool m_rfc2543Hold = false;
    bool m_remoteHeld = false;
    QString m_receivedDtmf;
    bool m_behindNat = false; // the account uses STUN: open the NAT toward the peer first
    int m_publicVideoPort = 0;
    int m_publicAudioRtcpPort = 0, m_publicVideoRtcpPort = 0;
    bool m_arrivedWaiting = false;
    bool m_cancelledLocally = false;
    QString m_endReason;
    QElapsedTimer m_connectedAt;
    QTimer m_durationTick;
    DtmfSettings m_dtmf;
    bool m_sendComfortNoise = false;
    bool m_playComfortNoise = true;
    QString m_ringTone;
    QString m_callerDisplay, m_callerUri; // chosen identity of an incoming call
    QString m_remotePhoto;
    QTimer m_transferWait;
    QPointer<Call> m_referredParty; // referToConference(): the party the focus is bringing in
    bool m_referringToConference = false;
    // The consultation call of an attended transfer, after the REFER's 202, for the NOTIFY
    // with the outcome.
    QPointer<Call> m_consultation;
    int m_telephoneEventPt = -1; // negotiated RFC 4733 payload type
    MediaSecurity m_security;
    bool m_encrypted = false;
    media::VideoSession *m_video = nullptr; // owned (child); null: an audio call
    media::VideoDevices m_camera;
    int m_maxResolution = 2;         // video.max_resolution
    bool m_keyFramesRefused = false; // the far end answered our picture_fast_update with >= 300
    bool m_cameraStopped = false;
};

} // namespace vidi::app
