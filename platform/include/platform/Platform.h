#pragma once
#include <QObject>
#include <QString>
#include <QtPlugin>

namespace vidi::platform {

// The phone's hardware as the application sees it: hook switch, audio routing, the GStreamer
// descriptions of microphone and speaker, reboot. Implemented by a plugin per device
// (`desktop` simulates a phone on a PC; `embedded` drives a board through Linux interfaces).
class Q_DECL_EXPORT Platform : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(bool simulated READ isSimulated CONSTANT)
    Q_PROPERTY(bool offHook READ isOffHook NOTIFY hookChanged)
    Q_PROPERTY(AudioRoute audioRoute READ audioRoute WRITE setAudioRoute NOTIFY audioRouteChanged)
public:
    enum class AudioRoute { Speaker, Handset, Headset };
    Q_ENUM(AudioRoute)

    using QObject::QObject;
    ~Platform() override;

    virtual QString name() const = 0;
    virtual bool isSimulated() const = 0;
    virtual bool isOffHook() const = 0;
    virtual AudioRoute audioRoute() const = 0;
    virtual void setAudioRoute(AudioRoute route) = 0;

    // GStreamer launch descriptions ("pulsesrc", "alsasrc device=hw:0", ...).
    virtual QString audioSource() const = 0;
    virtual QString audioSink() const = 0;
    // Where the ring goes: the loudspeaker on a desk phone even while the handset is up.
    virtual QString ringerSink() const { return audioSink(); }
    // The camera as a GStreamer launch description ("v4l2src"); empty when the device has
    // none, which makes it an audio phone (no video offered, offered video declined).
    virtual QString camera() const { return {}; }
    // Whether the microphone hears the loudspeaker now, so that calls must cancel the echo:
    // in hands-free on a desk phone (the handset and a headset keep them apart).
    virtual bool hearsLoudspeaker() const { return audioRoute() == AudioRoute::Speaker; }

    virtual void reboot() = 0;

    // Only a simulator can move the hook by software; hardware ignores these.
    Q_INVOKABLE virtual void simulateHook(bool offHook) { Q_UNUSED(offHook) }

Q_SIGNALS:
    void hookChanged(bool offHook);
    void audioRouteChanged();
    void keyPressed(const QString &key);
    void rebootRequested();
};

// What a platform plugin exports.
class PlatformFactory {
public:
    virtual ~PlatformFactory() = default;
    virtual Platform *create(QObject *parent) = 0;
};

} // namespace vidi::platform

#define VidiPlatformFactory_iid "org.vidi.PlatformFactory/1.0"
Q_DECLARE_INTERFACE(vidi::platform::PlatformFactory, VidiPlatformFactory_iid)
