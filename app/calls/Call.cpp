#include "calls/Call.h"
#include "calls/VideoFormat.h"
#include "mediapipe/LipSync.h"
#include "mediapipe/MediaSession.h"
#include "mediapipe/VideoSession.h"
#include "sipstack/MediaDescription.h"
#include "sipstack/SdpOffer.h"
#include "sipstack/SipAccount.h"
#include "sipstack/SipCall.h"

#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcCall, "vidi.call")

namespace {
constexpr int kTransferNotifyWaitMs = 2000;
// RFC 5168: video fast update requests in SIP INFO.
const QString kMediaControl = QStringLiteral("application/media_control+xml");
} // namespace

namespace vidi::app {

namespace {
// "sip:2001@example.com" → "2001"; a URI without user part shows its host.
QString userOf(const QString &uri) {
    QString s = uri;
    if (s.startsWith(QLatin1String("sip:")) || s.startsWith(QLatin1String("sips:")))
        s = s.mid(s.indexOf(QLatin1Char(':')) + 1);
    const int at = s.indexOf(QLatin1Char('@'));
    if (at >= 0)
        return s.left(at);
    return s.section(QLatin1Char(';'), 0, 0);
}
} // namespace

Call::Call(sip::SipCall *sipCall, media::MediaSession *media, const media::AudioDevices &devices,
           int jitterBufferMs, QObject *parent)
    : QObject(parent)
    , m_sip(sipCall)
    , m_media(media)
    , m_devices(devices)
    , m_jitterBufferMs(jitterBufferMs) {
    m_media->setParent(this);
    m_state = sipCall->isIncoming() ? State::Incoming : State::Calling;
    connect(sipCall, &sip::SipCall::stateChanged, this, &Call::onSipState);
    connect(sipCall, &sip::SipCall::mediaReady, this, &Call::onMediaReady);
    connect(sipCall, &sip::SipCall::earlyMediaStarted, this, &Call::stateChanged);
    connect(sipCall, &sip::SipCall::videoReady, this, &Call::onVideoReady);
    connect(sipCall, &sip::SipCall::videoGone, this, &Call::stopVideo);
    connect(sipCall, &sip::SipCall::infoRefused, this, [this](const QString &type, int status) {
        if (type != kMediaControl || m_keyFramesRefused)
            return;
        // RFC 5168 §3: a far end that does not take picture_fast_update is not asked again.
        qCInfo(lcCall) << "the far end refuses picture_fast_update (" << status
                       << "): no more key frame requests";
        m_keyFramesRefused = true;
    });
    connect(sipCall, &sip::SipCall::pictureUpdateRequested, this, [this] {
        if (m_video) {
            qCInfo(lcCall) << "key frame asked for (SIP INFO picture_fast_update)";
            m_video->sendKeyFrame();
        }
    });
    // RFC 5589 §6.1: the transferor leaves once the transfer target has answered (NOTIFY
    // with a 2xx sipfrag), or shortly after the 202 when the transferee sends no NOTIFY.
    m_transferWait.setSingleShot(true);
    m_transferWait.setInterval(kTransferNotifyWaitMs);
    connect(&m_transferWait, &QTimer::timeout, this, [this] { finishTransfer(true); });
    connect(sipCall, &sip::SipCall::transferAccepted, this, [this] { m_transferWait.start(); });
    connect(sipCall, &sip::SipCall::transferResult, this,
            [this](int status) { finishTransfer(status < 300); });
    connect(sipCall, &sip::SipCall::mediaError, this, [this](const QString &error) {
        qCWarning(lcCall) << "media negotiation failed:" << error;
        m_endReason = error;
        hangup();
    });
    connect(m_media, &media::MediaSession::telephoneEventReceived, this, [this](int event) {
        static const char keys[] = "0123456789*#ABCD";
        m_receivedDtmf += QLatin1Char(keys[event]);
        qCInfo(lcCall) << "the far end pressed" << QString(QLatin1Char(keys[event]));
    });
    connect(m_media, &media::MediaSession::failed, this,
            [](const QString &error) { qCWarning(lcCall) << "media failed:" << error; });
    m_durationTick.setInterval(1000);
    connect(&m_durationTick, &QTimer::timeout, this, &Call::durationChanged);
}

Call::~Call() {
    if (m_sip)
        m_sip->deleteLater();
}

bool Call::isIncoming() const {
    return m_sip && m_sip->isIncoming();
}
QString Call::remoteUri() const {
    if (!m_callerUri.isEmpty())
        return m_callerUri;
    return m_sip ? m_sip->remoteUri() : QString();
}

void Call::setCallerIdentity(const QString &display, const QString &uri) {
    m_callerDisplay = display;
    m_callerUri = uri;
    Q_EMIT identityChanged();
}
void Call::setRemotePhoto(const QString &photo) {
    if (photo == m_remotePhoto)
        return;
    m_remotePhoto = photo;
    Q_EMIT identityChanged();
}
QString Call::localUri() const {
    return m_sip ? m_sip->localUri() : QString();
}
QString Call::callId() const {
    return m_sip ? m_sip->callId() : QString();
}
QString Call::remoteNumber() const {
    return userOf(remoteUri());
}
QString Call::remoteName() const {
    if (!m_callerDisplay.isEmpty() || !m_callerUri.isEmpty())
        return m_callerDisplay.isEmpty() ? remoteNumber() : m_callerDisplay;
    const QString display = m_sip ? m_sip->remoteDisplayName() : QString();
    return display.isEmpty() ? remoteNumber() : display;
}
int Call::accountIndex() const {
    return m_sip && m_sip->account() ? m_sip->account()->index() : 1;
}
int Call::duration() const {
    return m_connectedAt.isValid() ? int(m_connectedAt.elapsed() / 1000) : 0;
}
bool Call::endedByRemote() const {
    return m_sip && m_sip->remoteHungUp();
}
const sip::SipCall *Call::sipCall() const {
    return m_sip.data();
}
sip::SipCall *Call::sipCall() {
    return m_sip.data();
}

CallInfo Call::info() const {
    CallInfo i = m_sip ? CallInfo::of(*m_sip) : CallInfo{};
    i.displayRemote = remoteName();
    i.remote = remoteUri();
    return i;
}

int Call::endStatus() const {
    return m_sip ? m_sip->endStatus() : 0;
}
QVariantMap Call::statistics() const {
    const media::MediaStats s = mediaStats();
    return {{QStringLiteral("codec"), s.codec},
            {QStringLiteral("bitrateKbps"), qRound(s.bitrateKbps)},
            {QStringLiteral("lossPercent"), qRound(s.lossPercent * 10) / 10.0},
            {QStringLiteral("remoteLossPercent"), qRound(s.remoteLossPercent * 10) / 10.0},
            {QStringLiteral("jitterMs"), qRound(s.jitterMs * 10) / 10.0},
            {QStringLiteral("jitterBufferMs"), s.jitterBufferMs},
            {QStringLiteral("roundTripMs"),
             s.haveRemoteReport ? QVariant(qRound(s.roundTripMs)) : QVariant()},
            {QStringLiteral("mos"), qRound(s.mos * 10) / 10.0}};
}

media::MediaStats Call::mediaStats() const {
    return m_media->stats();
}

void Call::setMuted(bool muted) {
    if (muted == m_muted)
        return;
    m_muted = muted;
    m_media->setMuted(muted);
    Q_EMIT mutedChanged();
}

void Call::start(const QString &localSdp) {
    if (m_sip)
        m_sip->invite(localSdp);
}

void Call::answer() {
    if (!m_sip || m_state != State::Incoming || !localSdpFactory)
        return;
    const QString sdp = localSdpFactory();
    // The caller starts sending when our 200 arrives; our NAT must expect it by then.
    if (m_behindNat) {
        QString why;
        if (auto md = sip::negotiateAudio(sdp, m_sip->remoteSdp(), &why)) {
            qCInfo(lcCall) << "opening the NAT toward" << md->remoteAddress << md->remotePort;
            m_media->openNatBinding(md->remoteAddress, md->remotePort);
        } else {
            qCWarning(lcCall) << "cannot open the NAT before answering:" << why;
        }
    }
    m_sip->answer(sdp);
}

void Call::reject(int status) {
    if (m_sip && m_state == State::Incoming) {
        m_rejectedLocally = true;
        m_sip->reject(status);
    }
}

void Call::hangup() {
    if (!m_sip || m_state == State::Ended)
        return;
    if (m_state == State::Calling || m_state == State::Ringing)
        m_cancelledLocally = true;
    else if (m_state == State::Incoming)
        m_rejectedLocally = true;
    m_sip->hangup();
}

void Call::onSipState() {
    using S = sip::SipCall::State;
    if (!m_sip)
        return;
    const State before = m_state;
    switch (m_sip->state()) {
    case S::Idle:
    case S::Calling:
        m_state = State::Calling;
        break;
    case S::Ringing:
        m_state = State::Ringing;
        break;
    case S::Incoming:
        m_state = State::Incoming;
        break;
    case S::Connecting:
        m_state = State::Connecting;
        break;
    case S::Active:
        m_state = State::Active;
        break;
    case S::Terminated:
        m_state = State::Ended;
        break;
    }
    if (m_state == before)
        return;
    if (m_state == State::Active && !m_answered) {
        m_answered = true;
        m_connectedAt.start();
        m_durationTick.start();
    }
    if (m_state == State::Ended) {
        m_durationTick.stop();
        m_media->stop();
        stopVideo();
        if (m_endReason.isEmpty() && m_sip->endStatus() >= 300)
            m_endReason = QStringLiteral("%1 %2").arg(m_sip->endStatus()).arg(m_sip->endPhrase());
    }
    Q_EMIT stateChanged();
    if (m_state == State::Active && before != State::Active)
        Q_EMIT established();
    if (m_state == State::Ended)
        Q_EMIT ended();
}

namespace {
// RFC 4733 §3.2 event codes.
int eventCode(QChar key) {
    const QString keys = QStringLiteral("0123456789*#ABCD");
    return int(keys.indexOf(key.toUpper()));
}
} // namespace

bool Call::sendDtmf(QChar key) {
    const int event = eventCode(key);
    if (!m_sip || m_state != State::Active || event < 0)
        return false;
    const bool rfc2833 = m_dtmf.offersTelephoneEvent() && m_telephoneEventPt >= 0;
    const bool inband = m_dtmf.type == DtmfSettings::InBand;
    if ((rfc2833 || inband) && m_media->startTelephoneEvent(event)) {
        // A press of about a tenth of a second; the end packet goes out three times (seed §"DTMF",
        // RFC 4733 §2.5.1.4: packet-redundancy=3).
        QTimer::singleShot(120, m_media, [media = m_media] { media->stopTelephoneEvent(); });
        return true;
    }
    if (m_dtmf.type == DtmfSettings::SipInfo || m_dtmf.type == DtmfSettings::AutoInfo) {
        switch (m_dtmf.infoType) {
        case 1: // application/dtmf-relay, as most servers expect
            m_sip->sendInfo(QStringLiteral("application/dtmf-relay"),
                            QStringLiteral("Signal=%1\r\nDuration=160\r\n").arg(key).toUtf8());
            return true;
        case 2:
            m_sip->sendInfo(QStringLiteral("application/dtmf"), QString(key).toUtf8());
            return true;
        case 3:
            m_sip->sendInfo(QStringLiteral("application/telephone-event"),
                            QByteArray::number(event));
            return true;
        default:
            break;
        }
    }
    qCWarning(lcCall) << "DTMF" << key << "not sent: no way negotiated (dtmf.type" << m_dtmf.type
                      << ", info_type" << m_dtmf.infoType << ")";
    return false;
}

void Call::finishTransfer(bool ok) {
    m_transferWait.stop();
    if (m_referringToConference) { // not a transfer: we stay with the focus
        Call *party = m_referredParty;
        m_referringToConference = false; // before the signal: it may refer the next party
        m_referredParty = nullptr;
        Q_EMIT conferencePartyReferred(party, ok);
        return;
    }
    Q_EMIT transferFinished(ok);
    if (ok) {
        hangup();
        // The transferee replaced us in the consultation; leave it too, should its far end
        // not end it first.
        if (m_consultation)
            m_consultation->hangup();
    }
    // A failed transfer leaves the call on hold, for the user to resume or end.
}

void Call::blindTransfer(const QString &targetUri) {
    if (!m_sip || m_state != State::Active)
        return;
    qCInfo(lcCall) << "blind transfer to" << targetUri;
    m_sip->refer(targetUri);
    Q_EMIT transferStarted(false);
}

void Call::attendedTransfer(Call *consultation) {
    if (!m_sip || !consultation || !consultation->m_sip || m_state != State::Active)
        return;
    qCInfo(lcCall) << "attended transfer to" << consultation->remoteUri();
    m_sip->referReplacing(*consultation->m_sip);
    m_consultation = consultation;
    Q_EMIT transferStarted(true);
}

void Call::referToConference(Call *party) {
    if (!m_sip || !party || !party->m_sip || m_state != State::Active)
        return;
    qCInfo(lcCall) << "asking the conference focus to bring in" << party->remoteUri();
    m_referredParty = party;
    m_referringToConference = true;
    m_sip->referReplacing(*party->m_sip);
}

void Call::hold() {
    if (!m_sip || m_state != State::Active || m_held)
        return;
    m_held = true;
    m_media->setDirection(false, false); // silence at once, before the peer answers
    if (m_video)
        m_video->setDirection(false, false);
    m_sip->hold(m_rfc2543Hold && localSdpFactory ? sip::rfc2543HoldSdp(localSdpFactory())
                                                 : QString());
    Q_EMIT heldChanged();
}

void Call::resume() {
    if (!m_sip || m_state != State::Active || !m_held)
        return;
    m_held = false;
    m_sip->resume(localSdpFactory ? localSdpFactory() : QString());
    Q_EMIT heldChanged();
}

void Call::useAudioDevices(const media::AudioDevices &devices) {
    m_devices = devices;
    QString error;
    if (!m_media->switchDevices(devices, &error))
        qCWarning(lcCall) << "cannot move the call's audio:" << error;
}

void Call::refreshTarget(const QString &contactUri) {
    if (m_sip && m_state == State::Active && localSdpFactory)
        m_sip->refreshTarget(localSdpFactory(), contactUri);
}

void Call::onMediaReady(const sip::MediaDescription &md) {
    QString insecure;
    if (!m_security.accepts(md, &insecure)) {
        qCWarning(lcCall) << insecure;
        m_endReason = insecure;
        hangup();
        return;
    }
    m_security.settle(md);
    if (md.srtp.isActive() != m_encrypted) {
        m_encrypted = md.srtp.isActive();
        Q_EMIT stateChanged();
    }
    media::StreamParams params;
    params.srtp = {md.srtp.suite, md.srtp.localKey, md.srtp.remoteKey};
    params.remoteAddress = md.remoteAddress;
    params.remotePort = md.remotePort;
    params.remoteRtcpPort = md.remoteRtcpPort;
    params.payloadType = md.payloadType;
    params.encoding = md.encoding;
    params.clockRate = md.clockRate;
    params.ptime = md.ptime;
    params.jitterBufferMs = m_jitterBufferMs;
    m_telephoneEventPt = m_dtmf.offersTelephoneEvent() ? md.telephoneEventPayloadType : -1;
    params.telephoneEventPayloadType = m_telephoneEventPt;
    params.inbandDtmf = m_dtmf.type == DtmfSettings::InBand;
    params.comfortNoisePayloadType = md.comfortNoisePayloadType;
    params.sendComfortNoise = m_sendComfortNoise;
    params.playComfortNoise = m_playComfortNoise;
    // The peer holds us when it will not receive (sendonly/inactive offer, or c=0.0.0.0).
    const bool remoteHeld = !m_held && !md.maySend();
    if (remoteHeld != m_remoteHeld) {
        m_remoteHeld = remoteHeld;
        Q_EMIT heldChanged();
    }
    // A re-INVITE that keeps address and codec only changes the direction.
    if (!m_media->isRunningFor(params)) {
        if (m_behindNat)
            m_media->openNatBinding(params.remoteAddress, params.remotePort, params.remoteRtcpPort);
        QString error;
        if (!m_media->start(params, m_devices, &error))
            qCWarning(lcCall) << "cannot start media:" << error;
    }
    m_media->setDirection(!m_held && md.maySend(), !m_held && md.mayReceive());
}

} // namespace vidi::app

