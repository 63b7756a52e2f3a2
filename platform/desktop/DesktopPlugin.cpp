#include "DesktopPlugin.h"
#include "DesktopPlatform.h"

namespace vidi::platform {
Platform *DesktopPlugin::create(QObject *parent) {
    return new DesktopPlatform(parent);
}
} // namespace vidi::platform
