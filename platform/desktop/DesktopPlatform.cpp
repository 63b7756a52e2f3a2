#include "DesktopPlatform.h"
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDesktop, "vidi.platform.desktop")

namespace vidi::platform {

namespace {
bool pulseAudioRunning() {
    if (!qEnvironmentVariableIsEmpty("PULSE_SERVER"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/pulse/native"));
}
} // namespace

DesktopPlatform::DesktopPlatform(QObject *parent)
    : Platform(parent) {
    // VIDI_AUDIO_SOURCE / VIDI_AUDIO_SINK / VIDI_RINGER_SINK override the choice (tests feed
    // a known tone and record what is heard). The test tone comes 20 ms at a time, as from a
    // microphone (audiotestsrc's own 1024 samples would be 128 ms bursts at 8 kHz).
    const bool pulse = pulseAudioRunning();
    m_source = qEnvironmentVariable("VIDI_AUDIO_SOURCE",
                                    pulse ? QStringLiteral("pulsesrc")
                                          : QStringLiteral("audiotestsrc is-live=true wave=sine "
                                                           "freq=1000 volume=0.3 "
                                                           "samplesperbuffer=160"));
    m_sink = qEnvironmentVariable("VIDI_AUDIO_SINK", pulse ? QStringLiteral("pulsesink")
                                                           : QStringLiteral("fakesink sync=true"));
    // A test tone and a file do not hear each other; the PC's microphone and speakers do.
    // VIDI_ECHO_CANCEL=1 or 0 says otherwise (a test that builds an echo path of its own).
    m_acousticPath = qEnvironmentVariable("VIDI_ECHO_CANCEL",
                                          pulse && !qEnvironmentVariableIsSet("VIDI_AUDIO_SOURCE")
                                              ? "1"
                                              : "0") == u"1";
    m_ringer = qEnvironmentVariable("VIDI_RINGER_SINK", m_sink); // the same device by default
    // A webcam when there is one, else a moving test pattern; VIDI_VIDEO_SOURCE chooses
    // another, and "none" makes an audio phone.
    m_camera = qEnvironmentVariable("VIDI_VIDEO_SOURCE",
                                    QFileInfo::exists(QStringLiteral("/dev/video0"))
                                        ? QStringLiteral("v4l2src")
                                        : QStringLiteral("videotestsrc is-live=true pattern=ball"));
    if (m_camera == u"none")
        m_camera.clear();
    qCInfo(lcDesktop) << "audio source:" << m_source << "sink:" << m_sink
                      << "camera:" << (m_camera.isEmpty() ? QStringLiteral("none") : m_camera);
}

void DesktopPlatform::setAudioRoute(AudioRoute route) {
    if (route == m_route)
        return;
    m_route = route;
    Q_EMIT audioRouteChanged();
}

bool DesktopPlatform::hearsLoudspeaker() const {
    return m_acousticPath && Platform::hearsLoudspeaker();
}

void DesktopPlatform::reboot() {
    qCInfo(lcDesktop) << "reboot requested (simulated)";
    Q_EMIT rebootRequested();
}

void DesktopPlatform::simulateHook(bool offHook) {
    if (offHook == m_offHook)
        return;
    m_offHook = offHook;
    setAudioRoute(offHook ? AudioRoute::Handset : AudioRoute::Speaker);
    Q_EMIT hookChanged(offHook);
}

} // namespace vidi::platform
