#include "config/ConfigStore.h"
#include "dialling/DialPattern.h"
#include "dialling/DialPlan.h"
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace vidi::app;

TEST_CASE("dial pattern: the seed's syntax", "[dialplan]") {
    CHECK(DialPattern("12.").matches("123"));
    CHECK(DialPattern("12.").matches("12abc"));
    CHECK_FALSE(DialPattern("12.").matches("13"));
    CHECK(DialPattern("1x3").matches("123"));
    CHECK_FALSE(DialPattern("1x3").matches("1223"));
    CHECK(DialPattern("[5-7]00").matches("600"));
    CHECK_FALSE(DialPattern("[5-7]00").matches("800"));
    CHECK(DialPattern("[2,5,8]1").matches("51"));
    CHECK_FALSE(DialPattern("[2,5,8]1").matches("31"));
    CHECK_FALSE(DialPattern("[2,5,8]1").matches(",1"));
    CHECK(DialPattern("*72").matches("*72")); // '*' is a digit of the keypad, not a wildcard
    CHECK_FALSE(DialPattern("(12").isValid());
}

TEST_CASE("dial pattern: groups and $n (seed acceptance 13)", "[dialplan]") {
    const DialPattern p("001(xxx)45(xx)");
    CHECK(p.replace("0012354599", "9001$145$2") == "90012354599");
    CHECK(p.replace("999", "9001$145$2") == "999");
}

namespace {
struct Plan {
    QTemporaryDir dir;
    ConfigStore config{dir.path()};
    void set(const char *lines) {
        config.applyCfg(QStringLiteral("#!version:1.0.0.1\n") + QString::fromLatin1(lines), "p");
        REQUIRE(config.issues().isEmpty());
    }
    DialPlan::Outcome apply(const char *typed, int account = 1) {
        return DialPlan(config).apply(QString::fromLatin1(typed), account);
    }
};
} // namespace

TEST_CASE("dial plan: replace, area code, block out and their priority (acceptance 14)",
          "[dialplan]") {
    Plan p;
    p.set("dialplan.replace.prefix.1 = 001(xxx)45(xx)\n"
          "dialplan.replace.replace.1 = 9001$145$2\n"
          "dialplan.area_code.code = 010\n"
          "dialplan.area_code.min_len = 2\n"
          "dialplan.area_code.max_len = 13\n"
          "dialplan.block_out.number.1 = 0000\n");
    CHECK(p.apply("0012354599").number == "90012354599"); // replace wins over the area code
    CHECK(p.apply("12345").number == "01012345");
    CHECK(p.apply("1").number == "1"); // shorter than min_len: unchanged
    CHECK(p.apply("0000").blocked);
    CHECK_FALSE(p.apply("12345").blocked);
}

TEST_CASE("dial plan: line_id limits a rule to its accounts", "[dialplan]") {
    Plan p;
    p.set("dialplan.replace.prefix.2 = 9.\n"
          "dialplan.replace.replace.2 = 00\n"
          "dialplan.replace.line_id.2 = 2,3\n"
          "dialplan.block_out.number.1 = 911x\n"
          "dialplan.block_out.line_id.1 = 1\n");
    CHECK(p.apply("9123", 1).number == "9123");
    CHECK(p.apply("9123", 2).number == "00");
    CHECK(p.apply("9110", 1).blocked);
    CHECK_FALSE(p.apply("9110", 4).blocked);
}

TEST_CASE("dial plan: dial-now rules", "[dialplan]") {
    Plan p;
    p.set("dialplan.dialnow.rule.1 = 2216\ndialplan.dialnow.rule.2 = 1xx\n");
    const DialPlan plan(p.config);
    CHECK(plan.isDialNow("2216", 1));
    CHECK_FALSE(plan.isDialNow("221", 1));
    CHECK(plan.isDialNow("123", 1));
    CHECK_FALSE(plan.isDialNow("1234", 1));
}

TEST_CASE("dial plan: emergency numbers always go out as dialled", "[dialplan]") {
    Plan p;
    p.set("dialplan.block_out.number.1 = 1xx\n"
          "dialplan.replace.prefix.1 = 9(.)\n"
          "dialplan.replace.replace.1 = 0$1\n");
    CHECK_FALSE(p.apply("112").blocked);
    CHECK(p.apply("112").number == "112");
    CHECK(p.apply("113").blocked);
    CHECK(p.apply("911").number == "911"); // not rewritten by the replace rule
    CHECK(p.apply("955").number == "055");
    p.set("phone_setting.emergency.number = 999\n");
    CHECK(p.apply("112").blocked);
    CHECK(p.apply("999").number == "999");
}
