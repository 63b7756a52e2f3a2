#include "config/CertificateStore.h"
#include "config/DeviceCertificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

Q_LOGGING_CATEGORY(lcCerts, "vidi.certs")

namespace vidi::app {

namespace {
constexpr const char *kSystemCertDir = "/etc/ssl/certs"; // with c_rehash links (<hash>.0)

bool writeFile(const QString &path, const QByteArray &data, QString *error) {
    QSaveFile f(path); // all or nothing: a power cut keeps the previous file
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QList<QSslCertificate> parseCertificates(const QByteArray &data) {
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    return certs;
}
} // namespace

CertificateStore::CertificateStore(const QString &configDir)
    : m_trustedDir(configDir + QStringLiteral("/certs/trusted"))
    , m_ownPath(configDir + QStringLiteral("/certs/server.pem"))
    , m_devicePath(configDir + QStringLiteral("/certs/device.pem"))
    , m_tlsDir(configDir + QStringLiteral("/tls")) {}

QStringList CertificateStore::trustedNames() const {
    return QDir(m_trustedDir).entryList(QDir::Files, QDir::Name);
}

bool CertificateStore::addTrusted(const QString &fileName, const QByteArray &data, QString *error) {
    const QString name = QFileInfo(fileName).fileName();
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (name.isEmpty() || !(suffix == "crt" || suffix == "cer" || suffix == "pem")) {
        *error = QStringLiteral("%1: a trusted certificate must be a .crt, .cer or .pem file")
                     .arg(fileName);
        return false;
    }
    const QList<QSslCertificate> certs = parseCertificates(data);
    if (certs.isEmpty()) {
        *error = QStringLiteral("%1: not a certificate (neither PEM nor DER)").arg(name);
        return false;
    }
    if (!trustedNames().contains(name) && trustedNames().size() >= kMaxTrusted) {
        *error = QStringLiteral("%1: already %2 trusted certificates").arg(name).arg(kMaxTrusted);
        return false;
    }
    QDir().mkpath(m_trustedDir);
    QByteArray pem;
    for (const QSslCertificate &c : certs)
        pem += c.toPem();
    if (!writeFile(m_trustedDir + QLatin1Char('/') + name, pem, error))
        return false;
    qCInfo(lcCerts) << "trusted certificate" << name
                    << "saved:" << certs.first().subjectDisplayName();
    return true;
}

bool CertificateStore::setOwn(const QByteArray &pem, QString *error) {
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty() || !pem.contains("PRIVATE KEY-----")) {
        *error = QStringLiteral("the server certificate must be a PEM file with the certificate "
                                "and its private key");
        return false;
    }
    QDir().mkpath(QFileInfo(m_ownPath).path());
    return writeFile(m_ownPath, pem, error);
}

QString CertificateStore::prepareTlsDirectory() const {
    QDir().mkpath(m_tlsDir);
    QDir tls(m_tlsDir);
    // The provisioned authorities go into cafile.pem, which OpenSSL reads whole at start-up.
    QByteArray cafile;
    for (const QString &name : trustedNames()) {
        QFile f(m_trustedDir + QLatin1Char('/') + name);
        if (f.open(QIODevice::ReadOnly))
            cafile += f.readAll() + '\n';
    }
    QString error;
    const QString cafilePath = m_tlsDir + QStringLiteral("/cafile.pem");
    if (!cafile.isEmpty()) {
        if (!writeFile(cafilePath, cafile, &error))
            qCWarning(lcCerts).noquote() << error;
    } else {
        QFile::remove(cafilePath);
    }
    // The built-in authorities (the system's) are found through the directory itself, by
    // subject hash, and read only when a server's chain needs one: loading the whole bundle
    // into every TLS transport cost a quarter of a second at each start. The links mirror
    // /etc/ssl/certs's hash links.
    QDir system(QString::fromLatin1(kSystemCertDir));
    for (const QFileInfo &link : system.entryInfoList({QStringLiteral("*.[0-9]")}, QDir::Files)) {
        const QString mine = tls.filePath(link.fileName());
        if (!QFileInfo::exists(mine))
            QFile::link(link.absoluteFilePath(), mine);
    }
    // Our certificate: the provisioned one, else the device's own, made once.
    QFile own(m_ownPath);
    const QString agent = m_tlsDir + QStringLiteral("/agent.pem");
    if (own.open(QIODevice::ReadOnly)) {
        writeFile(agent, own.readAll(), &error);
    } else {
        QFile device(m_devicePath);
        if (!device.exists()) {
            QDir().mkpath(QFileInfo(m_devicePath).path());
            const QByteArray pem = makeDeviceCertificate(QStringLiteral("phone"));
            if (pem.isEmpty() || !writeFile(m_devicePath, pem, &error))
                qCWarning(lcCerts).noquote() << "no device certificate:" << error;
        }
        if (device.open(QIODevice::ReadOnly))
            writeFile(agent, device.readAll(), &error);
        else
            QFile::remove(agent);
    }
    return m_tlsDir;
}

} // namespace vidi::app
