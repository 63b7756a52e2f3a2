#pragma once
#include <QByteArray>
#include <optional>

namespace vidi::app {

// An RFC 3842 message-summary body: "Messages-Waiting: yes" and "Voice-Message: 2/8 (0/2)".
struct MessageSummary {
    bool waiting = false;
    int newVoice = 0;
    int oldVoice = 0;

    // nullopt when the body has no Messages-Waiting line (RFC 3842 §5.2 makes it mandatory).
    static std::optional<MessageSummary> parse(const QByteArray &body);
};

} // namespace vidi::app
