#include "config/ParamRegistry.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>
#include <tuple>

namespace vidi::app {

namespace {
using T = ParamSpec::Type;
constexpr int kAccounts = 4;

ParamSpec boolKey(const QString &p, bool def) {
    return {p, T::Bool, def ? "1" : "0"};
}
ParamSpec intKey(const QString &p, int def, int min, int max) {
    return {p, T::Int, QString::number(def), min, max};
}
ParamSpec strKey(const QString &p, const QString &def = {}) {
    return {p, T::String, def};
}

// Splits "account.2.codec.3.enable" into the pattern "account.x.codec.x.enable" and [2, 3].
QString patternOf(const QString &name, QList<int> *indices) {
    QStringList parts = name.split(QLatin1Char('.'));
    for (QString &part : parts) {
        bool isNumber = false;
        const int n = part.toInt(&isNumber);
        if (isNumber && !part.isEmpty() && part.at(0).isDigit()) {
            indices->append(n);
            part = QStringLiteral("x");
        }
    }
    return parts.join(QLatin1Char('.'));
}
} // namespace

const ParamRegistry &ParamRegistry::instance() {
    static const ParamRegistry registry;
    return registry;
}

ParamRegistry::ParamRegistry() {
    addAccountKeys();
    addActionUrlKeys();
    addDssKeys();
    // SIP listening port: a GAP in the seed, named as in later Yealink firmware.
    add({"sip.listen_port", T::Int, "5060", 1, 65535, {}, true});
    // SIP over TLS (seed §10): its listening port (GAP; later Yealink firmware's name), the
    // certificates (downloaded at provisioning) and "Only Accept Trusted Certificates".
    add({"sip.tls_listen_port", T::Int, "5061", 1, 65535, {}, true});
    add({"trusted_certificates.url", T::Url, "", 0, 0, {}, false, 1023});
    // Seed §9.6: the local contact file (<root_group>, <root_contact>) to import.
    add({"local_contact.data.url", T::Url, "", 0, 0, {}, false, 1023});
    add({"server_certificates.url", T::Url, "", 0, 0, {}, false, 1023});
    add({"security.trust_certificates", T::Bool, "1", 0, 1, {}, true});
    // Web server (seed §"Web Server Type"): reboot required.
    add({"network.port.http", T::Int, "80", 1, 65535, {}, true});
    add({"network.port.https", T::Int, "443", 1, 65535, {}, true});
    // Seed §7.3 QoS: DSCP of voice (EF) and of SIP (AF31); reboot required.
    add({"network.qos.rtptos", T::Int, "46", 0, 63, {}, true});
    // Seed 001 "VAD" / "CNG": silence sent as RFC 3389 comfort noise (CN is offered only
    // then), and the far end's comfort noise played.
    add(boolKey("voice.vad", false));
    add(boolKey("voice.cng", true));
    add({"network.qos.signaltos", T::Int, "26", 0, 63, {}, true});
    // Ours (a seed GAP: the guide gives no resolution setting): the largest picture we send,
    // 0 CIF, 1 VGA, 2 720p; the peer's H.264 level may allow less.
    add(intKey("video.max_resolution", 2, 0, 2));
    addDeviceKeys();
    // RTP port range (family names; the seed's SDP sample starts at 11780).
    add(intKey("network.port.min_rtpport", 11780, 1024, 65535));
    add(intKey("network.port.max_rtpport", 12780, 1024, 65535));
    // Action URI (seed §"Action URI"): blank refuses everyone.
    add({"features.action_uri_limit_ip", T::IpList, ""});
    add(intKey("features.pound_key.mode", 1, 0, 2));
    add(intKey("features.normal_refuse_code", 486, 400, 699));
    add(boolKey("features.save_call_history", true));
    // DND (seed 000 §"DND"): the refuse code and the feature codes sent to the server on a
    // toggle. The on/off state itself is a GAP of the seed: features.dnd.enable is the name
    // later Yealink firmware (fw72) gives it.
    add(boolKey("features.dnd.enable", false));
    add(intKey("features.dnd_refuse_code", 480, 400, 699));
    add(strKey("features.dnd.on_code"));
    add(strKey("features.dnd.off_code"));
    // Call forward (seed 000 §"Call Forward": 302 with the target in Contact; no keys in the
    // seed, the family's names from seed-vp530.md §14). The no-answer timeout counts rings of
    // 6 seconds, as the family's templates do.
    for (const char *kind : {"always", "busy", "no_answer"}) {
        const QString base = QStringLiteral("forward.%1.").arg(QLatin1String(kind));
        add(boolKey(base + "enable", false));
        add(strKey(base + "target"));
        add(strKey(base + "on_code"));
        add(strKey(base + "off_code"));
    }
    add(intKey("forward.no_answer.timeout", 2, 0, 20));
    addDialPlanKeys();
    // Seed 000 §"Hotline" and §"Live Dialpad" (the inter-digit time has no key in the seed:
    // phone_setting.inter_digit_time is the family's name).
    add(strKey("features.hotline_number"));
    add(intKey("features.hotline_delay", 2, 0, 10));
    add(boolKey("phone_setting.predial_autodial", false));
    add(intKey("phone_setting.inter_digit_time", 4, 1, 14));
    // Seed 000 §"Intercom".
    add(boolKey("features.intercom.allow", true));
    add(boolKey("features.intercom.mute", false));
    add(boolKey("features.intercom.tone", true));
    add(boolKey("features.intercom.barge", false));
    // Seed 000 §"Auto Redial": redial a busy callee every interval seconds, so many times.
    add(boolKey("auto_redial.enable", false));
    add(intKey("auto_redial.interval", 10, 1, 300));
    add(intKey("auto_redial.times", 10, 1, 300));
    // Seed §6.3: in-dialog requests also go through the outbound proxy.
    add(boolKey("sip.use_out_bound_in_dialog", true));
    // Seed §5.8: seconds of busy tone after the far end hangs up (0, 3 or 5).
    add(intKey("features.busy_tone_delay", 0, 0, 5));
    // Seed §5.11: offer call completion after a busy or unanswered call.
    add(boolKey("features.call_completion_enable", false));
    // Seed 000 §"Call Transfer".
    add(boolKey("transfer.blind_tran_on_hook_enable", true));
    // Seed §5.5: when the initiator of a local conference hangs up, the other two stay
    // connected (an attended transfer of one to the other).
    add(boolKey("transfer.tran_others_after_conf_enable", false));
    // Seed 000 §"Call Hold": 1 = hold with c=0.0.0.0 (RFC 2543), 0 = a=sendonly (RFC 3264).
    add(boolKey("sip.rfc2543_hold", false));
    // Seed 000 §"Call Waiting".
    add(boolKey("call_waiting.enable", true));
    add(boolKey("call_waiting.tone", true));
    add(strKey("lang.gui", "English"));
    // Passwords: set through security.user_password = <user>:<password> (seed 000 §9.2), which
    // ConfigStore maps onto these two.
    add({"security.password.admin", T::String, "admin", 0, 0, {}, false, 32});
    add({"security.password.user", T::String, "user", 0, 0, {}, false, 32});
    add(intKey("local_time.date_format", 0, 0, 6));
    add(boolKey("local_time.time_format", true)); // 1 = 24 hour
}

void ParamRegistry::addAccountKeys() {
    // Seed 000 §"Account" (all in the MAC-oriented file).
    const QList<ParamSpec> keys = {
        boolKey("account.x.enable", false),
        strKey("account.x.label"),
        strKey("account.x.display_name"),
        strKey("account.x.auth_name"),
        strKey("account.x.user_name"),
        strKey("account.x.password"),
        strKey("account.x.sip_server_host"),
        intKey("account.x.sip_server_port", 5060, 1, 65535),
        boolKey("account.x.outbound_proxy_enable", false),
        strKey("account.x.outbound_host"),
        intKey("account.x.outbound_port", 5060, 1, 65535),
        intKey("account.x.transport", 0, 0, 3),
        boolKey("account.x.missed_calllog", true),
        boolKey("account.x.auto_answer", false),
        // Seed 000 §"DTMF": 0 in-band, 1 RFC 2833, 2 SIP INFO, 3 AUTO + SIP INFO; the INFO
        // body: 0 disabled, 1 DTMF-Relay, 2 DTMF, 3 telephone-event.
        intKey("account.x.dtmf.type", 1, 0, 3),
        intKey("account.x.dtmf.dtmf_payload", 101, 96, 127),
        intKey("account.x.dtmf.info_type", 0, 0, 3),
        // Seed 000 §"SIP Session Timer" (RFC 3261 §17 timers T1, T2, T4, in seconds).
        {"account.x.advanced.timer_t1", T::Number, "0.5", 0, 10},
        {"account.x.advanced.timer_t2", T::Number, "4", 1, 40},
        {"account.x.advanced.timer_t4", T::Number, "5", 1, 40},
        // Seed 000 §"Session Timer" (RFC 4028): 0 UAC refreshes, 1 UAS.
        boolKey("account.x.session_timer.enable", false),
        intKey("account.x.session_timer.expires", 1800, 1, 7200),
        intKey("account.x.session_timer.refresher", 0, 0, 1),
        // Seed 000 §"CLIP": which header names the caller (0 From … 5 RPID-From).
        intKey("account.x.cid_source", 0, 0, 5),
        // Seed 000 §"MWI" (RFC 3842).
        boolKey("account.x.subscribe_mwi", false),
        intKey("account.x.subscribe_mwi_expires", 3600, 0, 84600),
        // NAT keep-alive (seed §14 family names): an OPTIONS to the registrar every
        // udp_update_time seconds.
        boolKey("account.x.nat.udp_update_enable", true),
        intKey("account.x.nat.udp_update_time", 30, 1, 3600),
        // Seed 000 §"NAT Traversal": STUN (RFC 5389) finds the public address and port of
        // each call's RTP socket for the SDP.
        boolKey("account.x.nat.nat_traversal", false),
        // Seed §5.5: 0 local conference (the phone mixes), 2 network conference (RFC 4579 on
        // the server whose factory URI is conf_uri).
        intKey("account.x.conf_type", 0, 0, 2),
        strKey("account.x.conf_uri"),
        strKey("account.x.nat.stun_server"),
        intKey("account.x.nat.stun_port", 3478, 1, 65535),
        // Seed 000 §"Anonymous Call" (per account).
        boolKey("account.x.anonymous_call", false),
        strKey("account.x.anonymous_call_oncode"),
        strKey("account.x.anonymous_call_offcode"),
        boolKey("account.x.reject_anonymous_call", false),
        // Seed §5.18: 0 Disabled, 1 BroadSoft SCA, 2 BLA (not supported: as 0).
        intKey("account.x.shared_line", 0, 0, 2),
        strKey("account.x.anonymous_reject_oncode"),
        strKey("account.x.anonymous_reject_offcode"),
        // GAPs of the seed, with the family's names.
        intKey("account.x.expires", 3600, 30, 7200),
        intKey("account.x.reg_fail_retry_interval", 30, 1, 1800),
    };
    // The voice mail number of each account (seed §14 family name), dialled by the
    // Voicemail DSS key.
    // Seed §7.1: the audio codec table of each account (y 1..13, defaults per row) and ptime.
    {
        const QStringList names = {"PCMU",    "PCMA",      "G723_53",  "G723_63", "G729",
                                   "G722",    "iLBC",      "G726_16",  "G726_24", "G726_32",
                                   "G726_40", "iLBC_13_3", "iLBC_15_2"};
        const QStringList enabled = {"1", "1", "0", "0", "1", "1", "0",
                                     "0", "0", "0", "0", "0", "0"};
        const QStringList priority = {"1", "2", "4", "0", "3", "4", "0",
                                      "0", "0", "0", "0", "0", "0"};
        const QStringList rtpmap = {"0",   "8",   "4", "4",   "18", "9", "102",
                                    "112", "102", "2", "104", "97", "97"};
        addCodecTable("codec", {names, enabled, priority, rtpmap});
        ParamSpec ptime = intKey("account.x.ptime", 20, 0, 60);
        ptime.indexMax = {kAccounts};
        add(ptime);
        // Seed digest §7.2: the video codec table (y 1..3), all enabled by default. Row 4 is
        // ours: H.263+ (RFC 4629, "H263-1998"), off by default so that the offer stays the
        // seed's; an administrator turns it on for peers that offer only H.263+.
        const QStringList videoNames = {"H264", "H263", "mp4v-es", "H263-1998"};
        const QStringList videoPriority = {"1", "2", "3", "4"};
        const QStringList videoRtpmap = {"99", "34", "102", "100"};
        addCodecTable("video_codec",
                      {videoNames, {"1", "1", "1", "0"}, videoPriority, videoRtpmap});
        // Seed 000 §"SRTP": 0 Disabled, 1 Forced, 2 Negotiated.
        ParamSpec srtp = intKey("account.x.srtp_encryption", 0, 0, 2);
        srtp.indexMax = {kAccounts};
        add(srtp);
    }
    // Seed §5.17: the BLF List (RFC 4662) of each account, with its pickup and barge-in codes.
    for (ParamSpec spec : {strKey("account.x.blf.blf_list_uri"), strKey("account.x.blf_list_code"),
                           strKey("account.x.blf_list_barge_in_code")}) {
        spec.indexMax = {kAccounts};
        add(spec);
    }
    // Seed §5.23: distinctive ring from Alert-Info, per account, and the info= table.
    ParamSpec alertInfo = boolKey("account.x.alert_info_url_enable", false);
    alertInfo.indexMax = {kAccounts};
    add(alertInfo);
    for (ParamSpec spec : {strKey("distinctive_ring_tones.alert_info.x.text"),
                           intKey("distinctive_ring_tones.alert_info.x.ringer", 1, 1, 8)}) {
        spec.indexMax = {10};
        add(spec);
    }
    // The phone's ring tone (the family's name; seed: Ring1.wav … Ring8.wav built in).
    add(strKey("phone_setting.ring_type", "Ring1.wav"));
    ParamSpec voiceMail = strKey("voice_mail.number.x");
    voiceMail.indexMax = {kAccounts};
    add(voiceMail);
    for (ParamSpec spec : keys) {
        spec.indexMax = {kAccounts};
        add(spec);
    }
}

void ParamRegistry::addCodecTable(const QString &table, const CodecTableDefaults &rows) {
    const QString base = QStringLiteral("account.x.%1.x.").arg(table);
    const int count = int(rows.names.size());
    ParamSpec enable = boolKey(base + "enable", false);
    enable.defaultsByIndex = rows.enabled;
    ParamSpec type = strKey(base + "payload_type");
    type.defaultsByIndex = rows.names;
    ParamSpec prio = intKey(base + "priority", 0, 0, count);
    prio.defaultsByIndex = rows.priorities;
    ParamSpec map = intKey(base + "rtpmap", 0, 0, 127);
    map.defaultsByIndex = rows.rtpmaps;
    for (ParamSpec spec : {enable, type, prio, map}) {
        spec.indexMax = {kAccounts, count};
        add(spec);
    }
}

// What the platform applies and the settings pages edit (seed §4.11, §4.12, §8).
void ParamRegistry::addDeviceKeys() {
    // Display: brightness 1-10; backlight off after inactivity (1) or dimmed (0); its time
    // (1 = always on, else seconds).
    add(intKey("phone_setting.active_backlight_level", 6, 1, 10));
    add(intKey("phone_setting.inactive_backlight_level", 1, 0, 1));
    add(intKey("phone_setting.backlight_time", 60, 1, 1800));
    // Wallpaper (seed §4.10): the picture to download, and the one shown — a seed GAP, named
    // as in later Yealink firmware ("Resource:<built-in>" or "Config:<uploaded>.png").
    add({"wallpaper_upload.url", T::Url, "", 0, 0, {}, false, 1023});
    add(strKey("phone_setting.backgrounds", QStringLiteral("Resource:aurora.svg")));
    // A custom ring tone to download (a seed GAP; the family's name): Custom:<name>.wav.
    add({"ringtone.url", T::Url, "", 0, 0, {}, false, 1023});
    // Phone lock (seed sample cfg only, a GAP in meaning; ours): 1 locks the phone — calls
    // can be answered and emergency numbers dialled, everything else asks for the PIN — and
    // it locks again after lock_time_out seconds on the idle screen (0: as soon as it is back).
    add(intKey("phone_setting.lock", 0, 0, 1));
    add({"phone_setting.phone_lock.unlock_pin", T::String, "123", 0, 0, {}, false, 15});
    add(intKey("phone_setting.phone_lock.lock_time_out", 0, 0, 3600));
    // Time: NTP (1) or manual (0) — the seed's errata — servers, zone, daylight saving.
    add(boolKey("local_time.manual_time_enable", true));
    add(strKey("local_time.ntp_server1", QStringLiteral("cn.pool.ntp.org")));
    add(strKey("local_time.ntp_server2", QStringLiteral("cn.pool.ntp.org")));
    add(intKey("local_time.interval", 1000, 15, 86400));
    add({"local_time.time_zone", T::Number, "+8", -11, 13});
    add(strKey("local_time.time_zone_name", QStringLiteral("China(Beijing)")));
    add(intKey("local_time.summer_time", 2, 0, 2));
    // Network, all applied by the platform at the next start (seed §8: reboot required).
    add({"network.internet_port.type", T::Int, "0", 0, 2, {}, true}); // DHCP, PPPoE, static
    for (const char *key :
         {"network.internet_port.ip", "network.internet_port.mask", "network.internet_port.gateway",
          "network.pppoe.user", "network.pppoe.password"})
        add({QLatin1String(key), T::String, "", 0, 0, {}, true, 99});
    add({"network.primary_dns", T::String, "202.101.103.55", 0, 0, {}, true, 99});
    add({"network.secondary_dns", T::String, "202.101.103.56", 0, 0, {}, true, 99});
    add({"network.vlan.internet_port_enable", T::Bool, "0", 0, 1, {}, true});
    add({"network.vlan.internet_port_vid", T::Int, "1", 0, 4094, {}, true});
    add({"network.vlan.internet_port_priority", T::Int, "0", 0, 7, {}, true});
    add({"wui.http_enable", T::Bool, "1", 0, 1, {}, true});
    add({"wui.https_enable", T::Bool, "1", 0, 1, {}, true});
}

void ParamRegistry::addDialPlanKeys() {
    // Seed 000 §"Dial Plan": 20 replace rules, 20 dial-now rules, one area code, 10 block-outs;
    // line_id is a comma list of accounts (blank: all).
    auto indexed = [this](ParamSpec spec, int count) {
        spec.indexMax = {count};
        add(spec);
    };
    indexed(strKey("dialplan.replace.prefix.x"), 20);
    indexed(strKey("dialplan.replace.replace.x"), 20);
    indexed(strKey("dialplan.replace.line_id.x"), 20);
    indexed(strKey("dialplan.dialnow.rule.x"), 20);
    indexed(strKey("dialplan.dialnow.line_id.x"), 20);
    indexed(strKey("dialplan.block_out.number.x"), 10);
    indexed(strKey("dialplan.block_out.line_id.x"), 10);
    add(strKey("dialplan.area_code.code"));
    add(intKey("dialplan.area_code.min_len", 1, 1, 15));
    add(intKey("dialplan.area_code.max_len", 15, 1, 15));
    add(strKey("dialplan.area_code.line_id"));
    add(intKey("phone_setting.dialnow_delay", 1, 0, 14));
    // Emergency numbers always go out as dialled (seed: a GAP; the family's name and default).
    add(strKey("phone_setting.emergency.number", "112,911,110"));
}

void ParamRegistry::addDssKeys() {
    // Seed §4.9: 18 memory keys and 4 line keys; label is the family's name for the web's
    // Label field; line 0 is Auto (account 1 for BLF). Type codes: 0 N/A … 15 Line, 16 BLF.
    for (const auto &[prefix, count, defaultType] :
         {std::tuple{QStringLiteral("memorykey"), 18, 0},
          std::tuple{QStringLiteral("linekey"), 4, 15}}) {
        for (ParamSpec spec : {intKey(prefix + ".x.type", defaultType, 0, 45),
                               strKey(prefix + ".x.value"), intKey(prefix + ".x.line", 0, 0, 4),
                               strKey(prefix + ".x.pickup_value"), strKey(prefix + ".x.label")}) {
            spec.indexMax = {count};
            add(spec);
        }
    }
}

void ParamRegistry::addActionUrlKeys() {
    // Seed 000 §"Action URL": one URL per event.
    static const char *const events[] = {"setup_completed",
                                         "log_on",
                                         "log_off",
                                         "register_failed",
                                         "off_hook",
                                         "on_hook",
                                         "incoming_call",
                                         "outgoing_call",
                                         "call_established",
                                         "call_terminated",
                                         "dnd_on",
                                         "dnd_off",
                                         "always_fwd_on",
                                         "always_fwd_off",
                                         "busy_fwd_on",
                                         "busy_fwd_off",
                                         "no_answer_fwd_on",
                                         "no_answer_fwd_off",
                                         "transfer_call",
                                         "blind_transfer_call",
                                         "attended_transfer_call",
                                         "hold",
                                         "unhold",
                                         "mute",
                                         "unmute",
                                         "missed_call",
                                         "forward_incoming_call",
                                         "reject_incoming_call",
                                         "call_remote_canceled",
                                         "answer_new_incoming_call",
                                         "reject_new_incoming_call",
                                         "cancel_callout",
                                         "remote_busy",
                                         "transfer_finished",
                                         "transfer_failed",
                                         "idle_to_busy",
                                         "busy_to_idle",
                                         "ip_change"};
    for (const char *e : events)
        add({QStringLiteral("action_url.%1").arg(QLatin1String(e)),
             T::Url,
             "",
             0,
             0,
             {},
             false,
             1023});
}

void ParamRegistry::add(ParamSpec spec) {
    m_specs.insert(spec.pattern, spec);
}

const ParamSpec *ParamRegistry::find(const QString &name) const {
    QList<int> indices;
    const QString pattern = patternOf(name.trimmed().toLower(), &indices);
    auto it = m_specs.constFind(pattern);
    if (it == m_specs.constEnd() || indices.size() != it->indexMax.size())
        return nullptr;
    for (int i = 0; i < indices.size(); ++i)
        if (indices[i] < 1 || indices[i] > it->indexMax[i])
            return nullptr;
    return &*it;
}

QString Refusal::english() const {
    QString s = QString::fromLatin1(text);
    for (const QString &a : args)
        s = s.arg(a);
    return s;
}

QString Refusal::translated() const {
    QString s = QCoreApplication::translate("ParamRegistry", text);
    for (const QString &a : args)
        s = s.arg(a);
    return s;
}

QString ParamRegistry::validate(const ParamSpec &spec, const QString &value) const {
    const Refusal r = refusal(spec, value);
    return r.refused() ? r.english() : QString();
}

Refusal ParamRegistry::refusal(const ParamSpec &spec, const QString &value) const {
    auto refuse = [](const char *text, QStringList args = {}) { return Refusal{text, args}; };
    if (value.size() > spec.maxLength)
        return refuse(QT_TRANSLATE_NOOP("ParamRegistry", "longer than %1 characters"),
                      {QString::number(spec.maxLength)});
    const QString range = QString::number(spec.min), rangeEnd = QString::number(spec.max);
    switch (spec.type) {
    case T::Bool:
        if (value != QLatin1String("0") && value != QLatin1String("1"))
            return refuse(QT_TRANSLATE_NOOP("ParamRegistry", "'%1' is not 0 or 1"), {value});
        return {};
    case T::Int: {
        bool ok = false;
        const qlonglong n = value.toLongLong(&ok);
        if (!ok)
            return refuse(QT_TRANSLATE_NOOP("ParamRegistry", "'%1' is not a whole number"),
                          {value});
        if (n < spec.min || n > spec.max)
            return refuse(QT_TRANSLATE_NOOP("ParamRegistry", "%1 is outside %2 to %3"),
                          {value, range, rangeEnd});
        return {};
    }
    case T::Number: {
        bool ok = false;
        const double n = value.toDouble(&ok);
        if (!ok)
            return refuse(QT_TRANSLATE_NOOP("ParamRegistry", "'%1' is not a number"), {value});
        if (n < spec.min || n > spec.max)
            return refuse(QT_TRANSLATE_NOOP("ParamRegistry", "%1 is outside %2 to %3"),
                          {value, range, rangeEnd});
        return {};
    }
    case T::IpList:
        if (value.isEmpty() || value.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
            return {};
        for (const QString &ip : value.split(QLatin1Char(','))) {
            if (QHostAddress(ip.trimmed()).isNull())
                return refuse(QT_TRANSLATE_NOOP("ParamRegistry", "'%1' is not an IP address"),
                              {ip.trimmed()});
        }
        return {};
    case T::Url: {
        if (value.isEmpty())
            return {};
        const QUrl url(value);
        static const QStringList schemes = {"http", "https", "ftp", "tftp", "file"};
        if (!url.isValid() || !schemes.contains(url.scheme().toLower()))
            return refuse(QT_TRANSLATE_NOOP("ParamRegistry",
                                            "'%1' is not an http, https, ftp, tftp or file URL"),
                          {value});
        return {};
    }
    case T::String:
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            return refuse(QT_TRANSLATE_NOOP("ParamRegistry", "line breaks are not allowed"));
        return {};
    }
    return {};
}

QStringList ParamRegistry::allNames() const {
    QStringList names;
    for (const ParamSpec &spec : m_specs) {
        // Expand each "x" segment over its index range, left to right.
        QList<QStringList> expanded{spec.pattern.split(QLatin1Char('.'))};
        for (int max : spec.indexMax) {
            QList<QStringList> next;
            for (const QStringList &parts : expanded) {
                const qsizetype at = parts.indexOf(QStringLiteral("x"));
                for (int i = 1; i <= max; ++i) {
                    QStringList copy = parts;
                    copy[at] = QString::number(i);
                    next.append(copy);
                }
            }
            expanded = next;
        }
        for (const QStringList &parts : expanded)
            names << parts.join(QLatin1Char('.'));
    }
    names.sort();
    return names;
}

QString ParamRegistry::defaultValue(const QString &name) const {
    const ParamSpec *spec = find(name);
    if (!spec)
        return {};
    if (!spec->defaultsByIndex.isEmpty()) {
        QList<int> indices;
        patternOf(name.trimmed().toLower(), &indices);
        const int last = indices.isEmpty() ? 0 : indices.last();
        if (last >= 1 && last <= spec->defaultsByIndex.size())
            return spec->defaultsByIndex.at(last - 1);
    }
    return spec->defaultValue;
}

} // namespace vidi::app
