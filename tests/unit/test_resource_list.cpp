#include "events/ResourceList.h"
#include <catch2/catch.hpp>

using namespace vidi::app;

namespace {
QByteArray dialogInfo(const char *state) {
    QByteArray dialogs = state ? QByteArray("<dialog id=\"1\" direction=\"recipient\"><state>") +
                                     state + "</state></dialog>"
                               : QByteArray();
    return "<?xml version=\"1.0\"?>\r\n<dialog-info xmlns=\"urn:ietf:params:xml:ns:dialog-info\" "
           "version=\"1\" state=\"full\" entity=\"sip:x@pbx\">" +
           dialogs + "</dialog-info>";
}

QByteArray body(bool full) {
    return "--b1\r\nContent-Type: application/rlmi+xml;charset=\"UTF-8\"\r\n"
           "Content-ID: <rlmi@pbx>\r\n\r\n"
           "<?xml version=\"1.0\"?>\r\n<list xmlns=\"urn:ietf:params:xml:ns:rlmi\" "
           "uri=\"sip:blf_3601@pbx\" version=\"1\" fullState=\"" +
           QByteArray(full ? "true" : "false") +
           "\"><resource uri=\"sip:3602@pbx\"><name>Reception</name>"
           "<instance id=\"a\" state=\"active\" cid=\"c1@pbx\"/></resource>"
           "<resource uri=\"sip:3603@pbx\"><name>Sales</name>"
           "<instance id=\"b\" state=\"active\" cid=\"c2@pbx\"/></resource></list>\r\n"
           "--b1\r\nContent-Transfer-Encoding: binary\r\nContent-ID: <c1@pbx>\r\n"
           "Content-Type: application/dialog-info+xml\r\n\r\n" +
           dialogInfo("early") +
           "\r\n"
           "--b1\r\nContent-ID: <c2@pbx>\r\nContent-Type: application/dialog-info+xml\r\n\r\n" +
           dialogInfo(full ? nullptr : "confirmed") + "\r\n--b1--\r\n";
}
const QByteArray kType = "multipart/related;type=\"application/rlmi+xml\";boundary=\"b1\"";
} // namespace

TEST_CASE("resource list NOTIFY (RFC 4662): resources in order with their dialogs", "[blf]") {
    QString error;
    auto list = ResourceList::parse(body(true), kType, &error);
    REQUIRE(list);
    REQUIRE(list->resources.size() == 2);
    CHECK(list->resources[0].uri == "sip:3602@pbx");
    CHECK(list->resources[0].name == "Reception");
    REQUIRE(list->resources[0].dialogs);
    CHECK(list->resources[0].dialogs->summary() == DialogInfo::State::Ringing);
    CHECK(list->resources[1].dialogs->summary() == DialogInfo::State::Idle);

    auto partial = ResourceList::parse(body(false), kType, &error);
    REQUIRE(partial);
    CHECK_FALSE(partial->fullState);
    list->merge(*partial);
    CHECK(list->resources[1].dialogs->summary() == DialogInfo::State::Busy);
}

TEST_CASE("resource list: broken bodies are refused with a reason", "[blf]") {
    QString error;
    CHECK_FALSE(ResourceList::parse(body(true), "multipart/related", &error));
    CHECK(error.contains("boundary"));
    CHECK_FALSE(ResourceList::parse("garbage", kType, &error));
    CHECK_FALSE(
        ResourceList::parse("--b1\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b1--", kType, &error));
    CHECK(error.contains("RLMI"));
}
