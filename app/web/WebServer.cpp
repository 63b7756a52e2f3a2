#include "web/WebServer.h"
#include "Phone.h"
#include "config/ConfigStore.h"
#include "web/StatusJson.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcWeb, "vidi.web")

namespace vidi::app {

WebServer::WebServer(Phone *phone, QObject *parent)
    : QObject(parent)
    , m_phone(phone)
    , m_actionUri(phone) {
    m_server.route("/cgi-bin/cgiServer.exx",
                   [this](const QHttpServerRequest &r) { return actionUri(r); });
    m_server.route("/api/status", [this](const QHttpServerRequest &r) { return status(r); });
}

bool WebServer::listen(int port, QString *error) {
    const quint16 bound = m_server.listen(QHostAddress::Any, quint16(port));
    if (bound == 0) {
        if (error)
            *error = QStringLiteral("cannot listen on TCP port %1").arg(port);
        return false;
    }
    m_port = bound;
    qCInfo(lcWeb) << "web server on port" << bound;
    return true;
}

QHttpServerResponse WebServer::actionUri(const QHttpServerRequest &request) {
    using S = QHttpServerResponse::StatusCode;
    const QString key =
        QUrlQuery(request.url()).queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
    if (key.isEmpty())
        return QHttpServerResponse("text/plain", "missing key\n", S::BadRequest);
    switch (m_actionUri.handle(key, request.remoteAddress())) {
    case ActionUri::Outcome::Done:
        return QHttpServerResponse("text/plain", "OK\n", S::Ok);
    case ActionUri::Outcome::Refused:
        return QHttpServerResponse("text/plain",
                                   "Forbidden: this address is not in "
                                   "features.action_uri_limit_ip\n",
                                   S::Forbidden);
    case ActionUri::Outcome::UnknownKey:
        return QHttpServerResponse("text/plain", "unknown key\n", S::BadRequest);
    case ActionUri::Outcome::NotNow:
        return QHttpServerResponse("text/plain", "key not applicable in this state\n", S::Conflict);
    }
    return QHttpServerResponse(S::InternalServerError);
}

bool WebServer::isAdmin(const QHttpServerRequest &request) const {
    const QByteArray auth = request.value("Authorization");
    if (!auth.startsWith("Basic "))
        return false;
    const QByteArray expected =
        "admin:" + m_phone->config()->value(QStringLiteral("security.password.admin")).toUtf8();
    return QByteArray::fromBase64(auth.mid(6)) == expected;
}

QHttpServerResponse WebServer::status(const QHttpServerRequest &request) {
    if (!isAdmin(request)) {
        QHttpServerResponse response("text/plain", "authentication required\n",
                                     QHttpServerResponse::StatusCode::Unauthorized);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Vidi\"");
        return response;
    }
    return QHttpServerResponse(statusJson(*m_phone));
}

} // namespace vidi::app
