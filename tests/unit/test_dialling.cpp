#include "calls/CallManager.h"
#include "web/ActionUri.h"
#include <catch2/catch.hpp>

using vidi::app::ActionUri;
using vidi::app::CallManager;

TEST_CASE("dialling: numbers go to the account's server, URIs and IPs go direct", "[dial]") {
    CHECK(CallManager::targetUri("3602", "pbx.example.com", 5060) == "sip:3602@pbx.example.com");
    CHECK(CallManager::targetUri("3602", "10.0.0.1", 5070) == "sip:3602@10.0.0.1:5070");
    CHECK(CallManager::targetUri("*72", "pbx", 5060) == "sip:*72@pbx");
    CHECK(CallManager::targetUri("bob@example.org", "pbx", 5060) == "sip:bob@example.org");
    CHECK(CallManager::targetUri("sip:alice@h;transport=udp", "pbx", 5060) ==
          "sip:alice@h;transport=udp");
    CHECK(CallManager::targetUri("192.168.1.20", "pbx", 5060) == "sip:192.168.1.20");
    CHECK(CallManager::targetUri("192.168.1.20:5062", "pbx", 5060) == "sip:192.168.1.20:5062");
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
