#include "sipstack/SipStack.h"
#include "SofiaHandles.h"
#include "SofiaTransports.h"
#include "sipstack/EventWatch.h"
#include "sipstack/SipAccount.h"
#include "sipstack/SipCall.h"

#include <QPointer>
#include <QStringList>
#include <cstdio>
#include <cstring>
#include <sofia-sip/msg_header.h>
#include <sofia-sip/nta_tag.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_extra.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/soa_tag.h>
#include <sofia-sip/sresolv.h>
#include <sofia-sip/su_log.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/tport_tag.h>

Q_LOGGING_CATEGORY(lcSip, "vidi.sip")

namespace vidi::sip {

namespace {
constexpr int kAccountCount = 4;
constexpr int kShutdownGraceMs = 3000;

QString str(const char *s) {
    return s ? QString::fromUtf8(s) : QString();
}

QString urlToString(const url_t *url) {
    if (!url)
        return {};
    char buf[512];
    url_e(buf, sizeof buf, url);
    buf[sizeof buf - 1] = 0;
    return QString::fromUtf8(buf);
}
} // namespace

// An anonymous caller (RFC 3323 §4.1.1.3): the From is anonymous, or Privacy asks for "id".
bool isAnonymous(sip_t const *sip) {
    if (sip->sip_from) {
        const url_t *u = sip->sip_from->a_url;
        if ((u->url_user && strcasecmp(u->url_user, "anonymous") == 0) ||
            (u->url_host && strcasecmp(u->url_host, "anonymous.invalid") == 0))
            return true;
    }
    if (sip->sip_privacy)
        for (msg_param_t const *p = sip->sip_privacy->priv_values; p && *p; ++p)
            if (strcasecmp(*p, "id") == 0)
                return true;
    return false;
}

namespace {
// A name-addr header Sofia keeps among the unknown ones: parsed as a From header, which has
// the same syntax (RFC 3261 §20.20).
PartyIdentity identityFromUnknown(sip_t const *sip, const char *name) {
    for (sip_unknown_t const *u = sip->sip_unknown; u; u = u->un_next) {
        if (!u->un_name || strcasecmp(u->un_name, name) != 0 || !u->un_value)
            continue;
        su_home_t home[1] = {};
        su_home_init(home);
        PartyIdentity id;
        if (sip_from_t *f = sip_from_make(home, u->un_value)) {
            id.display = str(f->a_display).remove(QLatin1Char('"'));
            id.uri = urlToString(f->a_url);
        }
        su_home_deinit(home);
        return id;
    }
    return {};
}

QByteArray unknownHeader(sip_t const *sip, const char *name) {
    for (sip_unknown_t const *u = sip->sip_unknown; u; u = u->un_next)
        if (u->un_name && strcasecmp(u->un_name, name) == 0 && u->un_value)
            return QByteArray(u->un_value);
    return {};
}

// Sofia's TLS transport reports a refused server certificate only in its log (tport_log,
// which it exports but does not declare), and leaves the REGISTER that waited for the
// connection to Timer F: 32 s of "Registering" for a server that will never be trusted. Its
// log is watched for the two verdicts (tport_tls.c: a certificate that does not verify, a
// peer whose name does not match) and the TLS accounts registering are told at once.
extern "C" {
extern su_log_t tport_log[];
}

static QPointer<SipStack> s_tlsWatcher;

static void watchTport(void *, char const *fmt, va_list ap) {
    vfprintf(stderr, fmt, ap); // what Sofia's own logger does
    QString why;
    if (std::strncmp(fmt, "-Error with certificate", 23) == 0)
        why = QStringLiteral("the server's certificate is not trusted");
    else if (std::strstr(fmt, "Peer Subject Mismatch"))
        why = QStringLiteral("the server's certificate names another host");
    if (why.isEmpty() || !s_tlsWatcher)
        return;
    QMetaObject::invokeMethod(
        s_tlsWatcher.data(),
        [why] {
            if (s_tlsWatcher)
                for (int i = 1; i <= 4; ++i)
                    if (SipAccount *a = s_tlsWatcher->account(i))
                        a->onTlsRefused(why);
        },
        Qt::QueuedConnection);
}

static void watchTlsFailures(SipStack *stack) {
    s_tlsWatcher = stack;
    su_log_redirect(tport_log, &watchTport, nullptr);
}

// The Call-Info header values of a message, comma-separated ("" without any).
static QString callInfoOf(const sip_t *sip) {
    QStringList values;
    su_home_t home[1] = {};
    su_home_init(home);
    for (const sip_call_info_t *ci = sip ? sip->sip_call_info : nullptr; ci; ci = ci->ci_next) {
        sip_call_info_t one = *ci;
        one.ci_next = nullptr;
        one.ci_common->h_data = nullptr; // print this value alone, not the cached field
        one.ci_common->h_len = 0;
        if (char *text = sip_header_as_string(home, reinterpret_cast<const sip_header_t *>(&one)))
            values << QString::fromUtf8(text);
    }
    su_home_deinit(home);
    return values.join(QStringLiteral(", "));
}

// An intercom call asks to be answered at once. No standard in the seed (GAP); the usual
// forms: Alert-Info with info=alert-autoanswer (Yealink, Polycom), Call-Info with
// answer-after=0 (BroadSoft), Answer-Mode: Auto (RFC 5373).
bool isIntercomRequest(sip_t const *sip) {
    if (auto *ai = sip_alert_info(sip))
        for (msg_param_t const *p = ai->ai_params; p && *p; ++p)
            if (strcasecmp(*p, "info=alert-autoanswer") == 0)
                return true;
    if (unknownHeader(sip, "Alert-Info").toLower().contains("info=alert-autoanswer"))
        return true;
    for (sip_call_info_t const *ci = sip->sip_call_info; ci; ci = ci->ci_next)
        for (msg_param_t const *p = ci->ci_params; p && *p; ++p)
            if (strcasecmp(*p, "answer-after=0") == 0)
                return true;
    return unknownHeader(sip, "Answer-Mode").trimmed().toLower().startsWith("auto");
}

// The whole Content-Type value, parameters included (a multipart body needs its boundary).
QByteArray contentTypeOf(sip_t const *sip) {
    QByteArray type;
    if (!sip || !sip->sip_content_type)
        return type;
    su_home_t home[1] = {};
    su_home_init(home);
    if (char *t = sip_header_as_string(
            home, reinterpret_cast<sip_header_t const *>(sip->sip_content_type)))
        type = t;
    su_home_deinit(home);
    return type;
}

// Every Alert-Info of the request as "<uri>;param;param", comma-separated (RFC 3261
// §20.4), for the distinctive ring (seed §5.23).
QString alertInfoOf(sip_t const *sip) {
    QStringList parts;
    for (auto *ai = sip_alert_info(sip); ai; ai = ai->ai_next) {
        QString part = QStringLiteral("<%1>").arg(urlToString(ai->ai_url));
        for (msg_param_t const *p = ai->ai_params; p && *p; ++p)
            part += QLatin1Char(';') + str(*p);
        parts << part;
    }
    if (parts.isEmpty())
        return QString::fromUtf8(unknownHeader(sip, "Alert-Info")).trimmed();
    return parts.join(QStringLiteral(", "));
}

CallerIdentities identitiesOf(sip_t const *sip) {
    CallerIdentities ids;
    if (sip->sip_from) {
        ids.from.display = str(sip->sip_from->a_display).remove(QLatin1Char('"'));
        ids.from.uri = urlToString(sip->sip_from->a_url);
    }
    if (auto *pai = sip_p_asserted_identity(sip)) {
        ids.pai.display = str(pai->paid_display).remove(QLatin1Char('"'));
        ids.pai.uri = urlToString(pai->paid_url);
    } else {
        ids.pai = identityFromUnknown(sip, "P-Asserted-Identity");
    }
    if (auto *rpid = sip_remote_party_id(sip)) {
        ids.rpid.display = str(rpid->rpid_display).remove(QLatin1Char('"'));
        ids.rpid.uri = urlToString(rpid->rpid_url);
    } else {
        ids.rpid = identityFromUnknown(sip, "Remote-Party-ID");
    }
    return ids;
}
} // namespace

void useOutboundProxy(nua_handle_t *nh, const AccountSettings &account) {
    if (!account.outboundEnabled || account.outboundHost.isEmpty())
        return;
    const QByteArray proxy = account.outboundProxyUri().toUtf8();
    nua_set_hparams(nh, NUTAG_PROXY(proxy.constData()), TAG_END());
}

void applySessionTimer(nua_handle_t *nh, const AccountSettings &account, bool weAreUac) {
    constexpr unsigned kMinSe = 90; // RFC 4028 §4: the smallest Session-Expires allowed
    if (!account.sessionTimer) {
        nua_set_hparams(nh, NUTAG_SESSION_TIMER(0), TAG_END());
        return;
    }
    const bool uacRefreshes = account.sessionRefresher == 0;
    const nua_session_refresher refresher =
        uacRefreshes == weAreUac ? nua_local_refresher : nua_remote_refresher;
    nua_set_hparams(nh,
                    NUTAG_SESSION_TIMER(qMax<unsigned>(kMinSe, unsigned(account.sessionExpires))),
                    NUTAG_MIN_SE(kMinSe), NUTAG_SESSION_REFRESHER(refresher), TAG_END());
}

bool challengeOf(sip_t const *sip, QString *scheme, QString *realm) {
    msg_auth_t const *auth = nullptr;
    if (sip && sip->sip_www_authenticate)
        auth = sip->sip_www_authenticate;
    else if (sip && sip->sip_proxy_authenticate)
        auth = sip->sip_proxy_authenticate;
    if (!auth || !auth->au_scheme)
        return false;
    *scheme = str(auth->au_scheme);
    *realm = str(msg_params_find(auth->au_params, "realm="));
    return true;
}

SipStackPrivate::Magic *SipStackPrivate::newMagic(Kind kind, QObject *object) {
    auto *m = new Magic{kind, object, {}, {}, 0};
    magics.append(m);
    return m;
}

void SipStackPrivate::forgetMagic(QObject *object) {
    for (Magic *m : magics)
        if (m->object == object)
            m->object = nullptr; // the handle may still deliver events; they are dropped
}

void SipStackPrivate::retireRegistration(nua_handle_t *nh, const AccountSettings &account,
                                         const std::function<void()> &unregister) {
    Magic *magic = newMagic(Kind::Retired, nullptr);
    magic->authUser = account.effectiveAuthName();
    magic->password = account.password;
    nua_handle_bind(nh, magic);
    if (unregister)
        unregister();
    else
        nua_unregister(nh, TAG_END());
}

void SipStackPrivate::removeBinding(const AccountSettings &account, const QString &contactUri) {
    const QByteArray aor = account.aor().toUtf8();
    const QByteArray registrar = account.registrarUri().toUtf8();
    const QByteArray contact = QStringLiteral("<%1>;expires=0").arg(contactUri).toUtf8();
    nua_handle_t *nh = nua_handle(nua, nullptr, SIPTAG_TO_STR(aor.constData()),
                                  SIPTAG_FROM_STR(aor.constData()), TAG_END());
    useOutboundProxy(nh, account);
    retireRegistration(nh, account, [&] {
        nua_unregister(nh, NUTAG_REGISTRAR(registrar.constData()),
                       SIPTAG_CONTACT_STR(contact.constData()), TAG_END());
    });
}

void SipStackPrivate::nuaCallback(nua_event_t event, int status, char const *phrase, nua_t *,
                                  nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
                                  sip_t const *sip, tagi_t tags[]) {
    static_cast<SipStackPrivate *>(static_cast<void *>(magic))
        ->handleEvent(event, status, phrase, nh, hmagic, sip, tags);
}

void SipStackPrivate::handleEvent(nua_event_t event, int status, char const *phrase,
                                  nua_handle_t *nh, void *hmagic, sip_t const *sip, tagi_t tags[]) {
    qCDebug(lcSip) << nua_event_name(event) << status << phrase;
    auto *magic = static_cast<Magic *>(hmagic);
    auto *account =
        magic && magic->kind == Kind::Account ? static_cast<SipAccount *>(magic->object) : nullptr;
    auto *call =
        magic && magic->kind == Kind::Call ? static_cast<SipCall *>(magic->object) : nullptr;
    QString scheme, realm;
    if (magic && magic->kind == Kind::Retired) {
        // The un-REGISTER is challenged like any REGISTER (once: wrong credentials would
        // loop); then the handle goes.
        if (event == nua_r_unregister && (status == 401 || status == 407) &&
            magic->challenges++ == 0 && challengeOf(sip, &scheme, &realm)) {
            const QByteArray creds = QStringLiteral("%1:%2:%3:%4")
                                         .arg(scheme, realm, magic->authUser, magic->password)
                                         .toUtf8();
            nua_authenticate(nh, NUTAG_AUTH(creds.constData()), TAG_END());
            return;
        }
        if (event == nua_r_unregister && status >= 200)
            nua_handle_destroy(nh);
        return;
    }
    switch (event) {
    case nua_r_shutdown:
        if (status >= 200) {
            nuaShutdownDone = true;
            if (shutdownGrace.isActive()) {
                shutdownGrace.stop();
                Q_EMIT q->stopped();
            }
        }
        return;
    case nua_r_register:
        if (account) {
            challengeOf(sip, &scheme, &realm);
            account->onRegisterResponse(status, str(phrase), scheme, realm);
        }
        return;
    case nua_r_unregister:
        if (account) {
            challengeOf(sip, &scheme, &realm);
            account->onUnregisterResponse(status, scheme, realm);
        }
        maybeFinishShutdown();
        return;
    case nua_i_invite:
        if (!magic) {
            handleIncomingInvite(nh, sip);
        }
        return;
    case nua_i_notify:
        if (call && sip && sip->sip_event && strcasecmp(sip->sip_event->o_type, "refer") == 0) {
            // RFC 3515 §2.4.5: the progress of a transfer we asked for, as a sipfrag.
            nua_respond(nh, SIP_200_OK, NUTAG_WITH_THIS(nua), TAG_END());
            call->onReferProgress(sip->sip_payload ? QByteArray(sip->sip_payload->pl_data,
                                                                qsizetype(sip->sip_payload->pl_len))
                                                   : QByteArray());
            return;
        }
        if (magic && magic->kind == Kind::Watch) {
            nua_respond(nh, SIP_200_OK, NUTAG_WITH_THIS(nua), TAG_END());
            if (auto *watch = static_cast<EventWatch *>(magic->object))
                watch->onNotify(
                    sip && sip->sip_payload
                        ? QByteArray(sip->sip_payload->pl_data, qsizetype(sip->sip_payload->pl_len))
                        : QByteArray(),
                    contentTypeOf(sip), callInfoOf(sip));
            return;
        }
        handleNotify(nh,
                     magic && magic->kind == Kind::Subscription
                         ? static_cast<SipAccount *>(magic->object)
                         : nullptr,
                     sip);
        return;
    case nua_r_subscribe:
    case nua_r_unsubscribe:
        if (magic && magic->kind == Kind::Watch && magic->object) {
            challengeOf(sip, &scheme, &realm);
            static_cast<EventWatch *>(magic->object)->onSubscribeResponse(status, scheme, realm);
        }
        if (magic && magic->kind == Kind::Subscription && magic->object) {
            challengeOf(sip, &scheme, &realm);
            static_cast<SipAccount *>(magic->object)->onSubscribeResponse(status, scheme, realm);
        }
        return;
    case nua_r_invite:
        if (call) {
            if (call->callId().isEmpty() && sip && sip->sip_call_id)
                call->setCallId(str(sip->sip_call_id->i_id));
            challengeOf(sip, &scheme, &realm);
            call->onInviteResponse(status, str(phrase), scheme, realm);
        }
        return;
    case nua_i_state:
        if (call) {
            int callState = nua_callstate_init;
            char const *localSdp = nullptr, *remoteSdp = nullptr;
            tl_gets(tags, NUTAG_CALLSTATE_REF(callState), SOATAG_LOCAL_SDP_STR_REF(localSdp),
                    SOATAG_REMOTE_SDP_STR_REF(remoteSdp), TAG_END());
            call->onCallState(callState, str(localSdp), str(remoteSdp));
        }
        return;
    case nua_i_bye:
        if (call)
            call->onByeReceived();
        return;
    case nua_i_cancel:
        if (call)
            call->onCancelReceived();
        return;
    case nua_i_info:
        // RFC 5168: the far end lost its picture and asks ours for a full one (nua has
        // answered 200 already).
        if (call && sip && sip->sip_payload && sip->sip_content_type &&
            sip->sip_content_type->c_type &&
            strcasecmp(sip->sip_content_type->c_type, "application/media_control+xml") == 0 &&
            QByteArray(sip->sip_payload->pl_data, int(sip->sip_payload->pl_len))
                .contains("picture_fast_update"))
            Q_EMIT call->pictureUpdateRequested();
        return;
    case nua_i_terminated:
        if (call)
            call->onTerminated();
        return;
    case nua_r_refer:
        if (call)
            call->onReferResponse(status);
        return;
    case nua_r_info:
        if (call)
            call->onInfoResponse(status);
        return;
    case nua_i_refer:
        if (call && sip && sip->sip_refer_to)
            handleRefer(call, sip, tags);
        return;
    case nua_r_notify:
        return; // our NOTIFYs about a transfer; nothing waits for their answers
    case nua_r_set_params:
    case nua_r_bye:
    case nua_r_cancel:
    case nua_i_ack:
    case nua_i_active:
        return;
    default:
        if (status > 100)
            qCDebug(lcSip) << "unhandled" << nua_event_name(event) << status << phrase;
        // Unknown incoming requests on a handle nobody owns: release the handle.
        if (!magic && nh && event != nua_i_outbound)
            nua_handle_destroy(nh);
        return;
    }
}

SipAccount *SipStackPrivate::accountForRequestUser(const QString &user) const {
    for (SipAccount *a : accounts)
        if (a->settings().usable() && a->settings().userName == user)
            return a;
    // Direct IP calls and unknown users land on the first usable account (or account 1).
    for (SipAccount *a : accounts)
        if (a->settings().usable())
            return a;
    return accounts.value(0);
}

void SipStackPrivate::handleIncomingInvite(nua_handle_t *nh, sip_t const *sip) {
    if (shuttingDown) {
        nua_respond(nh, SIP_503_SERVICE_UNAVAILABLE, TAG_END());
        nua_handle_destroy(nh);
        return;
    }
    // RFC 3891 §3: an INVITE with Replaces names a dialog of ours; 481 when there is none.
    SipCall *replaced = nullptr;
    if (sip->sip_replaces) {
        if (nua_handle_t *old = nua_handle_by_replaces(nua, sip->sip_replaces)) {
            auto *m = static_cast<Magic *>(nua_handle_magic(old));
            if (m && m->kind == Kind::Call)
                replaced = static_cast<SipCall *>(m->object);
            nua_handle_unref(old);
        }
        if (!replaced) {
            nua_respond(nh, SIP_481_NO_TRANSACTION, TAG_END());
            nua_handle_destroy(nh);
            return;
        }
    }
    const QString user = sip->sip_request ? str(sip->sip_request->rq_url->url_user) : QString();
    SipAccount *account = replaced ? replaced->account() : accountForRequestUser(user);
    auto *call = new SipCall(this, account, /*incoming*/ true, q);
    call->setReplacedCall(replaced);
    call->setHandle(nh);
    nua_handle_bind(nh, newMagic(Kind::Call, call));

    QString remoteDisplay;
    if (sip->sip_from && sip->sip_from->a_display)
        remoteDisplay = str(sip->sip_from->a_display).remove(QLatin1Char('"'));
    const QString remoteHost =
        sip->sip_via
            ? str(sip->sip_via->v_received ? sip->sip_via->v_received : sip->sip_via->v_host)
            : QString();
    if (account)
        applySessionTimer(nh, account->settings(), /*weAreUac*/ false);
    call->setRemoteAnonymous(isAnonymous(sip));
    // The offer, known from the INVITE itself: Sofia reports it in a call state event that
    // may come after the phone has already decided to answer (auto answer).
    if (sip->sip_payload && sip->sip_content_type && sip->sip_content_type->c_type &&
        strcasecmp(sip->sip_content_type->c_type, "application/sdp") == 0)
        call->setRemoteOffer(
            QString::fromUtf8(sip->sip_payload->pl_data, int(sip->sip_payload->pl_len)));
    call->setCallerIdentities(identitiesOf(sip));
    call->setIntercom(isIntercomRequest(sip));
    call->setAlertInfo(alertInfoOf(sip));
    call->setIdentity(sip->sip_to ? urlToString(sip->sip_to->a_url) : QString(),
                      sip->sip_from ? urlToString(sip->sip_from->a_url) : QString(), remoteDisplay,
                      sip->sip_call_id ? str(sip->sip_call_id->i_id) : QString(), remoteHost);
    Q_EMIT q->incomingCall(call);
}

void SipStackPrivate::handleRefer(SipCall *call, sip_t const *sip, tagi_t tags[]) {
    su_home_t home[1] = {};
    su_home_init(home);
    sip_event_t const *event = nullptr;
    sip_referred_by_t const *referredBy = nullptr;
    tl_gets(tags, NUTAG_REFER_EVENT_REF(event), SIPTAG_REFERRED_BY_REF(referredBy), TAG_END());
    // Refer-To: <sip:c@host?Replaces=...>: the part after '?' are headers for the INVITE.
    url_t target = *sip->sip_refer_to->r_url;
    target.url_headers = nullptr;
    SipCall::Referral referral;
    referral.target = urlToString(&target);
    if (const char *headers = sip->sip_refer_to->r_url->url_headers)
        if (char *h = url_query_as_header_string(home, headers))
            referral.headers = QByteArray(h);
    // RFC 3892: the INVITE names who transferred us (Sofia builds it from From if absent).
    if (referredBy)
        if (char *b =
                sip_header_as_string(home, reinterpret_cast<sip_header_t const *>(referredBy))) {
            if (!referral.headers.isEmpty())
                referral.headers += "\r\n";
            referral.headers += "Referred-By: " + QByteArray(b);
        }
    if (event)
        if (char *e = sip_header_as_string(home, reinterpret_cast<sip_header_t const *>(event)))
            referral.event = QByteArray(e);
    su_home_deinit(home);
    if (referral.event.isEmpty())
        referral.event = "refer";
    qCInfo(lcSip) << "REFER received: transfer to" << referral.target;
    call->onReferRequested(referral);
}

void SipStackPrivate::handleNotify(nua_handle_t *nh, SipAccount *account, sip_t const *sip) {
    // NOTIFY is an application method (NUTAG_APPL_METHOD): we answer it ourselves, so that an
    // unsolicited one (no subscription) is accepted too.
    const char *event = sip && sip->sip_event ? sip->sip_event->o_type : nullptr;
    const bool known = event && (strcasecmp(event, "message-summary") == 0 ||
                                 strcasecmp(event, "check-sync") == 0);
    if (!known) {
        nua_respond(nh, 489, "Bad Event", NUTAG_WITH_THIS(nua), TAG_END());
        return;
    }
    nua_respond(nh, SIP_200_OK, NUTAG_WITH_THIS(nua), TAG_END());
    if (!account) {
        const QString user = sip->sip_request ? str(sip->sip_request->rq_url->url_user) : QString();
        account = accountForRequestUser(user);
    }
    QStringList params;
    for (msg_param_t const *p = sip->sip_event->o_params; p && *p; ++p)
        params << str(*p);
    QByteArray body;
    if (sip->sip_payload)
        body = QByteArray(sip->sip_payload->pl_data, qsizetype(sip->sip_payload->pl_len));
    Q_EMIT q->notifyReceived(account ? account->index() : 1, str(event).toLower(),
                             params.join(QLatin1Char(';')), body);
}

void SipStackPrivate::maybeFinishShutdown() {
    if (!shuttingDown || nuaShutdownSent || !nua)
        return;
    for (SipAccount *a : accounts)
        if (a->state() == SipAccount::State::Unregistering)
            return;
    nuaShutdownSent = true;
    nua_shutdown(nua);
}

SipStack::SipStack(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SipStackPrivate>(this)) {
    for (int i = 1; i <= kAccountCount; ++i) {
        auto *account = new SipAccount(d.get(), i, this);
        d->accounts.append(account);
        // After a change of address, the account's subscriptions (BLF, BLF lists) start on
        // new dialogs with its new Contact, once the registrar has it.
        connect(account, &SipAccount::movedNetwork, this, [this, account] {
            for (EventWatch *watch : findChildren<EventWatch *>())
                if (watch->account() == account)
                    watch->restart();
        });
    }
    d->shutdownGrace.setSingleShot(true);
    connect(&d->shutdownGrace, &QTimer::timeout, this, [this] {
        // A registrar that never answers must not keep the phone from shutting down.
        qCWarning(lcSip) << "shutdown: giving up waiting for the network";
        if (d->nua && !d->nuaShutdownSent) {
            d->nuaShutdownSent = true;
            nua_shutdown(d->nua);
        }
        Q_EMIT stopped();
    });
}

SipStack::~SipStack() {
    d->shuttingDown = true; // nothing may start talking to the network from here on
    qDeleteAll(findChildren<SipCall *>());
    qDeleteAll(findChildren<EventWatch *>());
    qDeleteAll(d->accounts);
    d->accounts.clear();
    // nua_destroy() refuses an agent whose shutdown has not completed; at process exit the
    // operating system reclaims it instead.
    forgetSofiaTransports();
    if (d->nua && d->nuaShutdownDone)
        nua_destroy(d->nua);
    // The source belongs to the root (su_glib_root_gsource() gives no reference): detach it
    // from the main context, then let su_root_destroy() release it.
    if (d->source && d->nuaShutdownDone)
        g_source_destroy(d->source);
    // The root itself is not destroyed: after nua_destroy() Sofia no longer counts this thread
    // as the root's owner and su_root_destroy() asserts. One root per process is created, and
    // the operating system reclaims it at exit.
    qDeleteAll(d->magics);
}

bool SipStack::start(int listenPort, const TransportOptions &tls, QString *error) {
    static bool suInitialised = false;
    if (!suInitialised) {
        su_init();
        suInitialised = true;
    }
    watchTlsFailures(this);
    d->root = su_glib_root_create(d.get());
    if (!d->root) {
        if (error)
            *error = QStringLiteral("cannot create the Sofia event loop");
        return false;
    }
    d->source = su_glib_root_gsource(d->root);
    g_source_attach(d->source, nullptr); // Qt's main loop is GLib's default context

    d->nua = d->createAgent(listenPort, tls);
    if (!d->nua && tls.port > 0) {
        qCWarning(lcSip) << "SIP over TLS unavailable (port" << tls.port << "), running without";
        TransportOptions plain;
        plain.signallingDscp = tls.signallingDscp;
        d->nua = d->createAgent(listenPort, plain);
    }
    if (!d->nua) {
        if (error)
            *error = QStringLiteral("cannot bind SIP port %1/udp").arg(listenPort);
        return false;
    }
    // Seed: PRACK/100rel supported (RFC 3262; Sofia PRACKs reliable provisionals and sends its
    // own reliably when the caller requires it), session timer, INVITE/Replaces (RFC 3891),
    // resource lists (RFC 4662: a BLF List NOTIFY requires "eventlist").
    nua_set_params(d->nua, SIPTAG_SUPPORTED_STR("timer, 100rel, replaces, eventlist"), TAG_END());
    d->port = listenPort;
    d->tlsPort = d->tls ? tls.port : 0;
    qCInfo(lcSip) << "SIP listening on udp port" << listenPort
                  << (d->tls ? QStringLiteral("and tls port %1").arg(tls.port) : QString());
    return true;
}

nua_t *SipStackPrivate::createAgent(int listenPort, const TransportOptions &options) {
    // UDP and TCP on the same port (RFC 3261 §18: a UA must support both).
    const QByteArray url = QStringLiteral("sip:*:%1").arg(listenPort).toUtf8();
    const QByteArray sipsUrl = QStringLiteral("sips:*:%1").arg(options.port).toUtf8();
    const QByteArray certDir = options.certificateDir.toUtf8();
    const bool withTls = options.port > 0;
    // "Only Accept Trusted Certificates": the chain must end at a trusted authority and the
    // certificate must name the host we connected to (RFC 5922 §7.2).
    const unsigned policy = options.verifyServer ? TPTLS_VERIFY_SUBJECTS_OUT : TPTLS_VERIFY_NONE;
    const QByteArray ua = q->userAgent().toUtf8();
    // VIDI_RESOLV_CONF: a resolv.conf of its own for Sofia's resolver (which also reads a
    // "port" line), e.g. to put the SRV records of a test on a DNS server on loopback.
    const QByteArray resolvConf = qgetenv("VIDI_RESOLV_CONF");
    nua_t *nua = nua_create(
        root, &SipStackPrivate::nuaCallback, static_cast<nua_magic_t *>(static_cast<void *>(this)),
        NUTAG_URL(url.constData()), TAG_IF(withTls, NUTAG_SIPS_URL(sipsUrl.constData())),
        TAG_IF(withTls, NUTAG_CERTIFICATE_DIR(certDir.constData())),
        TAG_IF(withTls, TPTAG_TLS_VERIFY_POLICY(policy)),
        TAG_IF(withTls, TPTAG_TLS_VERIFY_DEPTH(5)),
        TAG_IF(!resolvConf.isEmpty(), SRESTAG_RESOLV_CONF(resolvConf.constData())),
        TPTAG_TOS((options.signallingDscp & 0x3f) << 2), SIPTAG_USER_AGENT_STR(ua.constData()),
        NUTAG_AUTOALERT(0), NUTAG_AUTOANSWER(0), NUTAG_AUTOACK(1), NUTAG_ENABLEINVITE(1),
        NUTAG_MEDIA_ENABLE(1), NUTAG_APPL_METHOD("NOTIFY"), NUTAG_ALLOW("NOTIFY, INFO"),
        SIPTAG_ALLOW_EVENTS_STR("refer, message-summary, check-sync"),
        SOATAG_RTP_SORT(SOA_RTP_SORT_LOCAL), SOATAG_RTP_SELECT(SOA_RTP_SELECT_COMMON), TAG_END());
    tls = nua && withTls;
    return nua;
}

bool SipStack::hasTls() const {
    return d->tls;
}

bool SipStack::isRunning() const {
    return d->nua != nullptr && !d->nuaShutdownDone;
}
int SipStack::listenPort() const {
    return d->port;
}
void SipStack::setTransactionTimers(unsigned t1, unsigned t2, unsigned t4) {
    if (d->nua)
        // Timers B and F (transaction timeout) are 64*T1 (RFC 3261 §17.1.1.2); Sofia keeps
        // that product as a parameter of its own.
        nua_set_params(d->nua, NTATAG_SIP_T1(t1), NTATAG_SIP_T1X64(64 * t1), NTATAG_SIP_T2(t2),
                       NTATAG_SIP_T4(t4), TAG_END());
}

SipAccount *SipStack::account(int index) const {
    return d->accounts.value(index - 1);
}

QString SipStack::userAgent() const {
    // Seed 000 §"Other SIP behaviours": "<model> <firmware>" (e.g. "VP530P 23.70.0.40").
    return QStringLiteral("Vidi %1").arg(QStringLiteral(VIDI_VERSION));
}

SipCall *SipStack::createOutgoingCall(SipAccount *account, const QString &targetUri,
                                      const CallOptions &options) {
    auto *call = new SipCall(d.get(), account, /*incoming*/ false, this);
    // In angle brackets: URI parameters (;transport=tcp) belong to the URI, not to the header.
    const QByteArray to = QStringLiteral("<%1>").arg(targetUri).toUtf8();
    const AccountSettings &s = account->settings();
    QString from = s.aor();
    if (!s.displayName.isEmpty())
        from = QStringLiteral("\"%1\" <%2>").arg(s.displayName, from);
    QByteArray extraHeaders;
    if (options.anonymous) {
        from = QStringLiteral("\"Anonymous\" <sip:anonymous@anonymous.invalid>");
        extraHeaders =
            QStringLiteral("Privacy: id\r\nP-Preferred-Identity: <%1>").arg(s.aor()).toUtf8();
    }
    if (options.intercom) {
        if (!extraHeaders.isEmpty())
            extraHeaders += "\r\n";
        extraHeaders += QStringLiteral("Call-Info: <sip:%1>;answer-after=0\r\n"
                                       "Alert-Info: <http://127.0.0.1>;info=alert-autoanswer")
                            .arg(s.serverHost)
                            .toUtf8();
    }
    if (options.appearance > 0) {
        if (!extraHeaders.isEmpty())
            extraHeaders += "\r\n";
        extraHeaders += QStringLiteral("Call-Info: <sip:%1>;appearance-index=%2")
                            .arg(s.serverHost)
                            .arg(options.appearance)
                            .toUtf8();
    }
    const QByteArray fromUtf8 = from.toUtf8();
    const QByteArray user = s.userName.toUtf8();
    nua_handle_t *nh = nua_handle(
        d->nua, d->newMagic(SipStackPrivate::Kind::Call, call), SIPTAG_TO_STR(to.constData()),
        SIPTAG_FROM_STR(fromUtf8.constData()), NUTAG_M_USERNAME(user.constData()),
        TAG_IF(!extraHeaders.isEmpty(), SIPTAG_HEADER_STR(extraHeaders.constData())), TAG_END());
    call->setHandle(nh);
    useOutboundProxy(nh, s);
    applySessionTimer(nh, s, /*weAreUac*/ true);
    call->setIdentity(s.aor(), targetUri, QString(), QString(), s.serverHost);
    if (options.referredBy)
        call->notifyProgressTo(options.referredBy);
    return call;
}

EventWatch *SipStack::watch(SipAccount *account, const QString &targetUri, const QString &event,
                            const QString &accept, int expires) {
    // Owned by the stack, so that none outlives the Sofia agent it talks to.
    return new EventWatch(d.get(), account, targetUri, event, accept, expires, this);
}

void SipStack::networkChanged(const QStringList &goneAddresses) {
    if (!d->nua || d->shuttingDown)
        return;
    for (SipAccount *account : d->accounts)
        account->leaveNetwork();
    QString error;
    if (!rebindSofiaTransports(&error))
        qCWarning(lcSip) << "SIP transports:" << error;
    else
        qCInfo(lcSip) << "SIP transports bound again to the new addresses";
    for (SipAccount *account : d->accounts)
        account->registerAgain(goneAddresses);
}

QString SipStack::contactUri(const SipAccount *account, const QString &localAddress) const {
    const AccountSettings &s = account->settings();
    const bool tls = s.transport == AccountSettings::Tls && d->tlsPort > 0;
    QString uri = QStringLiteral("sip:%1@%2:%3")
                      .arg(s.userName, localAddress)
                      .arg(tls ? d->tlsPort : d->port);
    if (s.transport == AccountSettings::Tcp)
        uri += QStringLiteral(";transport=tcp");
    else if (tls)
        uri += QStringLiteral(";transport=tls");
    return uri;
}

void SipStack::shutdown() {
    if (!d->nua) {
        Q_EMIT stopped();
        return;
    }
    d->shuttingDown = true;
    for (SipCall *call : findChildren<SipCall *>())
        call->hangup();
    for (SipAccount *a : d->accounts)
        a->unregister();
    d->shutdownGrace.start(kShutdownGraceMs);
    d->maybeFinishShutdown();
}

} // namespace vidi::sip
