#include "config/CertificateStore.h"
#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace vidi::app;

namespace {
// A self-signed test authority (EC P-256, valid for a century); only parsed here.
const QByteArray kPem = R"(-----BEGIN CERTIFICATE-----
MIIBhDCCASugAwIBAgIUJo8mzIsQC6TddR+z3vTBDtpWOB0wCgYIKoZIzj0EAwIw
FzEVMBMGA1UEAwwMVW5pdCBUZXN0IENBMCAXDTI2MTEyNzAyMzkyMFoYDzIxMjYx
MTAzMDIzOTIwWjAXMRUwEwYDVQQDDAxVbml0IFRlc3QgQ0EwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAASv/oanVp04mXvjRYJ3uonAdbs6CWkBrYEEp3u+qnrMFAg/
OOVRAzZIExpZddmAsAlw5bYA5BdhSz6kPDv57y3Jo1MwUTAdBgNVHQ4EFgQULOR9
mA5cGDvtuDo2hGzoPWVJA8swHwYDVR0jBBgwFoAULOR9mA5cGDvtuDo2hGzoPWVJ
A8swDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiAwlALjv16mmTuJ
t+gkoqwzsbjpwaWcXZDKf0KKQeLzzwIgWvLbQGdLrooOLe7MzrtGpOLRjYM8wexY
fRZqhzU3w9E=
-----END CERTIFICATE-----
)";
const QByteArray kDer = QByteArray::fromBase64(
    "MIIBhDCCASugAwIBAgIUJo8mzIsQC6TddR+"
    "z3vTBDtpWOB0wCgYIKoZIzj0EAwIwFzEVMBMGA1UEAwwMVW5pdCBUZXN0IENBMCAXDTI2MTEyNzAyMzkyMFoYDzIxMjYxM"
    "TAzMDIzOTIwWjAXMRUwEwYDVQQDDAxVbml0IFRlc3QgQ0EwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASv/"
    "oanVp04mXvjRYJ3uonAdbs6CWkBrYEEp3u+qnrMFAg/"
    "OOVRAzZIExpZddmAsAlw5bYA5BdhSz6kPDv57y3Jo1MwUTAdBgNVHQ4EFgQULOR9mA5cGDvtuDo2hGzoPWVJA8swHwYDVR"
    "0jBBgwFoAULOR9mA5cGDvtuDo2hGzoPWVJA8swDwYDVR0TAQH/BAUwAwEB/"
    "zAKBggqhkjOPQQDAgNHADBEAiAwlALjv16mmTuJt+"
    "gkoqwzsbjpwaWcXZDKf0KKQeLzzwIgWvLbQGdLrooOLe7MzrtGpOLRjYM8wexYfRZqhzU3w9E=");

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("trusted certificates: PEM and DER kept, anything else refused", "[certs]") {
    QTemporaryDir dir;
    CertificateStore store(dir.path());
    QString error;
    CHECK(store.addTrusted("office-ca.crt", kPem, &error));
    CHECK(store.addTrusted("binary.cer", kDer, &error)); // DER is stored as PEM
    CHECK(store.trustedNames() == QStringList{"binary.cer", "office-ca.crt"});

    CHECK_FALSE(store.addTrusted("junk.crt", "-----BEGIN CERTIFICATE-----\nnope\n", &error));
    CHECK(error.contains("not a certificate"));
    CHECK_FALSE(store.addTrusted("ca.exe", kPem, &error));
    CHECK(error.contains(".crt, .cer or .pem"));
    CHECK(store.trustedNames().size() == 2); // nothing saved before was lost

    const QString tls = store.prepareTlsDirectory();
    const QByteArray cafile = readAll(tls + "/cafile.pem");
    CHECK(cafile.startsWith("-----BEGIN CERTIFICATE-----"));
    CHECK(cafile.count("-----BEGIN CERTIFICATE-----") >= 2);
    // No certificate provisioned: the device's own (see the device certificate case).
    CHECK_FALSE(readAll(tls + "/agent.pem").contains(kPem));
}

TEST_CASE("trusted certificates: at most ten", "[certs]") {
    QTemporaryDir dir;
    CertificateStore store(dir.path());
    QString error;
    for (int i = 0; i < CertificateStore::kMaxTrusted; ++i)
        REQUIRE(store.addTrusted(QString("ca%1.pem").arg(i), kPem, &error));
    CHECK_FALSE(store.addTrusted("eleventh.pem", kPem, &error));
    CHECK(error.contains("already 10"));
    CHECK(store.addTrusted("ca3.pem", kPem, &error)); // replacing one by name is fine
}

TEST_CASE("own certificate: must carry its private key", "[certs]") {
    QTemporaryDir dir;
    CertificateStore store(dir.path());
    QString error;
    CHECK_FALSE(store.setOwn(kPem, &error));
    CHECK(error.contains("private key"));
    const QByteArray withKey =
        kPem + "-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n";
    CHECK(store.setOwn(withKey, &error));
    CHECK(readAll(store.prepareTlsDirectory() + "/agent.pem") == withKey);
}

TEST_CASE("device certificate: made once when none is provisioned, self-signed, with its key",
          "[certs]") {
    QTemporaryDir dir;
    CertificateStore store(dir.path());
    const QByteArray agent = readAll(store.prepareTlsDirectory() + "/agent.pem");
    REQUIRE(agent.contains("-----BEGIN PRIVATE KEY-----"));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(agent, QSsl::Pem);
    REQUIRE(certs.size() == 1);
    const QSslCertificate &cert = certs.first();
    CHECK(cert.isSelfSigned());
    CHECK(cert.subjectInfo(QSslCertificate::CommonName) == QStringList{"Vidi phone"});
    CHECK(cert.effectiveDate() <= QDateTime::currentDateTimeUtc());
    CHECK(cert.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));
    CHECK(QSslKey(agent, QSsl::Ec).isNull() == false);
    // The same one at the next start; a provisioned certificate takes its place.
    CHECK(readAll(store.prepareTlsDirectory() + "/agent.pem") == agent);
    const QByteArray withKey =
        kPem + "-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n";
    QString error;
    REQUIRE(store.setOwn(withKey, &error));
    CHECK(readAll(store.prepareTlsDirectory() + "/agent.pem") == withKey);
}
