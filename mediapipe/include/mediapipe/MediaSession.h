#pragma once
#include "mediapipe/StreamParams.h"
#include <QObject>
#include <memory>
#include <optional>

namespace vidi::media {

// One bidirectional audio stream on GStreamer's rtpbin. Ports are bound first (so the SDP can
// carry them), then start() builds the pipeline; RTP is sent from the receiving socket
// (symmetric RTP), so a peer behind NAT can answer to where our packets come from.
class MediaSession : public QObject {
    Q_OBJECT
public:
    explicit MediaSession(QObject *parent = nullptr);
    ~MediaSession() override;

    bool allocatePorts(const PortRange &range, QString *error = nullptr);
    // The DSCP of the RTP and RTCP this session sends (network.qos.rtptos, seed §7.3).
    void setDscp(int dscp);
    int localRtpPort() const;
    // The RTP socket's descriptor, for a STUN query before start() (-1 before allocatePorts).
    int rtpSocketDescriptor() const;
    // RFC 6263 §4.1: an empty datagram from the RTP and RTCP sockets to the peer's media
    // address, so that a NAT in front of us maps them toward the peer before the peer's first
    // packet arrives (a NAT drops packets it has no mapping for, and may then map our own
    // stream to another port than the one STUN found).
    void openNatBinding(const QString &remoteAddress, int remotePort, int remoteRtcpPort = 0);
    int rtcpSocketDescriptor() const;

    bool start(const StreamParams &params, const AudioDevices &devices, QString *error = nullptr);
    // Microphone and speaker change (a conference bridge takes them over, or gives them back):
    // a running session starts again with the same stream on the new devices.
    bool switchDevices(const AudioDevices &devices, QString *error = nullptr);
    void stop();
    bool isRunning() const;

    void setMuted(bool muted);
    // The negotiated direction (RFC 3264 §6.1): on hold nothing is sent, and what is not to be
    // received is dropped.
    void setDirection(bool send, bool receive);
    bool isRunningFor(const StreamParams &params) const;

    // RFC 4733 (RFC 2833) key press: `event` 0-9, 10 '*', 11 '#', 12-15 A-D. Returns false
    // when no telephone-event payload was negotiated.
    bool startTelephoneEvent(int event);
    void stopTelephoneEvent();
    bool isMuted() const;
    MediaStats stats() const;
    // When the far end's sound is heard here against the far end's own clock (its RTCP
    // sender reports): CLOCK_MONOTONIC at playout minus the sender's NTP time at capture, of
    // a packet sampled since the last call (call at each far-end report). Empty before the
    // far end's first sender report. For lip sync (LipSync).
    std::optional<qint64> playoutDelayNs();

Q_SIGNALS:
    void failed(const QString &error);
    // The far end's RTCP arrived (its sender reports time its stream: lip sync follows).
    void farEndReported();
    // The far end pressed a key (RFC 4733 event 0-15: 0-9, 10 '*', 11 '#', 12-15 A-D).
    void telephoneEventReceived(int event);

private:
    void muteMicrophone(bool mute);
    std::unique_ptr<class MediaSessionPrivate> d;
};

} // namespace vidi::media
