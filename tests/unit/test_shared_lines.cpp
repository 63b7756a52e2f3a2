#include "calls/SharedLines.h"
#include <catch2/catch.hpp>

using namespace vidi::app;

TEST_CASE("SCA: the Call-Info values of a call-info NOTIFY (BroadSoft)", "[sca]") {
    const QList<Appearance> a =
        parseAppearances("<sip:pbx.example.com>;appearance-index=*;appearance-state=idle, "
                         "<sip:pbx.example.com>;appearance-index=1;appearance-state=active;"
                         "appearance-uri=\"\\\"Carol, Sales\\\" <sip:2002@pbx.example.com>\", "
                         "<sip:pbx.example.com>;appearance-index=2;appearance-state=HELD, "
                         "<sip:pbx.example.com>;answer-after=0");
    REQUIRE(a.size() == 3); // the value without an appearance is not one
    CHECK(a[0].index == 0);
    CHECK(a[0].state == "idle");
    CHECK(a[1].index == 1);
    CHECK(a[1].state == "active");
    // A comma inside the quoted URI does not split the value.
    CHECK(a[1].uri.contains("sip:2002@pbx.example.com"));
    CHECK(a[1].uri.contains("Carol, Sales"));
    CHECK(a[2].index == 2);
    CHECK(a[2].state == "held"); // any case
    CHECK(parseAppearances("").isEmpty());
    CHECK(parseAppearances("garbage;;;,,,<").isEmpty());
}
