#pragma once
#include <QString>
#include <QStringList>

namespace vidi::media {

// Initialises GStreamer once. Returns false with *error when it cannot.
bool initialize(int *argc, char ***argv, QString *error = nullptr);
QString gstreamerVersion();
// Whether every element the G.711 path needs is installed.
bool hasAudioElements(QString *missing = nullptr);
// The audio encodings ("PCMU", "PCMA", "G722") whose GStreamer elements are installed.
QStringList installedAudioCodecs();
// Whether the acoustic echo canceller (webrtcdsp) is installed.
bool echoCancellerInstalled();

} // namespace vidi::media
