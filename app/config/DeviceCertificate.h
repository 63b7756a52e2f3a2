#pragma once
#include <QByteArray>
#include <QString>

namespace vidi::app {

// The phone's own certificate when none was provisioned (server_certificates.url): a
// self-signed P-256 key and certificate for "CN=Vidi <name>", valid ten years, in PEM (key
// then certificate), made once and kept on the flash — as desk phones ship a device
// certificate. Without one a SIP-over-TLS phone cannot accept the connection a proxy opens
// to deliver a call. Empty on failure.
QByteArray makeDeviceCertificate(const QString &name);

} // namespace vidi::app
