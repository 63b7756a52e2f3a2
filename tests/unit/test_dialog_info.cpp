#include "events/DialogInfo.h"
#include <catch2/catch.hpp>

using namespace vidi::app;

namespace {
QByteArray doc(const QByteArray &state, const QByteArray &dialogs) {
    return "<?xml version=\"1.0\"?>\n<dialog-info xmlns=\"urn:ietf:params:xml:ns:dialog-info\" "
           "version=\"3\" state=\"" +
           state + "\" entity=\"sip:3602@pbx\">" + dialogs + "</dialog-info>";
}
} // namespace

TEST_CASE("dialog-info: idle, ringing and busy (RFC 4235)", "[blf]") {
    QString error;
    auto idle = DialogInfo::parse(doc("full", ""), &error);
    REQUIRE(idle);
    CHECK(idle->summary() == DialogInfo::State::Idle);
    CHECK(idle->version == 3);

    auto ringing = DialogInfo::parse(
        doc("full", "<dialog id=\"d1\" call-id=\"abc@h\" local-tag=\"L\" remote-tag=\"R\" "
                    "direction=\"recipient\"><state>early</state><remote><identity>"
                    "sip:2001@pbx</identity></remote></dialog>"),
        &error);
    REQUIRE(ringing);
    CHECK(ringing->summary() == DialogInfo::State::Ringing);
    REQUIRE(ringing->ringing());
    CHECK(ringing->ringing()->callId == "abc@h");
    CHECK(ringing->ringing()->localTag == "L");
    CHECK(ringing->ringing()->remoteIdentity == "sip:2001@pbx");

    auto calling = DialogInfo::parse(
        doc("full", "<dialog id=\"d2\" direction=\"initiator\"><state>early</state></dialog>"),
        &error);
    REQUIRE(calling);
    CHECK(calling->summary() == DialogInfo::State::Busy); // the user is calling out
    CHECK_FALSE(calling->ringing());
}

TEST_CASE("dialog-info: partial documents update by dialog id", "[blf]") {
    QString error;
    auto info = DialogInfo::parse(
        doc("full", "<dialog id=\"d1\" direction=\"recipient\"><state>early</state></dialog>"),
        &error);
    REQUIRE(info);
    auto answered = DialogInfo::parse(
        doc("partial", "<dialog id=\"d1\" direction=\"recipient\"><state>confirmed</state>"
                       "</dialog>"),
        &error);
    REQUIRE(answered);
    CHECK_FALSE(answered->full);
    info->merge(*answered);
    CHECK(info->summary() == DialogInfo::State::Busy);
    auto over = DialogInfo::parse(
        doc("partial", "<dialog id=\"d1\"><state>terminated</state></dialog>"), &error);
    info->merge(*over);
    CHECK(info->summary() == DialogInfo::State::Idle);
    CHECK(info->dialogs.isEmpty());
}

TEST_CASE("dialog-info: malformed documents are refused with a reason", "[blf]") {
    QString error;
    CHECK_FALSE(DialogInfo::parse("<dialog-info><dialog id=\"x\"><state>early", &error));
    CHECK(error.contains("dialog-info line"));
    CHECK_FALSE(DialogInfo::parse("<presence/>", &error));
    CHECK(error.contains("not a dialog-info"));
    CHECK_FALSE(DialogInfo::parse("", &error));
}
