#pragma once
#include "web/ActionUri.h"
#include <QHttpServer>
#include <QObject>

namespace vidi::app {

class Phone;

// The phone's web server (Qt HTTP Server): Action URI and the JSON status that the web UI and
// the tests read. The management pages arrive with the web issue.
class WebServer : public QObject {
    Q_OBJECT
public:
    WebServer(Phone *phone, QObject *parent = nullptr);
    bool listen(int port, QString *error);
    int port() const { return m_port; }

private:
    QHttpServerResponse actionUri(const QHttpServerRequest &request);
    QHttpServerResponse status(const QHttpServerRequest &request);
    bool isAdmin(const QHttpServerRequest &request) const;

    Phone *m_phone;
    QHttpServer m_server;
    ActionUri m_actionUri;
    int m_port = 0;
};

} // namespace vidi::app