namespace vidi::app {

bool Call::hasEarlyMedia() const {
    return m_sip && m_sip->hasEarlyMedia();
}

} // namespace vidi::app

namespace vidi::app {

void Call::attachVideo(media::VideoSession *video, const media::VideoDevices &camera,
                       int maxResolution) {
    m_video = video;
    m_maxResolution = maxResolution;
    m_video->setParent(this);
    m_camera = camera;
    connect(m_video, &media::VideoSession::failed, this,
            [](const QString &error) { qCWarning(lcCall) << "video failed:" << error; });
    new media::LipSync(m_media, m_video, this); // pictures shown with their sound
    connect(m_video, &media::VideoSession::keyFrameNeeded, this, &Call::askForKeyFrame);
}

void Call::askForKeyFrame() {
    // RFC 5168 §3: the XML schema of ITU-T H.323's video fast update, in a SIP INFO (the
    // VP530's way; what our own answer to it expects, SipStack's nua_i_info).
    static const QByteArray kPictureFastUpdate =
        "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\r\n"
        "<media_control><vc_primitive><to_encoder><picture_fast_update/></to_encoder>"
        "</vc_primitive></media_control>\r\n";
    if (!m_sip || m_state != State::Active || m_keyFramesRefused)
        return;
    qCInfo(lcCall) << "asking the far end for a key frame (SIP INFO picture_fast_update)";
    m_sip->sendInfo(kMediaControl, kPictureFastUpdate);
}

int Call::videoRtpPort() const {
    if (m_publicVideoPort > 0 && m_video)
        return m_publicVideoPort; // what the NAT maps it to (STUN)
    return m_video ? m_video->localRtpPort() : 0;
}

bool Call::hasVideo() const {
    return m_video && m_video->isRunning();
}

media::VideoStats Call::videoStats() const {
    return m_video ? m_video->stats() : media::VideoStats{};
}

void Call::setCameraStopped(bool stopped) {
    if (stopped == m_cameraStopped)
        return;
    m_cameraStopped = stopped;
    if (m_video)
        m_video->setCameraStopped(stopped);
    qCInfo(lcCall) << (stopped ? "near-site video stopped" : "near-site video resumed");
    Q_EMIT videoChanged();
}

void Call::setVideoSinks(QVideoSink *remote, QVideoSink *preview) {
    if (!m_video)
        return;
    m_video->setRemoteSink(remote);
    m_video->setPreviewSink(preview);
}

void Call::onVideoReady(const sip::MediaDescription &md) {
    if (!m_video)
        return;
    if (!m_security.accepts(md)) {
        qCWarning(lcCall) << "video without SRTP on an account that requires it: not started";
        stopVideo();
        return;
    }
    m_security.settle(md, MediaSecurity::Stream::Video);
    const VideoSendFormat format = videoSendFormat(md.encoding, md.fmtp, m_maxResolution);
    media::VideoParams params;
    params.remoteAddress = md.remoteAddress;
    params.remotePort = md.remotePort;
    params.remoteRtcpPort = md.remoteRtcpPort;
    params.payloadType = md.payloadType;
    params.encoding = md.encoding;
    params.size = format.size;
    params.bitrateKbps = format.bitrateKbps;
    params.singleNalUnits = format.singleNalUnits;
    params.srtp = {md.srtp.suite, md.srtp.localKey, md.srtp.remoteKey};
    const bool wasRunning = m_video->isRunning();
    if (!m_video->isRunningFor(params)) {
        if (m_behindNat)
            m_video->openNatBinding(params.remoteAddress, params.remotePort, params.remoteRtcpPort);
        QString error;
        if (!m_video->start(params, m_camera, &error))
            qCWarning(lcCall) << "cannot start video:" << error;
        m_video->setCameraStopped(m_cameraStopped);
    }
    m_video->setDirection(!m_held && md.maySend(), !m_held && md.mayReceive());
    if (wasRunning != m_video->isRunning())
        Q_EMIT videoChanged();
}

void Call::stopVideo() {
    if (!m_video || !m_video->isRunning())
        return;
    m_video->stop();
    Q_EMIT videoChanged();
}

} // namespace vidi::app
