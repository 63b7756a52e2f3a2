#include "events/MessageSummary.h"
#include "events/VoiceMailBox.h"
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace vidi::app;

TEST_CASE("message-summary bodies (RFC 3842 §5.2)", "[mwi]") {
    auto s = MessageSummary::parse("Messages-Waiting: yes\r\nMessage-Account: sip:a@b\r\n"
                                   "Voice-Message: 2/8 (0/2)\r\n");
    REQUIRE(s);
    CHECK(s->waiting);
    CHECK(s->newVoice == 2);
    CHECK(s->oldVoice == 8);
    s = MessageSummary::parse("messages-waiting:no\nvoice-message:0/3\n");
    REQUIRE(s);
    CHECK_FALSE(s->waiting);
    CHECK(s->oldVoice == 3);
    CHECK_FALSE(MessageSummary::parse("Voice-Message: 2/8\r\n")); // Messages-Waiting is required
    CHECK_FALSE(MessageSummary::parse(QByteArray("\x00\xff garbage", 10)));
}

TEST_CASE("voice mail box: new messages over the accounts", "[mwi]") {
    VoiceMailBox box;
    QSignalSpy changed(&box, &VoiceMailBox::changed);
    CHECK(box.update(1, "Messages-Waiting: yes\r\nVoice-Message: 2/0\r\n"));
    CHECK(box.update(3, "Messages-Waiting: yes\r\nVoice-Message: 5/1\r\n"));
    CHECK(box.newMessages() == 7);
    CHECK(box.update(1, "Messages-Waiting: yes\r\nVoice-Message: 2/0\r\n")); // no change
    CHECK(changed.count() == 2);
    CHECK(box.update(3, "Messages-Waiting: no\r\n"));
    CHECK(box.newMessages() == 2);
    CHECK_FALSE(box.update(1, "not a summary"));
    CHECK(box.newMessages(1) == 2); // a bad body loses nothing
}
