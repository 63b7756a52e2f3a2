#include "config/Provisioner.h"
#include "config/ConfigStore.h"
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
    next();
}

void Provisioner::next() {
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
    } else {
        const int applied = m_store->applyCfg(QString::fromUtf8(result.body), name);
        m_log << QStringLiteral("%1: %2 settings applied").arg(name).arg(applied);
    }
    next();
}

} // namespace vidi::app
