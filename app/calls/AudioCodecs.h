#pragma once
#include "sipstack/SdpOffer.h"
#include <QList>
#include <QStringList>

namespace vidi::app {

class ConfigStore;

// The audio formats an account offers, from its codec table (seed §7.1,
// account.x.codec.y.{enable,payload_type,priority,rtpmap}): the enabled rows whose codec is
// installed, by priority (1 first; 0 after every numbered one), each payload type once.
// `installed` holds the encodings the media engine can carry ("PCMU", "PCMA", "G722").
QList<sip::PayloadFormat> offeredAudioFormats(const ConfigStore &config, int account,
                                              const QStringList &installed);
// The same for video (account.x.video_codec.y.*, seed digest §7.2): H.264, H.263, MPEG-4.
QList<sip::PayloadFormat> offeredVideoFormats(const ConfigStore &config, int account,
                                              const QStringList &installed);

} // namespace vidi::app
