#include "events/DialogInfo.h"

#include <QXmlStreamReader>

namespace vidi::app {

DialogInfo::State DialogInfo::summary() const {
    State s = State::Idle;
    for (const Dialog &d : dialogs) {
        if (d.state == QLatin1String("terminated"))
            continue;
        if (d.state == QLatin1String("early") && d.direction == QLatin1String("recipient"))
            return State::Ringing;
        s = State::Busy;
    }
    return s;
}

std::optional<DialogInfo::Dialog> DialogInfo::ringing() const {
    for (const Dialog &d : dialogs)
        if (d.state == QLatin1String("early") && d.direction == QLatin1String("recipient"))
            return d;
    return std::nullopt;
}

void DialogInfo::merge(const DialogInfo &partial) {
    version = partial.version;
    for (const Dialog &d : partial.dialogs) {
        auto it = std::find_if(dialogs.begin(), dialogs.end(),
                               [&d](const Dialog &mine) { return mine.id == d.id; });
        if (it != dialogs.end())
            *it = d;
        else
            dialogs << d;
    }
    dialogs.removeIf([](const Dialog &d) { return d.state == QLatin1String("terminated"); });
}

QString DialogInfo::stateName(State state) {
    switch (state) {
    case State::Ringing:
        return QStringLiteral("ringing");
    case State::Busy:
        return QStringLiteral("busy");
    case State::Idle:
        break;
    }
    return QStringLiteral("idle");
}

std::optional<DialogInfo> DialogInfo::parse(const QByteArray &xml, QString *error) {
    QXmlStreamReader r(xml);
    DialogInfo info;
    bool root = false;
    Dialog *dialog = nullptr;
    QString inside; // "local" or "remote" while in those elements
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QStringView name = r.name();
            if (!root) {
                if (name != QLatin1String("dialog-info")) {
                    *error = QStringLiteral("not a dialog-info document (root <%1>)")
                                 .arg(name.toString());
                    return std::nullopt;
                }
                root = true;
                info.full = r.attributes().value("state") != QLatin1String("partial");
                info.version = r.attributes().value("version").toInt();
            } else if (name == QLatin1String("dialog")) {
                info.dialogs.append(Dialog{});
                dialog = &info.dialogs.last();
                const QXmlStreamAttributes a = r.attributes();
                dialog->id = a.value("id").toString();
                dialog->callId = a.value("call-id").toString();
                dialog->localTag = a.value("local-tag").toString();
                dialog->remoteTag = a.value("remote-tag").toString();
                dialog->direction = a.value("direction").toString();
            } else if (dialog && name == QLatin1String("state")) {
                dialog->state = r.readElementText().trimmed().toLower();
            } else if (dialog &&
                       (name == QLatin1String("local") || name == QLatin1String("remote"))) {
                inside = name.toString();
            } else if (dialog && inside == QLatin1String("remote") &&
                       name == QLatin1String("identity")) {
                dialog->remoteIdentity = r.readElementText().trimmed();
            }
        } else if (r.isEndElement()) {
            if (r.name() == QLatin1String("dialog"))
                dialog = nullptr;
            else if (r.name() == QLatin1String("local") || r.name() == QLatin1String("remote"))
                inside.clear();
        }
    }
    if (r.hasError()) {
        *error = QStringLiteral("dialog-info line %1: %2").arg(r.lineNumber()).arg(r.errorString());
        return std::nullopt;
    }
    if (!root) {
        *error = QStringLiteral("empty dialog-info document");
        return std::nullopt;
    }
    return info;
}

} // namespace vidi::app
