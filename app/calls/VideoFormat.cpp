#include "calls/VideoFormat.h"

#include <QStringList>

namespace vidi::app {

namespace {

// "profile-level-id=42800D; packetization-mode=0" → value of `name`, or empty.
QString parameter(const QString &fmtp, const QString &name) {
    for (const QString &part : fmtp.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (p.section(QLatin1Char('='), 0, 0).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return p.section(QLatin1Char('='), 1).trimmed();
    }
    return {};
}

// Frame size in macroblocks (H.264 Table A-1 MaxFS) of a level_idc.
int maxFrameMacroblocks(int level) {
    if (level >= 31)
        return 3600;
    if (level >= 22)
        return 1620;
    if (level >= 21)
        return 792;
    return 396; // up to 2.0, and level 1b
}

} // namespace

VideoSendFormat videoSendFormat(const QString &encoding, const QString &fmtp, int maxResolution) {
    VideoSendFormat f;
    if (encoding.compare(QLatin1String("H264"), Qt::CaseInsensitive) != 0)
        return f;
    f.singleNalUnits = parameter(fmtp, QStringLiteral("packetization-mode")) != u"1";
    bool ok = false;
    const QString profileLevel = parameter(fmtp, QStringLiteral("profile-level-id"));
    const int level = profileLevel.size() == 6 ? profileLevel.right(2).toInt(&ok, 16) : 0;
    int macroblocks = maxFrameMacroblocks(ok ? level : 13);
    const int maxFs = parameter(fmtp, QStringLiteral("max-fs")).toInt(&ok);
    if (ok && maxFs > macroblocks)
        macroblocks = maxFs;
    if (macroblocks >= 3600 && maxResolution >= 2)
        f = {{1280, 720}, 1500, f.singleNalUnits};
    else if (macroblocks >= 1200 && maxResolution >= 1)
        f = {{640, 480}, 768, f.singleNalUnits};
    return f;
}

} // namespace vidi::app
