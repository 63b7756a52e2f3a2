#include "sipstack/MediaDescription.h"

#include <sofia-sip/sdp.h>
#include <sofia-sip/su_alloc.h>

namespace vidi::sip {

namespace {

// Owns one parsed SDP for the duration of a negotiation.
class ParsedSdp {
public:
    explicit ParsedSdp(const QString &text) {
        su_home_init(m_home);
        m_bytes = text.toUtf8();
        m_parser = sdp_parse(m_home, m_bytes.constData(), m_bytes.size(), 0);
    }
    ~ParsedSdp() {
        sdp_parser_free(m_parser);
        su_home_deinit(m_home);
    }
    ParsedSdp(const ParsedSdp &) = delete;
    ParsedSdp &operator=(const ParsedSdp &) = delete;

    sdp_session_t *session() const { return sdp_session(m_parser); }
    QString error() const { return QString::fromUtf8(sdp_parsing_error(m_parser)); }

    sdp_media_t *firstAudio() const {
        for (sdp_media_t *m = session() ? session()->sdp_media : nullptr; m; m = m->m_next)
            if (m->m_type == sdp_media_audio && !m->m_rejected && m->m_port != 0)
                return m;
        return nullptr;
    }

private:
    su_home_t m_home[1] = {};
    QByteArray m_bytes;
    sdp_parser_t *m_parser = nullptr;
};

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

} // namespace

std::optional<MediaDescription> negotiateAudio(const QString &localSdp, const QString &remoteSdp,
                                               QString *error) {
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
    sdp_media_t *lm = local.firstAudio();
    sdp_media_t *rmedia = remote.firstAudio();
    if (!lm || !rmedia)
        return fail(QStringLiteral("no active audio stream in the SDP"));

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
        if (sdp_attribute_t *a = sdp_attribute_find(rmedia->m_attributes, "ptime"))
            md.ptime = QByteArray(a->a_value).toInt();
        md.direction = directionName(sdp_mode_t(lm->m_mode));
        md.remoteOnHold = md.remoteAddress == QLatin1String("0.0.0.0");
        for (const sdp_rtpmap_t *ev = lm->m_rtpmaps; ev; ev = ev->rm_next) {
            if (!ev->rm_encoding || qstricmp(ev->rm_encoding, "telephone-event") != 0)
                continue;
            if (const sdp_rtpmap_t *theirEvents = matching(ev, rmedia->m_rtpmaps))
                md.telephoneEventPayloadType = int(theirEvents->rm_pt);
        }
        return md;
    }
    return fail(QStringLiteral("no audio codec in common"));
}

} // namespace vidi::sip
