#include "calls/CallManager.h"
#include "sipstack/AccountSettings.h"
#include "web/ActionUri.h"
#include <catch2/catch.hpp>

using vidi::app::ActionUri;
using vidi::app::CallManager;

namespace {
vidi::sip::AccountSettings server(const char *host, int port, int transport = 0) {
    vidi::sip::AccountSettings a;
    a.serverHost = QString::fromLatin1(host);
    a.serverPort = port;
    a.transport = transport;
    return a;
}
} // namespace

TEST_CASE("dialling: numbers go to the account's server, URIs and IPs go direct", "[dial]") {
    const auto pbx = server("pbx.example.com", 5060);
    CHECK(CallManager::targetUri("3602", pbx) == "sip:3602@pbx.example.com");
    CHECK(CallManager::targetUri("3602", server("10.0.0.1", 5070)) == "sip:3602@10.0.0.1:5070");
    CHECK(CallManager::targetUri("*72", pbx) == "sip:*72@pbx.example.com");
    CHECK(CallManager::targetUri("bob@example.org", pbx) == "sip:bob@example.org");
    CHECK(CallManager::targetUri("sip:alice@h;transport=udp", pbx) == "sip:alice@h;transport=udp");
    CHECK(CallManager::targetUri("192.168.1.20", pbx) == "sip:192.168.1.20");
    CHECK(CallManager::targetUri("192.168.1.20:5062", pbx) == "sip:192.168.1.20:5062");
}

TEST_CASE("dialling: the account's transport is part of the server's URI", "[dial]") {
    using T = vidi::sip::AccountSettings;
    CHECK(CallManager::targetUri("3602", server("pbx", 5060, T::Tcp)) ==
          "sip:3602@pbx:5060;transport=tcp");
    // DNS SRV (RFC 3263): no port, so that the resolver looks the service up.
    CHECK(CallManager::targetUri("3602", server("example.com", 5060, T::DnsSrv)) ==
          "sip:3602@example.com");
    CHECK(server("example.com", 5060, T::DnsSrv).registrarUri() == "sip:example.com");
    CHECK(server("10.0.0.1", 5080, T::Tcp).registrarUri() == "sip:10.0.0.1:5080;transport=tcp");
}

TEST_CASE("Action URI: trust list of features.action_uri_limit_ip", "[actionuri]") {
    const QHostAddress local("127.0.0.1");
    CHECK_FALSE(ActionUri::isTrusted("", local));
    CHECK(ActionUri::isTrusted("any", local));
    CHECK(ActionUri::isTrusted("10.0.0.5, 127.0.0.1", local));
    CHECK_FALSE(ActionUri::isTrusted("10.0.0.5", local));
    CHECK(ActionUri::isTrusted("127.0.0.1", QHostAddress("::ffff:127.0.0.1")));
}

TEST_CASE("Action URI: the seed's key names", "[actionuri]") {
    for (const char *k : {"0", "9", "*", "POUND", "OK", "X", "F1", "F4", "MUTE", "SPEAKER",
                          "number=12345", "Reboot"})
        CHECK(ActionUri::isKnownKey(QString::fromLatin1(k)));
    for (const char *k : {"F5", "number=", "number=12;x", "ok", "", "../etc"})
        CHECK_FALSE(ActionUri::isKnownKey(QString::fromLatin1(k)));
}

#include "calls/IncomingCallPolicy.h"
#include "config/ConfigStore.h"
#include <QTemporaryDir>

using vidi::app::ConfigStore;
using vidi::app::decideIncoming;
using vidi::app::IncomingCall;
using A = vidi::app::IncomingDecision::Action;

namespace {
void apply(ConfigStore &c, const char *lines) {
    c.applyCfg(QStringLiteral("#!version:1.0.0.1\n") + QString::fromLatin1(lines), "t.cfg");
    REQUIRE(c.issues().isEmpty());
}
} // namespace

TEST_CASE("incoming: ring by default, auto answer only when idle", "[incoming]") {
    QTemporaryDir dir;
    ConfigStore c(dir.path());
    CHECK(decideIncoming(c, {}).action == A::Ring);
    apply(c, "account.2.auto_answer = 1\n");
    CHECK(decideIncoming(c, {1, false, 0}).action == A::Ring);
    CHECK(decideIncoming(c, {2, false, 0}).action == A::AutoAnswer);
    // A second call rings as call waiting, and is never auto-answered.
    CHECK(decideIncoming(c, {2, false, 1}).action == A::Ring);
    // A third finds the phone busy, as does a second with call waiting off.
    CHECK(decideIncoming(c, {2, false, 2}).status == 486);
    apply(c, "call_waiting.enable = 0\n");
    const auto busy = decideIncoming(c, {2, false, 1});
    CHECK(busy.action == A::Reject);
    CHECK(busy.status == 486);
}

