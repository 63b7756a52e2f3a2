#pragma once
#include <QString>
#include <QUrl>

namespace vidi::app {

class ConfigStore;

// Which ring an incoming call gets from its Alert-Info (seed §5.23 "Distinctive ring tones"),
// when account.x.alert_info_url_enable allows it:
//   1. "Bellcore-drN" or "MyMelodyN" anywhere in it: RingN.wav (N 1..8);
//   2. a URL: download it and play it (`download`);
//   3. if there is none or the download fails: its info= keyword matched against
//      distinctive_ring_tones.alert_info.x.text plays .x.ringer (RingN.wav);
//   4. otherwise the caller's ring from the directory (`directoryRing`: the contact's, else
//      its group's; "Resource:RingN.wav" — seed §5.23, §9.6; blank is Auto);
//   5. otherwise the phone's own ring tone (phone_setting.ring_type).
struct RingToneChoice {
    QString ring;  // "RingN.wav" to play now
    QUrl download; // a ring to fetch and play instead, when it arrives

    static RingToneChoice choose(const QString &alertInfo, int account, const ConfigStore &config,
                                 const QString &directoryRing = {});
    // "Ring3.wav" of the directory's "Resource:Ring3.wav"; empty for Auto and for custom rings
    // (not stored on this phone yet).
    static QString directoryRingFile(const QString &ring);
    // Rule 3 (and 4): the ring for an info= keyword.
    static QString ringForInfo(const QString &info, const ConfigStore &config);
};

} // namespace vidi::app
