#include "config/ParamRegistry.h"
#include <catch2/catch.hpp>

using namespace vidi::app;

TEST_CASE("registry: indexed keys resolve within their range", "[registry]") {
    const auto &r = ParamRegistry::instance();
    REQUIRE(r.find("account.1.enable"));
    REQUIRE(r.find("account.4.sip_server_host"));
    CHECK_FALSE(r.find("account.5.enable"));
    CHECK_FALSE(r.find("account.0.enable"));
    CHECK_FALSE(r.find("account.enable"));
    CHECK_FALSE(r.find("no.such.key"));
    CHECK(r.defaultValue("account.2.sip_server_port") == "5060");
    CHECK(r.defaultValue("features.pound_key.mode") == "1");
    CHECK(r.defaultValue("network.port.min_rtpport") == "11780");
}

TEST_CASE("registry: the foundation's keys are declared", "[registry]") {
    const QStringList names = ParamRegistry::instance().allNames();
    for (const char *key :
         {"sip.listen_port", "network.port.http", "network.port.min_rtpport",
          "network.port.max_rtpport", "features.action_uri_limit_ip", "action_url.setup_completed",
          "action_url.missed_call", "account.3.outbound_host", "account.4.transport"})
        CHECK(names.contains(QString::fromLatin1(key)));
    CHECK(names.filter("account.").size() >= 4 * 14);
}

TEST_CASE("registry: values are validated by type and range", "[registry]") {
    const auto &r = ParamRegistry::instance();
    const ParamSpec &port = *r.find("account.1.sip_server_port");
    CHECK(r.validate(port, "5060").isEmpty());
    CHECK_FALSE(r.validate(port, "0").isEmpty());
    CHECK_FALSE(r.validate(port, "65536").isEmpty());
    CHECK_FALSE(r.validate(port, "50x").isEmpty());
    const ParamSpec &enable = *r.find("account.1.enable");
    CHECK(r.validate(enable, "1").isEmpty());
    CHECK_FALSE(r.validate(enable, "yes").isEmpty());
    const ParamSpec &trusted = *r.find("features.action_uri_limit_ip");
    CHECK(r.validate(trusted, "10.0.0.1, 127.0.0.1").isEmpty());
    CHECK(r.validate(trusted, "any").isEmpty());
    CHECK_FALSE(r.validate(trusted, "10.0.0.300").isEmpty());
    const ParamSpec &url = *r.find("action_url.log_on");
    CHECK(r.validate(url, "http://10.1.1.1/help.xml?mac=$mac").isEmpty());
    CHECK_FALSE(r.validate(url, "gopher://x").isEmpty());
    const ParamSpec &t1 = *r.find("account.2.advanced.timer_t1");
    CHECK(r.validate(t1, "0.5").isEmpty());
    CHECK(r.validate(t1, "2").isEmpty());
    CHECK_FALSE(r.validate(t1, "half").isEmpty());
    CHECK_FALSE(r.validate(t1, "11").isEmpty());
    const ParamSpec &label = *r.find("account.1.label");
    CHECK_FALSE(r.validate(label, "two\nlines").isEmpty());
}
