#pragma once
#include "mediapipe/StreamParams.h"
#include <QObject>
#include <QSize>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QVideoSink;
QT_END_NAMESPACE

namespace vidi::media {

// One video stream as negotiated by SDP (seed 000 §"Video Features", digest §7.2).
struct VideoParams {
    QString remoteAddress;
    int remotePort = 0;     // RTP
    int remoteRtcpPort = 0; // the peer's a=rtcp (RFC 3605); 0: the next port
    int payloadType = 99;
    QString encoding = QStringLiteral("H264"); // "H264", "H263" (RFC 2190), "H263-1998", "MP4V-ES"
    QSize size{352, 288};                      // what we send: CIF unless the peer allows more
    int framerate = 30;
    int bitrateKbps = 384;
    // H.264 packetization-mode 0 (RFC 6184 §6.2, the seed's offer): single NAL units, so the
    // encoder cuts each picture into slices that each fit one packet.
    bool singleNalUnits = true;
    int jitterBufferMs = 80;
    SrtpParams srtp;
    bool operator==(const VideoParams &) const = default;
};

// The camera, as a GStreamer launch description from the platform (v4l2src on the phone, a
// test pattern on the desktop).
struct VideoDevices {
    QString camera = QStringLiteral("videotestsrc is-live=true pattern=ball");
};

struct VideoStats {
    QString codec;
    quint64 packetsSent = 0;
    quint64 packetsReceived = 0;
    quint64 framesDecoded = 0;
    quint64 framesShown = 0; // of those, handed to the screen
    QSize receivedSize;      // of the last decoded picture
    QSize sentSize;          // what our encoder makes
    double receivedFps = 0;
    bool sending = false; // our camera goes out (not stopped, not on hold)
    bool encrypted = false;
    int targetKbps = 0; // what the encoder aims at now (adapted to the far end's loss)
    // Lip sync (LipSync): the far end's pictures are shown with its sound, each held back
    // this long after it arrived, about (0: shown as soon as decoded).
    bool lipSynced = false;
    int heldForSoundMs = 0;
};

// A bidirectional video stream on its own rtpbin and RTP/RTCP socket pair: the camera encoded
// and sent (with a copy for the local preview), the far end's pictures decoded. Decoded
// pictures leave GStreamer through appsinks and reach QML as QVideoFrames on the sinks set
// here, delivered on the thread the session lives in, never blocking GStreamer's.
class VideoSession : public QObject {
    Q_OBJECT
public:
    explicit VideoSession(QObject *parent = nullptr);
    ~VideoSession() override;

    bool allocatePorts(const PortRange &range, QString *error = nullptr);
    int localRtpPort() const;
    // For a STUN query before start() (-1 before allocatePorts), and the empty datagrams that
    // open a NAT's mapping toward the peer (MediaSession has the same).
    int rtpSocketDescriptor() const;
    void openNatBinding(const QString &remoteAddress, int remotePort, int remoteRtcpPort = 0);
    int rtcpSocketDescriptor() const;
    void setDscp(int dscp);

    bool start(const VideoParams &params, const VideoDevices &devices, QString *error = nullptr);
    void stop();
    bool isRunning() const;
    bool isRunningFor(const VideoParams &params) const;

    // The negotiated direction (RFC 3264 §6.1).
    void setDirection(bool send, bool receive);
    // "Stop near-site video" (seed 000 §"Reading Icons"): the camera no longer goes out; the
    // call and the far end's picture go on. Back on, the next picture is a key frame.
    void setCameraStopped(bool stopped);
    bool isCameraStopped() const;

    // Where decoded pictures go: the far end's, and our camera's preview. Null: nowhere.
    void setRemoteSink(QVideoSink *sink);
    void setPreviewSink(QVideoSink *sink);

    VideoStats stats() const;

    // Lip sync (LipSync). When the far end's pictures would be shown if synchronised to the
    // pipeline's clock without offset, against the far end's clock: as
    // MediaSession::playoutDelayNs(), to compare with the sound's.
    std::optional<qint64> playoutDelayNs();
    // The video pipeline's latency at the last playoutDelayNs(): a picture is shown at once
    // when its offset is minus this, or less.
    qint64 pipelineLatencyNs() const;
    // Shows each picture `offsetNs` after that synchronised time, to meet its sound; none:
    // as soon as it is decoded (before the far end's clock is known, or no sound to meet).
    void setSoundOffsetNs(std::optional<qint64> offsetNs);
    std::optional<qint64> soundOffsetNs() const;
    // Asks our encoder for a key frame now (the far end lost its picture: RTCP PLI/FIR or
    // SIP INFO picture_fast_update).
    void sendKeyFrame();

Q_SIGNALS:
    void failed(const QString &error);
    // The far end's RTCP arrived (its sender reports time its stream: lip sync follows).
    void farEndReported();
    // The far end's pictures need a key frame (KeyFrameWatch): the one its packets depend on
    // never arrived, or packets were lost. Ask it for one (RFC 5168 SIP INFO
    // picture_fast_update); at most once a second.
    void keyFrameNeeded();

private:
    std::unique_ptr<class VideoSessionPrivate> d;
    friend class VideoSessionPrivate;
};

// The video encodings whose GStreamer elements are installed, in the seed's order.
QStringList installedVideoCodecs();

} // namespace vidi::media
