#include "RtcpStats.h"

#include <algorithm>

namespace vidi::media {

namespace {
unsigned uintField(const GstStructure *s, const char *name) {
    guint value = 0;
    gst_structure_get_uint(s, name, &value);
    return value;
}
int intField(const GstStructure *s, const char *name) {
    gint value = 0;
    gst_structure_get_int(s, name, &value);
    return value;
}
quint64 countField(const GstStructure *s, const char *name) {
    guint64 wide = 0;
    if (gst_structure_get_uint64(s, name, &wide))
        return wide;
    return uintField(s, name);
}
bool boolField(const GstStructure *s, const char *name) {
    gboolean value = FALSE;
    gst_structure_get_boolean(s, name, &value);
    return value;
}
} // namespace

void forEachSource(GstElement *rtpbin, const std::function<void(const GstStructure *)> &visit) {
    GObject *session = nullptr;
    g_signal_emit_by_name(rtpbin, "get-internal-session", 0u, &session);
    if (!session)
        return;
    GstStructure *all = nullptr;
    g_object_get(session, "stats", &all, nullptr);
    g_object_unref(session);
    if (!all)
        return;
    const GValue *sources = gst_structure_get_value(all, "source-stats");
    G_GNUC_BEGIN_IGNORE_DEPRECATIONS // rtpsession hands out a GValueArray
        GValueArray *array =
            sources ? static_cast<GValueArray *>(g_value_get_boxed(sources)) : nullptr;
    for (guint i = 0; array && i < array->n_values; ++i)
        visit(gst_value_get_structure(g_value_array_get_nth(array, i)));
    G_GNUC_END_IGNORE_DEPRECATIONS
    gst_structure_free(all);
}

void readRtcpStats(GstElement *rtpbin, MediaStats *stats) {
    forEachSource(rtpbin, [stats](const GstStructure *s) {
        const unsigned clockRate = std::max(1u, unsigned(std::max(0, intField(s, "clock-rate"))));
        if (boolField(s, "internal"))
            return; // ours: what we send is counted elsewhere
        if (boolField(s, "is-sender")) {
            // The far end's stream as we receive it.
            const quint64 received = countField(s, "packets-received");
            const int lost = std::max(0, intField(s, "packets-lost"));
            stats->packetsLost = quint64(lost);
            stats->lossPercent = received + lost ? 100.0 * lost / double(received + lost) : 0.0;
            stats->jitterMs = 1000.0 * uintField(s, "jitter") / clockRate;
            stats->bitrateKbps = double(countField(s, "bitrate")) / 1000.0;
            stats->remoteSsrc = uintField(s, "ssrc");
        }
        // rtpsession files a report block about our stream under the source that sent it.
        if (boolField(s, "have-rb")) {
            stats->remoteLossPercent = 100.0 * uintField(s, "rb-fractionlost") / 256.0;
            stats->remoteReportSeq = uintField(s, "rb-exthighestseq");
            stats->roundTripMs = 1000.0 * uintField(s, "rb-round-trip") / 65536.0;
            stats->haveRemoteReport = true;
        }
    });
}

double rFactor(double lossPercent, double oneWayDelayMs) {
    // G.107: R = Ro - Is - Id - Ie,eff + A with the default Ro - Is = 93.2 and A = 0.
    const double d = std::max(0.0, oneWayDelayMs);
    const double id = 0.024 * d + (d > 177.3 ? 0.11 * (d - 177.3) : 0.0); // delay impairment
    const double ie = 0.0, bpl = 25.1; // G.711 with packet loss concealment (G.113 App. I)
    const double ppl = std::clamp(lossPercent, 0.0, 100.0);
    const double ieEff = ie + (95.0 - ie) * ppl / (ppl + bpl);
    return std::clamp(93.2 - id - ieEff, 0.0, 100.0);
}

double estimateMos(double lossPercent, double oneWayDelayMs) {
    const double r = rFactor(lossPercent, oneWayDelayMs);
    return 1.0 + 0.035 * r + r * (r - 60.0) * (100.0 - r) * 7e-6;
}

} // namespace vidi::media
