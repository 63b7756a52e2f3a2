#include "sipstack/MediaDescription.h"
#include "ParsedSdp.h"
#include "sipstack/Sdes.h"

#include <sofia-sip/sdp.h>
#include <sofia-sip/su_alloc.h>

namespace vidi::sip {

namespace {

// RFC 3605: "a=rtcp:<port> [IN IP4 <address>]" names the port the peer receives RTCP on, when
// it is not the one after RTP (a NAT may map them apart). The address form is not used here.
int rtcpPortOf(const sdp_media_t *media) {
    const sdp_attribute_t *a = sdp_attribute_find(media->m_attributes, "rtcp");
    if (!a || !a->a_value)
        return 0;
    const int port = QByteArray(a->a_value).trimmed().split(' ').value(0).toInt();
    return port > 0 && port < 65536 ? port : 0;
}

bool isSignallingOnly(const sdp_rtpmap_t *rm) {
    const QByteArray enc(rm->rm_encoding ? rm->rm_encoding : "");
    return enc.compare("telephone-event", Qt::CaseInsensitive) == 0 ||
           enc.compare("CN", Qt::CaseInsensitive) == 0;
}

const sdp_rtpmap_t *matching(const sdp_rtpmap_t *wanted, const sdp_rtpmap_t *list) {
    for (const sdp_rtpmap_t *rm = list; rm; rm = rm->rm_next)
        if (rm->rm_encoding && wanted->rm_encoding &&
            qstricmp(rm->rm_encoding, wanted->rm_encoding) == 0 && rm->rm_rate == wanted->rm_rate)
            return rm;
    return nullptr;
}

QString directionName(sdp_mode_t mode) {
    switch (mode) {
    case sdp_sendonly:
        return QStringLiteral("sendonly");
    case sdp_recvonly:
        return QStringLiteral("recvonly");
    case sdp_inactive:
        return QStringLiteral("inactive");
    default:
        return QStringLiteral("sendrecv");
    }
}

QList<SdesCrypto> cryptoOf(const sdp_media_t *m) {
    QList<SdesCrypto> lines;
    for (const sdp_attribute_t *a = m->m_attributes; a; a = a->a_next)
        if (a->a_name && qstricmp(a->a_name, "crypto") == 0 && a->a_value)
            if (auto c = SdesCrypto::parse(QString::fromUtf8(a->a_value)))
                lines << *c;
    return lines;
}

// RFC 4568 §5.1.2: the answer carries one of the offer's tags with the same suite; whichever
// side offered, the pair is the line both SDPs have.
SrtpKeys agreedKeys(const sdp_media_t *local, const sdp_media_t *remote) {
    const QList<SdesCrypto> ours = cryptoOf(local), theirs = cryptoOf(remote);
    for (const SdesCrypto &r : theirs)
        for (const SdesCrypto &l : ours)
            if (l.tag == r.tag && l.suite == r.suite)
                return {l.suite, l.key, r.key};
    return {};
}

} // namespace

namespace {

// The first payload of our (negotiated) stream of `type` that the peer's stream also lists,
// with the peer's address, port and payload number. Without such a pair: nullopt and the
// reason in *error.
std::optional<MediaDescription> negotiate(sdp_media_e type, const QString &localSdp,
                                          const QString &remoteSdp, QString *error) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::optional<MediaDescription>();
    };
    ParsedSdp local(localSdp), remote(remoteSdp);
    if (!local.session())
        return fail(QStringLiteral("local SDP: %1").arg(local.error()));
    if (!remote.session())
        return fail(QStringLiteral("remote SDP: %1").arg(remote.error()));
    const char *kind = type == sdp_media_audio ? "audio" : "video";
    sdp_media_t *lm = local.first(type);
    sdp_media_t *rmedia = remote.first(type);
    if (!lm || !rmedia)
        return fail(QStringLiteral("no active %1 stream in the SDP").arg(QLatin1String(kind)));

    const sdp_connection_t *c =
        rmedia->m_connections ? rmedia->m_connections : remote.session()->sdp_connection;
    if (!c || !c->c_address)
        return fail(QStringLiteral("remote SDP has no connection address"));

    for (const sdp_rtpmap_t *rm = lm->m_rtpmaps; rm; rm = rm->rm_next) {
        if (isSignallingOnly(rm))
            continue;
        const sdp_rtpmap_t *theirs = matching(rm, rmedia->m_rtpmaps);
        if (!theirs)
            continue;
        MediaDescription md;
        md.remoteAddress = QString::fromUtf8(c->c_address);
        md.remotePort = int(rmedia->m_port);
        md.payloadType = int(theirs->rm_pt);
        md.encoding = QString::fromUtf8(theirs->rm_encoding).toUpper();
        md.clockRate = int(theirs->rm_rate);
        md.fmtp = QString::fromUtf8(theirs->rm_fmtp ? theirs->rm_fmtp : "");
        if (sdp_attribute_t *a = sdp_attribute_find(rmedia->m_attributes, "ptime"))
            md.ptime = QByteArray(a->a_value).toInt();
        md.remoteRtcpPort = rtcpPortOf(rmedia);
        md.direction = directionName(sdp_mode_t(lm->m_mode));
        md.remoteOnHold = md.remoteAddress == QLatin1String("0.0.0.0");
        md.srtp = agreedKeys(lm, rmedia);
        // The auxiliary formats both sides list, at the peer's payload number.
        for (const sdp_rtpmap_t *aux = lm->m_rtpmaps; aux; aux = aux->rm_next) {
            const sdp_rtpmap_t *theirs =
                aux->rm_encoding ? matching(aux, rmedia->m_rtpmaps) : nullptr;
            if (!theirs)
                continue;
            if (qstricmp(aux->rm_encoding, "telephone-event") == 0)
                md.telephoneEventPayloadType = int(theirs->rm_pt);
            else if (qstricmp(aux->rm_encoding, "CN") == 0 && aux->rm_rate == 8000)
                md.comfortNoisePayloadType = int(theirs->rm_pt);
        }
        return md;
    }
    return fail(QStringLiteral("no %1 codec in common").arg(QLatin1String(kind)));
}

} // namespace

std::optional<MediaDescription> negotiateAudio(const QString &localSdp, const QString &remoteSdp,
                                               QString *error) {
    return negotiate(sdp_media_audio, localSdp, remoteSdp, error);
}

std::optional<MediaDescription> negotiateVideo(const QString &localSdp, const QString &remoteSdp) {
    return negotiate(sdp_media_video, localSdp, remoteSdp, nullptr);
}

} // namespace vidi::sip
