#include "CommandLine.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace vidi::app {

CommandLine parseCommandLine(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Vidi: the application of a 7-inch touch-screen SIP video desk phone.\n"
        "Runs full screen on the phone and as a simulator window on a desktop.\n"
        "Qt's own options apply too, e.g. -platform offscreen for a run without a display."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configDir(
        "config-dir", "The phone's flash: settings, contacts, history, resources. Default: %1.",
        "DIR");
    const QCommandLineOption mac("mac",
                                 "The (simulated) MAC address, 12 hex digits; names the "
                                 "<mac>.cfg file fetched when provisioning.",
                                 "12HEX", "001565000000");
    const QCommandLineOption provision(
        "provision",
        "Provisioning server URL (as DHCP option 66 would give it): file://, "
        "http://, https://, ftp:// or tftp://.",
        "URL");
    const QCommandLineOption hardware(
        "hardware", "Platform plugin: desktop (simulated phone hardware) or embedded.",
        "desktop|embedded", "desktop");
    const QString defaultDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCommandLineOption configDirWithDefault(
        configDir.names(), configDir.description().arg(defaultDir), "DIR", defaultDir);
    parser.addOptions({configDirWithDefault, mac, provision, hardware});
    parser.process(app);

    CommandLine cl;
    cl.phone.configDir = QDir(parser.value(configDirWithDefault)).absolutePath();
    cl.hardware = parser.value(hardware);
    const QString macValue = parser.value(mac).remove(QLatin1Char(':')).toLower();
    if (!QRegularExpression(QStringLiteral("^[0-9a-f]{12}$")).match(macValue).hasMatch())
        cl.error = QStringLiteral("--mac: '%1' is not 12 hex digits").arg(parser.value(mac));
    cl.phone.mac = macValue;
    if (parser.isSet(provision)) {
        cl.phone.provisionUrl = QUrl(parser.value(provision));
        static const QStringList schemes = {"file", "http", "https", "ftp", "tftp"};
        if (!cl.phone.provisionUrl.isValid() || !schemes.contains(cl.phone.provisionUrl.scheme()))
            cl.error = QStringLiteral("--provision: '%1' is not a file, http(s), ftp or tftp URL")
                           .arg(parser.value(provision));
    }
    if (cl.hardware != QLatin1String("desktop") && cl.hardware != QLatin1String("embedded"))
        cl.error = QStringLiteral("--hardware: expected desktop or embedded");
    return cl;
}

} // namespace vidi::app
