// Qt Quick Test runner: a real Phone (settings in a temporary flash directory, the desktop
// platform plugin, SIP and web server on free loopback ports) behind the QML under test.
// Any QML warning fails the run.
#include "Phone.h"
#include "config/ConfigStore.h"
#include "directory/Directory.h"
#include "history/CallHistory.h"
#include "mediapipe/Media.h"
#include "platform/PlatformLoader.h"

#include <QQmlEngine>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Vidi_AppPlugin)
Q_IMPORT_QML_PLUGIN(Vidi_UiPlugin)

namespace {
int s_qmlWarnings = 0;
QtMessageHandler s_previous = nullptr;

void countQmlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type >= QtWarningMsg && message.contains(QLatin1String(".qml:")))
        ++s_qmlWarnings;
    s_previous(type, context, message);
}

int freeUdpPort() {
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

int freeTcpPort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// Sofia binds its SIP port for UDP and TCP both: a port free for the two.
int freeSipPort() {
    for (int attempt = 0; attempt < 50; ++attempt) {
        QUdpSocket udp;
        udp.bind(QHostAddress::Any, 0);
        QTcpServer tcp;
        if (tcp.listen(QHostAddress::Any, udp.localPort()))
            return udp.localPort();
    }
    return freeUdpPort();
}
} // namespace

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() {
        vidi::media::initialize(nullptr, nullptr);
        QString error;
        auto *platform = vidi::platform::loadPlatform("desktop", this, &error);
        if (!platform)
            qFatal("%s", qPrintable(error));
        seedCallLog();
        seedDirectory();
        m_phone = new vidi::app::Phone({m_flash.path(), "001565aabbcc", {}}, platform, this);
        auto *config = m_phone->config();
        config->set("sip.listen_port", QString::number(freeSipPort()));
        config->set("sip.tls_listen_port", QString::number(freeTcpPort()));
        config->set("network.port.http", QString::number(freeTcpPort()));
        // An account whose server does not answer: it stays Registering / failed.
        config->set("account.1.enable", "1");
        config->set("account.1.label", "Front Desk");
        config->set("account.1.user_name", "3601");
        config->set("account.1.sip_server_host", "127.0.0.1");
        config->set("account.1.sip_server_port", QString::number(freeUdpPort()));
        // DSS keys for tst_dss.qml: D1 DND, D2 a speed dial with a label.
        config->set("memorykey.1.type", "5");
        config->set("memorykey.2.type", "13");
        config->set("memorykey.2.value", "3600");
        config->set("memorykey.2.label", "Reception");
        m_phone->boot();
    }
    void qmlEngineAvailable(QQmlEngine *engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

private:
    // The call log the phone finds in its flash (tst_history.qml): one call of three lists,
    // the missed one not yet seen.
    void seedCallLog() {
        using vidi::app::CallHistory;
        CallHistory log(m_flash.filePath(QStringLiteral("history.db")));
        const QDateTime now = QDateTime::currentDateTime();
        log.add({0, CallHistory::Dialed, "Anna Dialed", "sip:3602@127.0.0.1", 1, now.addSecs(-300),
                 75, true});
        log.add({0, CallHistory::Received, "Ben Received", "sip:3603@127.0.0.1", 1,
                 now.addSecs(-200), 9, true});
        log.add({0, CallHistory::Missed, "Cleo Missed", "sip:3604@127.0.0.1", 1, now.addSecs(-100),
                 0, false});
    }

    // The directory the phone finds (tst_directory.qml).
    void seedDirectory() {
        vidi::app::Directory directory(m_flash.filePath(QStringLiteral("contacts.db")));
        directory.importXml(R"(<root_group>
<group display_name="Sales" ring=""/>
</root_group>
<root_contact>
<contact display_name="Dora Directory" office_number="4711" mobile_number="0170 555 1234" group_id_name="Sales"/>
<contact display_name="Ernie Blocked" office_number="666" group_id_name="2"/>
<contact display_name="Fritz Friend" office_number="4712" group_id_name="4" default_photo="Resource:icon_friend_b.png"/>
</root_contact>)");
    }

    QTemporaryDir m_flash;
    vidi::app::Phone *m_phone = nullptr;
};

int main(int argc, char **argv) {
    s_previous = qInstallMessageHandler(countQmlWarnings);
    Setup setup;
    const int rc =
        quick_test_main_with_setup(argc, argv, "vidi_qml", QUICK_TEST_SOURCE_DIR, &setup);
    if (s_qmlWarnings > 0) {
        std::fprintf(stderr, "FAIL: %d QML warning(s)\n", s_qmlWarnings);
        return rc ? rc : 1;
    }
    return rc;
}

#include "tst_main.moc"
