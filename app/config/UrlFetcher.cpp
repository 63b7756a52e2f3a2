#include "config/UrlFetcher.h"
#include <QPointer>
#include <QThread>
#include <curl/curl.h>

namespace vidi::app {

namespace {
constexpr qsizetype kMaxBody = 16 * 1024 * 1024; // no cfg or resource file is larger

size_t appendBody(char *data, size_t size, size_t count, void *user) {
    auto *body = static_cast<QByteArray *>(user);
    if (body->size() + qsizetype(size * count) > kMaxBody)
        return 0; // makes curl fail with CURLE_WRITE_ERROR
    body->append(data, qsizetype(size * count));
    return size * count;
}
} // namespace

UrlFetcher::UrlFetcher(QObject *parent)
    : QObject(parent) {
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    Q_UNUSED(initialised)
    qRegisterMetaType<Result>();
}

UrlFetcher::Result UrlFetcher::fetchBlocking(const QUrl &url, int timeoutSeconds) {
    Result r;
    CURL *curl = curl_easy_init();
    if (!curl) {
        r.error = QStringLiteral("cannot initialise libcurl");
        return r;
    }
    const QByteArray u = url.toEncoded();
    char errbuf[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, u.constData());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r.body);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_FAILONERROR, 1L); // HTTP 404 is a failure, not a body
    const CURLcode rc = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &r.responseCode);
    curl_easy_cleanup(curl);
    r.ok = rc == CURLE_OK;
    if (!r.ok)
        r.error = QString::fromUtf8(errbuf[0] ? errbuf : curl_easy_strerror(rc));
    return r;
}

void UrlFetcher::fetch(const QUrl &url, int timeoutSeconds) {
    QPointer<UrlFetcher> self(this);
    QThread *worker = QThread::create([self, url, timeoutSeconds] {
        const Result r = fetchBlocking(url, timeoutSeconds);
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, url, r] {
                    if (self)
                        Q_EMIT self->finished(url, r);
                },
                Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace vidi::app
