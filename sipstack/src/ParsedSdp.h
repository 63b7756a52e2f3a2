#pragma once
#include <QByteArray>
#include <QString>

#include <sofia-sip/sdp.h>
#include <sofia-sip/su_alloc.h>

namespace vidi::sip {

// One SDP parsed by Sofia's sdp_parse, owned for as long as it is read.
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

    // The first stream of `type` that is not rejected (port 0).
    sdp_media_t *first(sdp_media_e type) const {
        for (sdp_media_t *m = session() ? session()->sdp_media : nullptr; m; m = m->m_next)
            if (m->m_type == type && !m->m_rejected && m->m_port != 0)
                return m;
        return nullptr;
    }
    sdp_media_t *firstAudio() const { return first(sdp_media_audio); }

private:
    su_home_t m_home[1] = {};
    QByteArray m_bytes;
    sdp_parser_t *m_parser = nullptr;
};

} // namespace vidi::sip
