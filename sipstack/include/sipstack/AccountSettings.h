#pragma once
#include <QString>

namespace vidi::sip {

// One SIP account as seed 000 §"Account" describes it (account.x.*).
struct AccountSettings {
    int index = 1;                // 1..4
    bool enabled = false;         // account.x.enable
    QString label;                // account.x.label
    QString displayName;          // account.x.display_name
    QString authName;             // account.x.auth_name (digest user name)
    QString userName;             // account.x.user_name (user part of the AOR)
    QString password;             // account.x.password
    QString serverHost;           // account.x.sip_server_host
    int serverPort = 5060;        // account.x.sip_server_port
    bool outboundEnabled = false; // account.x.outbound_proxy_enable
    QString outboundHost;         // account.x.outbound_host
    int outboundPort = 5060;      // account.x.outbound_port
    bool outboundInDialog = true; // sip.use_out_bound_in_dialog: in-dialog requests too
    int transport = 0;            // account.x.transport (see Transport)
    int expires = 3600;           // account.x.expires (GAP in the seed; family name)
    int retryInterval = 30;
    bool sessionTimer = false; // account.x.session_timer.enable (RFC 4028)
    int sessionExpires = 1800; // account.x.session_timer.expires (seconds; at least Min-SE 90)
    int sessionRefresher = 0;  // account.x.session_timer.refresher: 0 UAC, 1 UAS
    bool subscribeMwi = false; // account.x.subscribe_mwi (RFC 3842 message-summary)
    int mwiExpires = 3600;     // account.x.subscribe_mwi_expires
    int keepAliveSeconds = 30; // account.x.nat.udp_update_time, 0 when udp_update_enable is 0 //
                               // account.x.reg_fail_retry_interval (GAP; family name)

    // account.x.transport: 0 UDP, 1 TCP, 2 TLS, 3 DNS SRV (RFC 3263: NAPTR/SRV lookups, so no
    // port is written and the resolver chooses target and transport).
    enum Transport { Udp = 0, Tcp = 1, Tls = 2, DnsSrv = 3 };
    // "host:port;transport=tcp" for a server of this account.
    QString hostPart(const QString &host, int port) const {
        QString s = host;
        if (transport != DnsSrv)
            s += QStringLiteral(":%1").arg(port);
        if (transport == Tcp)
            s += QStringLiteral(";transport=tcp");
        if (transport == Tls)
            s += QStringLiteral(";transport=tls");
        return s;
    }
    QString registrarUri() const {
        return QStringLiteral("sip:") + hostPart(serverHost, serverPort);
    }
    QString outboundProxyUri() const {
        return QStringLiteral("sip:") + hostPart(outboundHost, outboundPort);
    }
    bool usable() const { return enabled && !userName.isEmpty() && !serverHost.isEmpty(); }
    QString aor() const { return QStringLiteral("sip:%1@%2").arg(userName, serverHost); }
    QString effectiveAuthName() const { return authName.isEmpty() ? userName : authName; }
    bool operator==(const AccountSettings &) const = default;
};

} // namespace vidi::sip
