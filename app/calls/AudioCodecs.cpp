#include "calls/AudioCodecs.h"
#include "config/ConfigStore.h"

#include <algorithm>

namespace vidi::app {

namespace {
constexpr int kRows = 13;

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
} // namespace

QList<sip::PayloadFormat> offeredAudioFormats(const ConfigStore &config, int account,
                                              const QStringList &installed) {
    struct Row {
        int priority, index;
        sip::PayloadFormat format;
    };
    QList<Row> rows;
    for (int y = 1; y <= kRows; ++y) {
        const QString base = QStringLiteral("account.%1.codec.%2.").arg(account).arg(y);
        if (!config.boolValue(base + "enable"))
            continue;
        const auto format =
            formatOf(config.value(base + "payload_type"), config.intValue(base + "rtpmap"));
        if (!format || !installed.contains(format->encoding))
            continue;
        const int priority = config.intValue(base + "priority");
        rows << Row{priority > 0 ? priority : 1000, y, *format};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.index < b.index;
    });
    QList<sip::PayloadFormat> formats;
    QList<int> used;
    for (const Row &r : rows) {
        if (used.contains(r.format.payloadType))
            continue;
        used << r.format.payloadType;
        formats << r.format;
    }
    return formats;
}

} // namespace vidi::app
