#include "web/StatusJson.h"
#include "AccountListModel.h"
#include "Phone.h"
#include "calls/Call.h"
#include "calls/CallCompletion.h"
#include "calls/CallManager.h"
#include "calls/SharedLines.h"
#include "config/ConfigStore.h"
#include "config/Provisioner.h"
#include "directory/Directory.h"
#include "dss/BlfMonitor.h"
#include "history/CallHistory.h"
#include "sipstack/SipAccount.h"
#include "sipstack/SipStack.h"

#include <QJsonArray>
#include <QMetaEnum>

namespace vidi::app {

namespace {
// A call's video stream, or null for an audio call.
QJsonValue videoJson(const Call &call) {
    if (!call.hasVideo())
        return QJsonValue::Null;
    const media::VideoStats v = call.videoStats();
    return QJsonObject{{"codec", v.codec},
                       {"width", v.receivedSize.width()},
                       {"height", v.receivedSize.height()},
                       {"sentWidth", v.sentSize.width()},
                       {"sentHeight", v.sentSize.height()},
                       {"fps", qRound(v.receivedFps * 10) / 10.0},
                       {"framesDecoded", qint64(v.framesDecoded)},
                       {"framesShown", qint64(v.framesShown)},
                       {"packetsSent", qint64(v.packetsSent)},
                       {"packetsReceived", qint64(v.packetsReceived)},
                       {"sending", v.sending},
                       {"cameraStopped", call.isCameraStopped()},
                       {"targetKbps", v.targetKbps},
                       {"lipSynced", v.lipSynced},
                       {"heldForSoundMs", v.heldForSoundMs},
                       {"encrypted", v.encrypted}};
}
} // namespace

namespace {
template <typename E> QString enumName(E value) {
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

// The call log, newest first (seed §4.8).
QJsonArray historyJson(const CallHistory &history) {
    QJsonArray entries;
    for (const CallHistory::Entry &e : history.entries())
        entries.append(QJsonObject{{"kind", enumName(e.kind)},
                                   {"name", e.name},
                                   {"uri", e.uri},
                                   {"account", e.account},
                                   {"time", e.time.toString(Qt::ISODate)},
                                   {"duration", e.durationSeconds}});
    return entries;
}
} // namespace

QJsonObject statusJson(const Phone &phone) {
    QJsonArray accounts;
    for (int i = 1; i <= 4; ++i) {
        const sip::SipAccount *a = phone.sipStack()->account(i);
        const auto &s = a->settings();
        accounts.append(QJsonObject{
            {"index", i},
            {"enabled", s.usable()},
            {"label", s.label},
            {"uri", s.aor()},
            {"registration", AccountListModel::stateName(int(a->state()))},
            {"lastStatus", a->lastStatus()},
        });
    }
    QJsonArray calls;
    for (const Call *c : phone.calls()->calls()) {
        const auto stats = c->mediaStats();
        calls.append(QJsonObject{
            {"state", enumName(c->state())},
            {"incoming", c->isIncoming()},
            {"remote", c->remoteUri()},
            {"remoteName", c->remoteName()},
            {"account", c->accountIndex()},
            {"duration", c->duration()},
            {"muted", c->isMuted()},
            {"held", c->isHeld()},
            {"remoteHeld", c->isRemoteHeld()},
            {"encrypted", c->isEncrypted()},
            {"earlyMedia", c->hasEarlyMedia()},
            {"codec", stats.codec},
            {"rtpPacketsSent", qint64(stats.packetsSent)},
            {"rtpPacketsReceived", qint64(stats.packetsReceived)},
            {"srtpPacketsRejected", qint64(stats.packetsRejected)},
            {"comfortNoiseSent", qint64(stats.comfortNoiseSent)},
            {"comfortNoiseReceived", qint64(stats.comfortNoiseReceived)},
            {"packetsLost", qint64(stats.packetsLost)},
            {"lossPercent", stats.lossPercent},
            {"jitterMs", stats.jitterMs},
            {"jitterBufferMs", stats.jitterBufferMs},
            {"bitrateKbps", stats.bitrateKbps},
            {"remoteReport", stats.haveRemoteReport},
            {"remoteLossPercent", stats.remoteLossPercent},
            {"roundTripMs", stats.roundTripMs},
            {"mos", stats.mos},
            {"dtmfReceived", c->receivedDtmf()},
            {"video", videoJson(*c)},
        });
    }
    QJsonArray issues;
    for (const ConfigIssue &issue : phone.config()->issues())
        issues.append(issue.toString());
    return QJsonObject{
        {"model", phone.model()},
        {"firmware", phone.firmware()},
        {"mac", phone.mac()},
        {"ip", phone.ipAddress()},
        {"screen", enumName(phone.screen())},
        {"serviceAvailable", phone.serviceAvailable()},
        {"dialText", phone.dialText()},
        {"tone", phone.toneName()},
        {"ringTone", phone.ringToneName()},
        {"callCompletion", QJsonObject{{"offer", phone.callCompletion()->offer()},
                                       {"waitingFor", phone.callCompletion()->waitingFor()}}},
        {"dnd", phone.dnd()},
        {"wallpaper", phone.wallpaperUrl()},
        {"conference", phone.inConference()},
        {"conferenceVideo", phone.conferenceVideo()},
        {"newMissedCalls", phone.newMissedCalls()},
        {"history", historyJson(*phone.callHistory())},
        {"contacts", phone.directory()->count()},
        {"notice", phone.notice()},
        {"voiceMessages", phone.voiceMessages()},
        {"softkeys", QJsonArray::fromStringList(phone.softkeys())},
        {"sipPort", phone.sipStack()->listenPort()},
        {"accounts", accounts},
        {"calls", calls},
        {"configIssues", issues},
        {"provisioning", QJsonArray::fromStringList(phone.provisioner()->log())},
        {"blf", phone.blf() ? QJsonArray::fromVariantList(phone.blf()->keys()) : QJsonArray()},
        {"sharedLine", phone.sharedLines()
                           ? QJsonArray::fromVariantList(phone.sharedLines()->status())
                           : QJsonArray()},
    };
}

} // namespace vidi::app
