#pragma once
#include "config/UrlFetcher.h"
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace vidi::app {

class CertificateStore;
class Directory;
class Wallpapers;
class RingTones;

class ConfigStore;

// Auto provisioning (seed 000 §"Auto Provisioning", seed 002): downloads the common file
// `y000000000023.cfg`, then `<mac>.cfg`, from the server URL and applies them in that order, so
// that the MAC-oriented file wins. A file that is missing or broken is reported and skipped;
// what was applied before stays.
class Provisioner : public QObject {
    Q_OBJECT
public:
    Provisioner(ConfigStore *store, QObject *parent = nullptr);
    // Where certificates named by trusted_certificates.url / server_certificates.url go.
    void setCertificateStore(CertificateStore *certs) { m_certs = certs; }
    // Where the contact file named by local_contact.data.url goes (seed §9.6).
    void setDirectory(Directory *directory) { m_directory = directory; }
    void setWallpapers(Wallpapers *wallpapers) { m_wallpapers = wallpapers; }
    void setRingTones(RingTones *rings) { m_rings = rings; }

    static QString commonFileName() { return QStringLiteral("y000000000023.cfg"); }
    void run(const QUrl &server, const QString &mac);
    bool isRunning() const { return !m_pending.isEmpty(); }
    QStringList log() const { return m_log; }

Q_SIGNALS:
    void finished();

private:
    // A downloaded resource stored (or refused, with the reason) in the provisioning log.
    void report(const QString &file, const QString &what, bool saved, const QString &error);
    void next();
    void onFetched(const QUrl &url, const vidi::app::UrlFetcher::Result &result);
    // After the configuration files: the resources they name (certificates, contacts).
    void queueResources();
    void storeResource(const QUrl &url, const QByteArray &body);
    void importContacts(const QUrl &url, const QByteArray &body);

    ConfigStore *m_store;
    CertificateStore *m_certs = nullptr;
    Directory *m_directory = nullptr;
    Wallpapers *m_wallpapers = nullptr;
    RingTones *m_rings = nullptr;
    bool m_resourcesQueued = false;
    QUrl m_trustedUrl, m_ownUrl, m_contactsUrl, m_wallpaperUrl, m_ringUrl;
    UrlFetcher m_fetcher;
    QList<QUrl> m_pending;
    QStringList m_log;
};

} // namespace vidi::app
