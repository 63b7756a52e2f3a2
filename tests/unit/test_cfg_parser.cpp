#include "config/CfgParser.h"
#include <catch2/catch.hpp>

using namespace vidi::app;

TEST_CASE("cfg grammar: header, comments, name = value split at the first '='", "[cfg]") {
    const auto r = parseCfg("#!version:1.0.0.1\n"
                            "# a comment line\n"
                            "   # an indented comment\n"
                            "\n"
                            "account.1.sip_server_port = 5060\n"
                            "features.pound_key.mode= 2\n"
                            "action_url.log_on = http://h/x?a=b&c=$mac\n"
                            "account.1.label =   Front Desk  \n",
                            "common.cfg");
    REQUIRE(r.accepted);
    REQUIRE(r.issues.isEmpty());
    REQUIRE(r.entries.size() == 4);
    CHECK(r.entries[0].name == "account.1.sip_server_port");
    CHECK(r.entries[0].value == "5060");
    CHECK(r.entries[0].line == 5);
    CHECK(r.entries[1].value == "2");
    CHECK(r.entries[2].value == "http://h/x?a=b&c=$mac"); // only the first '=' splits
    CHECK(r.entries[3].value == "Front Desk");
}

TEST_CASE("cfg grammar: an empty value leaves the setting alone", "[cfg]") {
    const auto r = parseCfg("#!version:1.0.0.1\nlang.gui =\naccount.1.label=\n", "f.cfg");
    CHECK(r.entries.isEmpty());
    CHECK(r.issues.isEmpty());
}

TEST_CASE("cfg grammar: !NULL! and %NULL% reset to the default", "[cfg]") {
    const auto r = parseCfg("#!version:1.0.0.1\na.b = !NULL!\nc.d = %NULL%\n", "f.cfg");
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].reset);
    CHECK(r.entries[1].reset);
    CHECK(r.entries[1].value.isEmpty());
}

TEST_CASE("cfg grammar: malformed lines are reported with file and line, the rest applies",
          "[cfg]") {
    const auto r = parseCfg("#!version:1.0.0.1\n"
                            "account.1.enable = 1\n"
                            "this line has no equals sign\n"
                            "bad name! = 3\n"
                            " = value without a name\n"
                            "account.1.label = ok\n",
                            "y000000000023.cfg");
    REQUIRE(r.accepted);
    REQUIRE(r.entries.size() == 2);
    REQUIRE(r.issues.size() == 3);
    CHECK(r.issues[0].line == 3);
    CHECK(r.issues[0].toString().startsWith("y000000000023.cfg:3: "));
    CHECK(r.issues[1].line == 4);
    CHECK(r.issues[2].line == 5);
}

TEST_CASE("cfg grammar: a file without the version header is refused as a whole", "[cfg]") {
    const auto r = parseCfg("<html><body>404 Not Found</body></html>\naccount.1.enable = 1\n",
                            "001565113af8.cfg");
    CHECK_FALSE(r.accepted);
    CHECK(r.entries.isEmpty());
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues[0].message.contains("#!version:1.0.0.1"));
}

TEST_CASE("cfg grammar: CRLF line ends and a UTF-8 byte order mark are accepted", "[cfg]") {
    const auto r = parseCfg(
        QString(QChar(0xFEFF)) + "#!version:1.0.0.1\r\naccount.1.label = Caf\u00e9\r\n", "w.cfg");
    REQUIRE(r.accepted);
    REQUIRE(r.entries.size() == 1);
    CHECK(r.entries[0].value == QStringLiteral("Caf\u00e9"));
}

TEST_CASE("formatCfg writes what parseCfg reads back", "[cfg]") {
    const QString text = formatCfg({{"account.1.label", "A = B"}, {"sip.listen_port", "5070"}});
    const auto r = parseCfg(text, "round.cfg");
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].value == "A = B");
    CHECK(r.entries[1].value == "5070");
}
