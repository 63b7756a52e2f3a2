#pragma once
#include <QString>
#include <optional>

namespace vidi::sip {

// SRTP keys agreed by SDES (RFC 4568): the line whose tag both SDPs carry with one suite.
// Each side sends with the key of its own SDP (§6.1).
struct SrtpKeys {
    QString suite; // empty: plain RTP
    QByteArray localKey;
    QByteArray remoteKey;
    bool isActive() const { return !suite.isEmpty(); }
};

// The outcome of an SDP offer/answer for one stream (audio or video): everything the media engine
// needs.
struct MediaDescription {
    QString remoteAddress;
    int remotePort = 0;
    int remoteRtcpPort = 0; // a=rtcp (RFC 3605): where the peer wants RTCP; 0: remotePort + 1
    int payloadType = -1;
    QString encoding;
    int clockRate = 8000;
    int ptime = 20;
    QString fmtp; // the peer's format parameters of the chosen payload (video: its limits)
    QString direction = QStringLiteral("sendrecv"); // ours, from the negotiated local SDP
    bool remoteOnHold = false;          // the peer's connection address is 0.0.0.0 (RFC 2543 hold)
    int telephoneEventPayloadType = -1; // RFC 4733 events both sides offered, or -1
    int comfortNoisePayloadType = -1;   // RFC 3389 CN/8000 both sides offered, or -1
    SrtpKeys srtp;
    bool mayReceive() const { return direction == u"sendrecv" || direction == u"recvonly"; }
    bool maySend() const {
        return !remoteOnHold && (direction == u"sendrecv" || direction == u"sendonly");
    }
    bool isValid() const { return remotePort > 0 && payloadType >= 0 && !remoteAddress.isEmpty(); }
};

// Parses the negotiated local SDP and the remote SDP (with Sofia's sdp_parse) and returns the
// first audio payload both list. Returns nullopt and sets *error when either does not parse or
// has no usable audio stream.
std::optional<MediaDescription> negotiateAudio(const QString &localSdp, const QString &remoteSdp,
                                               QString *error = nullptr);
// The same for video; nullopt when either side has no active video stream (an audio-only
// peer, or `m=video 0` in the answer) or no codec in common.
std::optional<MediaDescription> negotiateVideo(const QString &localSdp, const QString &remoteSdp);

} // namespace vidi::sip
