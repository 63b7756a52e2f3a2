#include "calls/AudioCodecs.h"
#include "config/ConfigStore.h"

#include <algorithm>

namespace vidi::app {

namespace {
constexpr int kRows = 13;     // account.x.codec.y (seed §7.1)
constexpr int kVideoRows = 4; // account.x.video_codec.y (seed §7.2; row 4 is H.263+)

// The seed's payload_type names and what goes into the SDP for them. G.722's RTP clock is
// 8000 although it samples at 16 kHz (RFC 3551 §4.5.2); the seed offers G.729 without annex B.
std::optional<sip::PayloadFormat> formatOf(const QString &name, int payloadType) {
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("PCMU") || n == QLatin1String("PCMA") || n == QLatin1String("G722"))
        return sip::PayloadFormat{payloadType, n, 8000, {}};
    if (n == QLatin1String("G729"))
        return sip::PayloadFormat{payloadType, QStringLiteral("G729"), 8000,
                                  QStringLiteral("annexb=no")};
    if (n.startsWith(QLatin1String("G723")))
        return sip::PayloadFormat{payloadType, QStringLiteral("G723"), 8000, {}};
    return std::nullopt;
}
// Seed digest §7.2: the video codecs' offer lines with the seed's fmtp.
std::optional<sip::PayloadFormat> videoFormatOf(const QString &name, int payloadType) {
    const QList<sip::PayloadFormat> f = sip::seedVideoFormat(name.trimmed(), payloadType);
    return f.isEmpty() ? std::nullopt : std::optional(f.first());
}

// One codec table (`table`: "codec" or "video_codec", `rows` rows), as described in the
// header: enabled, installed, by priority, each payload type once.
QList<sip::PayloadFormat>
tableFormats(const ConfigStore &config, int account, const char *table, int rows,
             std::optional<sip::PayloadFormat> (*formatOf)(const QString &, int),
             const QStringList &installed) {
    struct Row {
        int priority, index;
        sip::PayloadFormat format;
    };
    QList<Row> enabled;
    for (int y = 1; y <= rows; ++y) {
        const QString base =
            QStringLiteral("account.%1.%2.%3.").arg(account).arg(QLatin1String(table)).arg(y);
        if (!config.boolValue(base + "enable"))
            continue;
        const auto format =
            formatOf(config.value(base + "payload_type"), config.intValue(base + "rtpmap"));
        if (!format || !installed.contains(format->encoding, Qt::CaseInsensitive))
            continue;
        const int priority = config.intValue(base + "priority");
        enabled << Row{priority > 0 ? priority : 1000, y, *format};
    }
    std::stable_sort(enabled.begin(), enabled.end(), [](const Row &a, const Row &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.index < b.index;
    });
    QList<sip::PayloadFormat> formats;
    QList<int> used;
    for (const Row &r : enabled) {
        if (used.contains(r.format.payloadType))
            continue;
        used << r.format.payloadType;
        formats << r.format;
    }
    return formats;
}

} // namespace

QList<sip::PayloadFormat> offeredAudioFormats(const ConfigStore &config, int account,
                                              const QStringList &installed) {
    return tableFormats(config, account, "codec", kRows, &formatOf, installed);
}

QList<sip::PayloadFormat> offeredVideoFormats(const ConfigStore &config, int account,
                                              const QStringList &installed) {
    return tableFormats(config, account, "video_codec", kVideoRows, &videoFormatOf, installed);
}

} // namespace vidi::app
