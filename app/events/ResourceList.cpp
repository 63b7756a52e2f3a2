#include "events/ResourceList.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace vidi::app {

namespace {
struct Part {
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// RFC 2046 §5.1: parts between "--boundary" lines, each with headers, a blank line and a body.
QList<Part> splitMultipart(const QByteArray &body, const QByteArray &boundary) {
    QList<Part> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break; // the closing delimiter
        const qsizetype next = body.indexOf(delimiter, pos);
        if (next < 0)
            break;
        QByteArray chunk = body.mid(pos, next - pos);
        // Line ends may be CRLF or LF; the part ends before the CRLF that precedes "--".
        qsizetype split = chunk.indexOf("\r\n\r\n");
        qsizetype skip = 4;
        if (split < 0) {
            split = chunk.indexOf("\n\n");
            skip = 2;
        }
        if (split >= 0) {
            Part part;
            for (const QByteArray &line : chunk.left(split).split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    part.headers.insert(line.left(colon).trimmed().toLower(),
                                        line.mid(colon + 1).trimmed());
            }
            part.body = chunk.mid(split + skip);
            if (part.body.endsWith("\r\n"))
                part.body.chop(2);
            else if (part.body.endsWith('\n'))
                part.body.chop(1);
            parts << part;
        }
        pos = next;
    }
    return parts;
}

QByteArray unbracketed(QByteArray id) {
    id = id.trimmed();
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2);
    return id;
}
} // namespace

std::optional<ResourceList> ResourceList::parse(const QByteArray &body,
                                                const QByteArray &contentType, QString *error) {
    static const QRegularExpression boundaryParam(QStringLiteral("boundary=\"?([^\";]+)\"?"),
                                                  QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = boundaryParam.match(QString::fromUtf8(contentType));
    if (!m.hasMatch()) {
        *error = QStringLiteral("resource list without a multipart boundary");
        return std::nullopt;
    }
    const QList<Part> parts = splitMultipart(body, m.captured(1).toUtf8());
    if (parts.isEmpty()) {
        *error = QStringLiteral("resource list with no parts");
        return std::nullopt;
    }
    QHash<QByteArray, QByteArray> byId;
    for (const Part &p : parts)
        byId.insert(unbracketed(p.headers.value("content-id")), p.body);

    // The root is the RLMI part (RFC 4662 §5.2: the first part unless start= says otherwise).
    const Part *rlmi = nullptr;
    for (const Part &p : parts)
        if (p.headers.value("content-type").toLower().startsWith("application/rlmi+xml")) {
            rlmi = &p;
            break;
        }
    if (!rlmi) {
        *error = QStringLiteral("resource list without an RLMI part");
        return std::nullopt;
    }
    ResourceList list;
    QXmlStreamReader r(rlmi->body);
    Resource *resource = nullptr;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("list")) {
                list.fullState = r.attributes().value("fullState") == QLatin1String("true");
            } else if (r.name() == QLatin1String("resource")) {
                list.resources.append(Resource{});
                resource = &list.resources.last();
                resource->uri = r.attributes().value("uri").toString();
            } else if (resource && r.name() == QLatin1String("name")) {
                resource->name = r.readElementText().trimmed();
            } else if (resource && r.name() == QLatin1String("instance")) {
                const QByteArray cid = r.attributes().value("cid").toUtf8();
                if (!cid.isEmpty() && byId.contains(cid)) {
                    QString why;
                    if (auto info = DialogInfo::parse(byId.value(cid), &why))
                        resource->dialogs = *info;
                }
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("resource")) {
            resource = nullptr;
        }
    }
    if (r.hasError()) {
        *error = QStringLiteral("RLMI line %1: %2").arg(r.lineNumber()).arg(r.errorString());
        return std::nullopt;
    }
    return list;
}

void ResourceList::merge(const ResourceList &partial) {
    if (partial.fullState) {
        *this = partial;
        return;
    }
    for (const Resource &update : partial.resources) {
        auto it = std::find_if(resources.begin(), resources.end(),
                               [&update](const Resource &r) { return r.uri == update.uri; });
        if (it == resources.end()) {
            resources << update;
            continue;
        }
        if (!update.name.isEmpty())
            it->name = update.name;
        if (update.dialogs) {
            if (it->dialogs && !update.dialogs->full)
                it->dialogs->merge(*update.dialogs);
            else
                it->dialogs = update.dialogs;
        }
    }
}

} // namespace vidi::app
