#include "calls/SharedLines.h"
#include "config/ConfigStore.h"
#include "sipstack/EventWatch.h"
#include "sipstack/SipAccount.h"
#include "sipstack/SipStack.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcSca, "vidi.sca")

namespace vidi::app {

namespace {
constexpr int kAccounts = 4;
constexpr int kExpires = 3600;
constexpr int kSeizeExpires = 15; // BroadSoft's line-seize lasts seconds, until the INVITE
constexpr int kSeizeWaitMs = 2000;
constexpr int kMaxAppearances = 32;

// Splits `text` at `separator` where it is not inside quotes or angle brackets.
QStringList splitOutside(const QString &text, QChar separator) {
    QStringList parts;
    QString current;
    bool quoted = false, escaped = false;
    int angle = 0;
    for (QChar c : text) {
        if (escaped) { // a quoted-pair (RFC 3261 §25.1) is taken as it is
            current += c;
            escaped = false;
            continue;
        }
        if (quoted && c == u'\\')
            escaped = true;
        else if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'<')
            ++angle;
        else if (!quoted && c == u'>')
            angle = qMax(0, angle - 1);
        if (c == separator && !quoted && angle == 0) {
            parts << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        parts << current.trimmed();
    return parts;
}
// The line's own address, where its call-info and line-seize subscriptions go.
QString lineUri(const sip::AccountSettings &s) {
    return QStringLiteral("sip:%1@%2").arg(s.userName, s.hostPart(s.serverHost, s.serverPort));
}
} // namespace

QList<Appearance> parseAppearances(const QString &callInfo) {
    QList<Appearance> found;
    for (const QString &value : splitOutside(callInfo, u',')) {
        Appearance a;
        bool hasIndex = false;
        for (const QString &param : splitOutside(value, u';').mid(1)) {
            const QString name = param.section(u'=', 0, 0).trimmed().toLower();
            QString v = param.section(u'=', 1).trimmed();
            if (v.startsWith(u'"') && v.endsWith(u'"') && v.size() >= 2)
                v = v.mid(1, v.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
            if (name == QLatin1String("appearance-index")) {
                hasIndex = v == QLatin1String("*") || v.toInt() > 0;
                a.index = v == QLatin1String("*") ? 0 : v.toInt();
            } else if (name == QLatin1String("appearance-state")) {
                a.state = v.toLower();
            } else if (name == QLatin1String("appearance-uri")) {
                a.uri = v;
            }
        }
        if (hasIndex)
            found << a;
    }
    return found;
}

SharedLines::SharedLines(sip::SipStack *stack, ConfigStore *config, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_config(config) {
    for (int i = 1; i <= kAccounts; ++i)
        connect(stack->account(i), &sip::SipAccount::stateChanged, this,
                [this, i](sip::SipAccount::State state) {
                    if (state == sip::SipAccount::State::Registered)
                        start(i);
                });
}

bool SharedLines::isShared(int account) const {
    return m_config->intValue(QStringLiteral("account.%1.shared_line").arg(account)) == 1;
}

void SharedLines::start(int account) {
    if (!isShared(account) || m_watches.value(account))
        return;
    sip::SipAccount *a = m_stack->account(account);
    auto *watch =
        m_stack->watch(a, lineUri(a->settings()), QStringLiteral("call-info"), QString(), kExpires);
    connect(watch, &sip::EventWatch::notified, this,
            [this, account](const QByteArray &, const QByteArray &, const QString &callInfo) {
                onNotify(account, callInfo);
            });
    m_watches.insert(account, watch);
    qCInfo(lcSca) << "line" << account << "is shared: watching" << lineUri(a->settings());
    watch->start();
}

void SharedLines::onNotify(int account, const QString &callInfo) {
    QHash<int, Appearance> &line = m_appearances[account];
    for (const Appearance &a : parseAppearances(callInfo)) {
        if (a.index == 0) { // "*": every appearance
            if (a.state == QLatin1String("idle"))
                line.clear();
        } else if (a.state == QLatin1String("idle") || a.state.isEmpty()) {
            line.remove(a.index);
        } else {
            line.insert(a.index, a);
        }
    }
    qCInfo(lcSca) << "line" << account << "appearances in use:" << line.size();
    Q_EMIT changed();
}

QList<Appearance> SharedLines::appearances(int account) const {
    QList<Appearance> list = m_appearances.value(account).values();
    std::sort(list.begin(), list.end(),
              [](const Appearance &a, const Appearance &b) { return a.index < b.index; });
    return list;
}

QString SharedLines::lineState(int account) const {
    QString state = QStringLiteral("idle");
    for (const Appearance &a : appearances(account)) {
        if (a.state == QLatin1String("alerting"))
            return QStringLiteral("ringing");
        if (a.state.startsWith(QLatin1String("held")) && state == QLatin1String("idle"))
            state = QStringLiteral("held");
        else if (!a.state.startsWith(QLatin1String("held")))
            state = QStringLiteral("busy");
    }
    return state;
}

QVariantList SharedLines::status() const {
    QVariantList list;
    for (int account = 1; account <= kAccounts; ++account) {
        if (!isShared(account))
            continue;
        QVariantList inUse;
        for (const Appearance &a : appearances(account))
            inUse << QVariantMap{{QStringLiteral("index"), a.index},
                                 {QStringLiteral("state"), a.state},
                                 {QStringLiteral("uri"), a.uri}};
        list << QVariantMap{{QStringLiteral("account"), account},
                            {QStringLiteral("state"), lineState(account)},
                            {QStringLiteral("appearances"), inUse}};
    }
    return list;
}

int SharedLines::freeAppearance(int account) const {
    const QHash<int, Appearance> line = m_appearances.value(account);
    int index = 1;
    while (line.contains(index) && index < kMaxAppearances)
        ++index;
    return index;
}

int SharedLines::heldAppearance(int account) const {
    for (const Appearance &a : appearances(account))
        if (a.state == QLatin1String("held")) // not held-private: that one is its phone's
            return a.index;
    return 0;
}

void SharedLines::seize(int account, int index, QObject *context, std::function<void(bool)> done) {
    sip::SipAccount *a = m_stack->account(account);
    auto *watch = m_stack->watch(a, lineUri(a->settings()), QStringLiteral("line-seize"), QString(),
                                 kSeizeExpires);
    watch->setExtraHeaders(QStringLiteral("Call-Info: <sip:%1>;appearance-index=%2")
                               .arg(a->settings().serverHost)
                               .arg(index));
    delete m_seizures.value(account).data(); // an earlier seizure not used
    m_seizures.insert(account, watch);
    // Whichever comes first — the server's answer or the wait running out — places the call;
    // the seizure is let go once the INVITE is out (the INVITE holds the appearance then).
    auto finish = std::make_shared<std::function<void(bool)>>(
        [this, account, watch, context = QPointer<QObject>(context), done](bool seized) {
            if (context)
                done(seized);
            if (m_seizures.value(account) == watch)
                m_seizures.remove(account);
            watch->deleteLater();
        });
    auto once = [finish](bool seized) {
        if (*finish) {
            auto f = std::move(*finish);
            *finish = nullptr;
            f(seized);
        }
    };
    connect(watch, &sip::EventWatch::accepted, this, [once] { once(true); });
    connect(watch, &sip::EventWatch::refused, this, [once, index, account](int status) {
        qCWarning(lcSca) << "line" << account << "appearance" << index << "not seized:" << status;
        once(false);
    });
    QTimer::singleShot(kSeizeWaitMs, watch, [once] { once(false); });
    qCInfo(lcSca) << "line" << account << "seizing appearance" << index;
    watch->start();
}

} // namespace vidi::app
