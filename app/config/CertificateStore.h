#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vidi::app {

// The phone's certificates on its flash (seed §10 "Security"): up to 10 trusted CA
// certificates (trusted_certificates.url, .crt/.cer/.pem, PEM or DER) and one certificate of
// its own with its key (server_certificates.url, .pem). Sofia's TLS transport reads them from
// one directory as cafile.pem (every CA it may trust) and agent.pem (our certificate).
class CertificateStore {
public:
    static constexpr int kMaxTrusted = 10;

    explicit CertificateStore(const QString &configDir);

    // Saves a downloaded trusted certificate under its file name. Returns false with *error
    // for anything that is not a certificate, or when ten are stored already; nothing stored
    // before is lost.
    bool addTrusted(const QString &fileName, const QByteArray &data, QString *error);
    // Saves our own certificate and key (PEM); replaces the previous one.
    bool setOwn(const QByteArray &pem, QString *error);
    QStringList trustedNames() const;

    // Writes cafile.pem (the provisioned trusted certificates) and agent.pem (the provisioned
    // certificate, else the device's own, DeviceCertificate) into the TLS directory, links the
    // system's authorities (the phone's built-in ones) there by subject hash, and returns its path.
    QString prepareTlsDirectory() const;

private:
    QString m_trustedDir, m_ownPath, m_devicePath, m_tlsDir;
};

} // namespace vidi::app
