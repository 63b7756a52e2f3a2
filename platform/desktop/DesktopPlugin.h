#pragma once
#include "platform/Platform.h"

namespace vidi::platform {

class DesktopPlugin : public QObject, public PlatformFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VidiPlatformFactory_iid FILE "desktop.json")
    Q_INTERFACES(vidi::platform::PlatformFactory)
public:
    Platform *create(QObject *parent) override;
};

} // namespace vidi::platform