TEST_CASE("incoming: DND refuses with its code and wins over forwarding", "[incoming]") {
    QTemporaryDir dir;
    ConfigStore c(dir.path());
    apply(c, "features.dnd.enable = 1\nforward.always.enable = 1\nforward.always.target = 201\n");
    auto d = decideIncoming(c, {});
    CHECK(d.action == A::Reject);
    CHECK(d.status == 480);
    apply(c, "features.dnd_refuse_code = 486\n");
    CHECK(decideIncoming(c, {}).status == 486);
    apply(c, "features.dnd.enable = 0\n");
    d = decideIncoming(c, {});
    CHECK(d.action == A::Forward);
    CHECK(d.forwardTo == "201");
    CHECK(d.forwardKind == "always");
}

TEST_CASE("incoming: busy and no-answer forwarding", "[incoming]") {
    QTemporaryDir dir;
    ConfigStore c(dir.path());
    apply(c, "call_waiting.enable = 0\nforward.busy.enable = 1\nforward.busy.target = 301\n"
             "forward.no_answer.enable = 1\nforward.no_answer.target = 302\n"
             "forward.no_answer.timeout = 3\n");
    const auto busy = decideIncoming(c, {1, false, 1});
    CHECK(busy.action == A::Forward);
    CHECK(busy.forwardTo == "301");
    const auto idle = decideIncoming(c, {1, false, 0});
    CHECK(idle.action == A::Ring);
    CHECK(idle.noAnswerForwardMs == 18000);
    CHECK(idle.forwardTo == "302");
    apply(c, "forward.busy.target = %NULL%\n"); // enabled without a target: not forwarding
    CHECK(decideIncoming(c, {1, false, 1}).status == 486);
}

TEST_CASE("incoming: anonymous callers are refused with 433 where the line asks", "[incoming]") {
    QTemporaryDir dir;
    ConfigStore c(dir.path());
    apply(c, "account.1.reject_anonymous_call = 1\n");
    const auto d = decideIncoming(c, {1, true, 0});
    CHECK(d.action == A::Reject);
    CHECK(d.status == 433);
    CHECK(decideIncoming(c, {1, false, 0}).action == A::Ring);
    CHECK(decideIncoming(c, {2, true, 0}).action == A::Ring);
}

#include "calls/CallerId.h"

TEST_CASE("caller identity: account.x.cid_source orders the headers", "[cid]") {
    using vidi::app::chooseCallerId;
    vidi::sip::CallerIdentities ids;
    ids.from = {"From", "sip:f@h"};
    ids.pai = {"Pai", "sip:p@h"};
    ids.rpid = {"Rpid", "sip:r@h"};
    CHECK(chooseCallerId(ids, 0).display == "From");
    CHECK(chooseCallerId(ids, 1).display == "Pai");
    CHECK(chooseCallerId(ids, 2).display == "Pai");
    CHECK(chooseCallerId(ids, 3).display == "Rpid");
    CHECK(chooseCallerId(ids, 4).display == "Pai");
    CHECK(chooseCallerId(ids, 5).display == "Rpid");
    ids.pai = {};
    CHECK(chooseCallerId(ids, 1).display == "anonymity"); // PAI only, and none came
    CHECK(chooseCallerId(ids, 2).display == "From");
    CHECK(chooseCallerId(ids, 4).display == "Rpid");
    ids.rpid = {};
    CHECK(chooseCallerId(ids, 3).display == "From");
}

TEST_CASE("incoming: intercom calls (seed §Intercom)", "[incoming]") {
    QTemporaryDir dir;
    ConfigStore c(dir.path());
    vidi::app::IncomingCall intercom;
    intercom.intercom = true;
    auto d = decideIncoming(c, intercom);
    CHECK(d.action == A::AutoAnswer);
    CHECK(d.warningTone);
    CHECK_FALSE(d.muteOnAnswer);
    intercom.otherCalls = 1; // no barge by default: it waits like a second call
    CHECK(decideIncoming(c, intercom).action == A::Ring);
    apply(c, "features.intercom.barge = 1\nfeatures.intercom.mute = 1\n");
    d = decideIncoming(c, intercom);
    CHECK(d.action == A::AutoAnswer);
    CHECK(d.holdOthers);
    CHECK(d.muteOnAnswer);
    apply(c, "features.intercom.allow = 0\n");
    CHECK(decideIncoming(c, intercom).status == 486);
    apply(c, "features.dnd.enable = 1\n");
    CHECK(decideIncoming(c, intercom).status == 480); // DND comes first
}
