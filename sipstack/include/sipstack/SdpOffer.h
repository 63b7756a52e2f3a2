#pragma once
#include "sipstack/Sdes.h"
#include <QList>
#include <QString>

namespace vidi::sip {

// An RTP payload we are able to send and receive.
struct PayloadFormat {
    int payloadType = 0;
    QString encoding; // "PCMU"
    int clockRate = 8000;
    QString fmtp; // without "a=fmtp:<pt> "
};

// What the local side offers (or accepts) for one call. The app fills it from configuration
// and the media session's allocated port; buildSdp() turns it into RFC 4566 text.
struct SdpOffer {
    QString address; // connection address, IPv4
    quint64 sessionId = 0;
    quint64 sessionVersion = 0;
    int audioPort = 0;
    // RFC 3605 a=rtcp: where RTCP is to be sent when that is not the port after RTP (a NAT
    // mapped the two sockets apart); 0: no attribute.
    int audioRtcpPort = 0;
    int videoRtcpPort = 0;
    QList<PayloadFormat> audioFormats;
    int ptime = 20; // account.x.ptime; 0 = no a=ptime
    QString direction = QStringLiteral("sendrecv");
    // RFC 4568: RTP/SAVP when SRTP is required, RTP/AVP with a=crypto lines when it is only
    // offered (best effort: a peer without SRTP ignores the attribute).
    QString profile = QStringLiteral("RTP/AVP");
    QList<SdesCrypto> crypto;
    // Video (seed digest §7.2), after the audio: no m=video line when videoPort is 0. It
    // shares the profile and direction; its keys are its own (RFC 4568 §6.1: per stream).
    int videoPort = 0;
    QList<PayloadFormat> videoFormats;
    QList<SdesCrypto> videoCrypto;
};

QString buildSdp(const SdpOffer &offer);
// The hold offer of RFC 2543 §B.5 (`sip.rfc2543_hold` = 1, seed 000 §"Call Hold"): `sdp`
// with every connection address 0.0.0.0, on each stream, and no direction attributes.
QString rfc2543HoldSdp(const QString &sdp);

// The G.711 pair every account offers in the foundation (seed payload types 0 and 8).
QList<PayloadFormat> g711Formats();
// The seed's offer line of one video codec ("H264", "H263", "MP4V-ES") with its fmtp (seed 000
// §"SRTP" sample, digest §7.2); empty for another encoding.
QList<PayloadFormat> seedVideoFormat(const QString &encoding, int payloadType);
// RFC 4733 telephone-event on `payloadType` (account.x.dtmf.dtmf_payload, 101), events 0-15.
PayloadFormat telephoneEvent(int payloadType);
// RFC 3389 comfort noise at its static payload type 13 (RFC 3551).
PayloadFormat comfortNoise();

} // namespace vidi::sip
