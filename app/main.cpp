// Vidi: composition root. Parses the command line, loads the platform plugin, creates the
// Phone, shows the QML front end and boots.
#include "CommandLine.h"
#include "Phone.h"
#include "mediapipe/Media.h"
#include "platform/Platform.h"
#include "platform/PlatformLoader.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>
#include <glib-unix.h>
#include <memory>
#include <unistd.h>
#include <vector>

Q_IMPORT_QML_PLUGIN(Vidi_AppPlugin)
Q_IMPORT_QML_PLUGIN(Vidi_UiPlugin)

namespace {
// SIGINT/SIGTERM end the program cleanly (accounts unregister). GLib is Qt's event loop here.
gboolean onTerminationSignal(gpointer phone) {
    auto *p = static_cast<vidi::app::Phone *>(phone);
    QObject::connect(p, &vidi::app::Phone::shutdownFinished, qApp, &QCoreApplication::quit);
    p->shutdown();
    return G_SOURCE_REMOVE;
}

// Prints once when the first frame of the idle screen reaches the display: the benchmark's mark.
void reportIdleFrame(QQuickWindow *window, vidi::app::Phone *phone, const QElapsedTimer &clock) {
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [=, &clock] {
        static bool reported = false;
        if (reported || phone->screen() != vidi::app::Phone::Screen::Idle)
            return;
        reported = true;
        std::fprintf(stderr, "vidi: idle screen shown after %lld ms\n",
                     static_cast<long long>(clock.elapsed()));
    });
}

// Prints, each time the dialer opens, how long the first frame with it took from the change
// of screen (a key press, a tap): the benchmark's mark for "to the first frame of the dialer".
void reportDialerFrames(QQuickWindow *window, vidi::app::Phone *phone) {
    auto opened = std::make_shared<QElapsedTimer>();
    auto wasDialer = std::make_shared<bool>(false);
    QObject::connect(phone, &vidi::app::Phone::screenChanged, window, [=] {
        const bool dialer = phone->screen() == vidi::app::Phone::Screen::Dialer;
        if (dialer && !*wasDialer)
            opened->start();
        *wasDialer = dialer;
    });
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [=] {
        if (!opened->isValid() || phone->screen() != vidi::app::Phone::Screen::Dialer)
            return;
        std::fprintf(stderr, "vidi: dialer shown after %.1f ms\n", opened->nsecsElapsed() / 1e6);
        opened->invalidate();
    });
}

// --help and --version must work without a display, before the GUI application exists.
// A simulated reboot (Action URI Reboot, NOTIFY check-sync;reboot=true): shut down cleanly,
// then start the same program again in the same process.
void rebootInPlace(vidi::app::Phone *phone, const QList<QByteArray> &arguments) {
    QObject::connect(phone, &vidi::app::Phone::shutdownFinished, phone, [arguments] {
        std::fprintf(stderr, "vidi: rebooting\n");
        std::fflush(stderr);
        std::vector<char *> argv;
        for (const QByteArray &a : arguments)
            argv.push_back(const_cast<char *>(a.constData()));
        argv.push_back(nullptr);
        // The SIP, RTP and web sockets must not outlive this program into the next one.
        for (int fd = 3; fd < 4096; ++fd)
            ::close(fd);
        ::execv("/proc/self/exe", argv.data());
        std::perror("vidi: reboot failed");
        QCoreApplication::exit(1);
    });
    phone->shutdown();
}

bool onlyWantsText(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all")
            return true;
    }
    return false;
}

void nameApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("vidi"));
    QCoreApplication::setOrganizationName(QStringLiteral("vidi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIDI_VERSION));
}
} // namespace

int main(int argc, char *argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    nameApplication();
    QList<QByteArray> originalArguments; // Qt removes its own options from argv
    for (int i = 0; i < argc; ++i)
        originalArguments << QByteArray(argv[i]);
    if (onlyWantsText(argc, argv)) {
        QCoreApplication textOnly(argc, argv);
        vidi::app::parseCommandLine(textOnly); // prints and exits
        return 0;
    }
    // Debug output of our categories is opt-in (QT_LOGGING_RULES="vidi.*.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("vidi.*.debug=false"));
    // Text is typed on the screen (Qt Virtual Keyboard) unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);

    const vidi::app::CommandLine cl = vidi::app::parseCommandLine(app);
    if (!cl.error.isEmpty()) {
        std::fprintf(stderr, "vidi: %s\n", qPrintable(cl.error));
        return 2;
    }
    QString error;
    if (!vidi::media::initialize(&argc, &argv, &error)) {
        std::fprintf(stderr, "vidi: GStreamer: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "vidi: audio codecs %s\n",
                 qPrintable(vidi::media::installedAudioCodecs().join(QLatin1Char(' '))));
    vidi::platform::Platform *platform = vidi::platform::loadPlatform(cl.hardware, &app, &error);
    if (!platform) {
        std::fprintf(stderr, "vidi: %s\n", qPrintable(error));
        return 1;
    }

    vidi::app::Phone phone(cl.phone, platform);
    QObject::connect(platform, &vidi::platform::Platform::rebootRequested, &phone,
                     [&phone, originalArguments] { rebootInPlace(&phone, originalArguments); });
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Vidi/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first())) {
        reportIdleFrame(window, &phone, sinceStart);
        reportDialerFrames(window, &phone);
    }

    g_unix_signal_add(SIGINT, onTerminationSignal, &phone);
    g_unix_signal_add(SIGTERM, onTerminationSignal, &phone);
    phone.boot();
    return app.exec();
}
