#pragma once
#include <QByteArray>
#include <QString>

namespace vidi::media {

// The RTP port range of network.port.min_rtpport / max_rtpport.
struct PortRange {
    int min = 11780;
    int max = 12780;
};

// SRTP (RFC 3711) for one stream: the suite agreed by SDES and the two master keys (key||salt).
struct SrtpParams {
    QString suite; // RFC 4568 name, "AES_CM_128_HMAC_SHA1_80"; empty: plain RTP
    QByteArray sendKey;
    QByteArray receiveKey;
    bool isActive() const { return !suite.isEmpty(); }
    bool operator==(const SrtpParams &) const = default;
};

// Where and how to send and receive one audio stream, as negotiated by SDP.
struct StreamParams {
    QString remoteAddress;
    int remotePort = 0;     // RTP
    int remoteRtcpPort = 0; // the peer's a=rtcp (RFC 3605); 0: remotePort + 1 (RFC 3550 §11)
    int payloadType = 0;
    QString encoding; // "PCMU", "PCMA"
    int clockRate = 8000;
    int ptime = 20; // milliseconds per packet
    // How long the jitter buffer holds a packet (its floor when adaptive): set explicitly,
    // never GStreamer's 200 ms default.
    int jitterBufferMs = 40;
    // RFC 4733 events on the wire, -1: none negotiated.
    int telephoneEventPayloadType = -1;
    // DTMF as tones in the audio (account.x.dtmf.type 0, in-band): a tone generator mixed
    // into what the microphone sends.
    bool inbandDtmf = false;
    // RFC 3389 comfort noise (CN/8000), -1: not negotiated. With it, silence is sent as CN
    // packets when `sendComfortNoise` (voice.vad), and the far end's CN is played as noise
    // at its level when `playComfortNoise` (voice.cng).
    int comfortNoisePayloadType = -1;
    bool sendComfortNoise = false;
    bool playComfortNoise = true;
    SrtpParams srtp;
};

// Microphone and speaker as GStreamer launch descriptions, supplied by the platform layer.
struct AudioDevices {
    QString source = QStringLiteral("audiotestsrc is-live=true wave=sine freq=1000");
    QString sink = QStringLiteral("fakesink sync=false");
    // Hands-free on a device whose loudspeaker the microphone hears: cancel the echo
    // (EchoCanceller), with noise suppression and gain control.
    bool echoCancellation = false;
    // A conference leg's (ConferenceBridge::legDevices): the sink hands the sound to the
    // bridge through this channel, and the bridge plays it (lip sync asks it when). Empty: the
    // sink is the loudspeaker itself.
    QString bridgeChannel;
};

struct MediaStats {
    quint64 packetsSent = 0;
    quint64 packetsReceived = 0;
    QString codec;
    bool encrypted = false; // SRTP
    // Packets the SRTP layer threw away (authentication failed: a wrong key, or forged).
    quint64 packetsRejected = 0;
    // RFC 3389 CN packets sent for our silence and received for the far end's.
    quint64 comfortNoiseSent = 0;
    quint64 comfortNoiseReceived = 0;
    // RTCP (RFC 3550 §6.4): what we receive …
    quint64 packetsLost = 0;
    double lossPercent = 0;
    double jitterMs = 0;
    int jitterBufferMs = 0; // what the adaptive jitter buffer holds now
    // Its changes of size, and those made without waiting for a pause of the far end.
    int jitterBufferResizes = 0;
    int jitterBufferResizesMidSound = 0;
    double bitrateKbps = 0;
    quint32 remoteSsrc = 0; // the far end's stream (0 before its first packet)
    // … and how our stream arrives at the far end (its receiver reports).
    bool haveRemoteReport = false;
    double remoteLossPercent = 0;
    quint32 remoteReportSeq = 0; // the highest sequence number the far end's report covers
    double roundTripMs = 0;
    // ITU-T G.107 E-model estimate (1 … 4.5) from the worse direction's loss and the delay.
    double mos = 0;
};

} // namespace vidi::media
