#include "platform/Platform.h"

namespace vidi::platform {
Platform::~Platform() = default;
} // namespace vidi::platform
