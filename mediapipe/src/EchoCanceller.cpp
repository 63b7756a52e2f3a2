#include "EchoCanceller.h"
#include <atomic>
#include <gst/gst.h>

namespace vidi::media {

EchoCanceller::EchoCanceller() {
    static std::atomic<int> next{0};
    m_probe = QStringLiteral("vidiechoprobe%1").arg(next++);
}

QString EchoCanceller::microphoneStage() const {
    // delay-agnostic: the time from the probe to the microphone is not known on the desktop
    // (and differs by device); the canceller finds it. extended-filter covers longer echo tails.
    return QStringLiteral("webrtcdsp probe=%1 echo-cancel=true noise-suppression=true "
                          "gain-control=true delay-agnostic=true extended-filter=true ! ")
        .arg(m_probe);
}

QString EchoCanceller::speakerStage() const {
    return QStringLiteral("webrtcechoprobe name=%1 ! ").arg(m_probe);
}

bool EchoCanceller::available() {
    for (const char *name : {"webrtcdsp", "webrtcechoprobe"}) {
        GstElementFactory *f = gst_element_factory_find(name);
        if (!f)
            return false;
        gst_object_unref(f);
    }
    return true;
}

} // namespace vidi::media
