#pragma once
#include "platform/Platform.h"

namespace vidi::platform {

class DesktopPlatform : public Platform {
    Q_OBJECT
public:
    explicit DesktopPlatform(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("desktop"); }
    bool isSimulated() const override { return true; }
    bool isOffHook() const override { return m_offHook; }
    AudioRoute audioRoute() const override { return m_route; }
    void setAudioRoute(AudioRoute route) override;
    QString audioSource() const override { return m_source; }
    QString camera() const override { return m_camera; }
    QString audioSink() const override { return m_sink; }
    QString ringerSink() const override { return m_ringer; }
    bool hearsLoudspeaker() const override;
    void reboot() override;
    void simulateHook(bool offHook) override;

private:
    bool m_offHook = false;
    AudioRoute m_route = AudioRoute::Speaker;
    bool m_acousticPath = false; // a real microphone and loudspeaker (PulseAudio)
    QString m_source, m_sink, m_ringer, m_camera;
};

} // namespace vidi::platform
