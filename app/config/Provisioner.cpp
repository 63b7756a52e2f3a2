#include "config/Provisioner.h"
#include "config/CertificateStore.h"
#include "config/ConfigStore.h"
#include "directory/Directory.h"
#include "ui/RingTones.h"
#include "ui/Wallpapers.h"
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProvision, "vidi.provision")

namespace vidi::app {

Provisioner::Provisioner(ConfigStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store) {
    connect(&m_fetcher, &UrlFetcher::finished, this, &Provisioner::onFetched);
}

void Provisioner::run(const QUrl &server, const QString &mac) {
    if (isRunning())
        return;
    QString base = server.toString();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    // The file names must be lower case (seed 000: "the .cfg extension must be lower case").
    m_pending = {QUrl(base + commonFileName()), QUrl(base + mac.toLower() + ".cfg")};
    m_resourcesQueued = false;
    next();
}

void Provisioner::next() {
    if (m_pending.isEmpty() && !m_resourcesQueued)
        queueResources();
    if (m_pending.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    qCInfo(lcProvision) << "fetching" << m_pending.first().toDisplayString();
    m_fetcher.fetch(m_pending.first());
}

void Provisioner::onFetched(const QUrl &url, const UrlFetcher::Result &result) {
    if (m_pending.isEmpty() || m_pending.first() != url)
        return;
    m_pending.removeFirst();
    const QString name = url.fileName();
    if (!result.ok) {
        const QString line = QStringLiteral("%1: not downloaded (%2)").arg(name, result.error);
        qCInfo(lcProvision).noquote() << line;
        m_log << line;
    } else if (url == m_trustedUrl || url == m_ownUrl) {
        storeResource(url, result.body);
    } else if (url == m_contactsUrl) {
        importContacts(url, result.body);
    } else if (url == m_ringUrl) {
        QString error;
        report(name, QStringLiteral("ring tone"), m_rings->store(name, result.body, &error), error);
    } else if (url == m_wallpaperUrl) {
        QString error;
        report(name, QStringLiteral("wallpaper"), m_wallpapers->store(name, result.body, &error),
               error);
    } else {
        const int applied = m_store->applyCfg(QString::fromUtf8(result.body), name);
        m_log << QStringLiteral("%1: %2 settings applied").arg(name).arg(applied);
    }
    next();
}

void Provisioner::report(const QString &file, const QString &what, bool saved,
                         const QString &error) {
    const QString line = saved ? QStringLiteral("%1: %2 saved").arg(file, what)
                               : QStringLiteral("%1: refused (%2)").arg(file, error);
    qCInfo(lcProvision).noquote() << line;
    m_log << line;
}

void Provisioner::queueResources() {
    m_resourcesQueued = true;
    m_trustedUrl = m_ownUrl = m_contactsUrl = m_wallpaperUrl = m_ringUrl = QUrl();
    if (m_certs) {
        m_trustedUrl = QUrl(m_store->value("trusted_certificates.url"));
        m_ownUrl = QUrl(m_store->value("server_certificates.url"));
    }
    if (m_directory)
        m_contactsUrl = QUrl(m_store->value("local_contact.data.url"));
    if (m_wallpapers)
        m_wallpaperUrl = QUrl(m_store->value("wallpaper_upload.url"));
    if (m_rings)
        m_ringUrl = QUrl(m_store->value("ringtone.url"));
    for (const QUrl &u : {m_trustedUrl, m_ownUrl, m_contactsUrl, m_wallpaperUrl, m_ringUrl})
        if (u.isValid() && !u.isEmpty())
            m_pending << u;
}

void Provisioner::importContacts(const QUrl &url, const QByteArray &body) {
    const Directory::ImportReport report = m_directory->importXml(body);
    QString line = report.ok ? QStringLiteral("%1: %2 contacts added, %3 updated")
                                   .arg(url.fileName())
                                   .arg(report.added)
                                   .arg(report.updated)
                             : QStringLiteral("%1: refused, nothing changed").arg(url.fileName());
    if (!report.problems.isEmpty())
        line += QStringLiteral(" (%1)").arg(report.problems.join(QStringLiteral("; ")));
    if (report.ok && report.problems.isEmpty())
        qCInfo(lcProvision).noquote() << line;
    else
        qCWarning(lcProvision).noquote() << line;
    m_log << line;
}

void Provisioner::storeResource(const QUrl &url, const QByteArray &body) {
    QString error;
    const bool ok = url == m_trustedUrl ? m_certs->addTrusted(url.fileName(), body, &error)
                                        : m_certs->setOwn(body, &error);
    const QString line = ok ? QStringLiteral("%1: certificate saved").arg(url.fileName())
                            : QStringLiteral("%1: rejected (%2)").arg(url.fileName(), error);
    if (ok)
        qCInfo(lcProvision).noquote() << line;
    else
        qCWarning(lcProvision).noquote() << line;
    m_log << line;
}

} // namespace vidi::app
