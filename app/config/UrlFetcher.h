#pragma once
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

namespace vidi::app {

// Downloads one URL with libcurl (file, http, https, ftp, tftp: one code path for every scheme
// the seed lists) on a worker thread and reports back on the thread that asked.
class UrlFetcher : public QObject {
    Q_OBJECT
public:
    struct Result {
        bool ok = false;
        QByteArray body;
        QString error;
        long responseCode = 0;
    };

    explicit UrlFetcher(QObject *parent = nullptr);
    void fetch(const QUrl &url, int timeoutSeconds = 20);
    static Result fetchBlocking(const QUrl &url, int timeoutSeconds);

Q_SIGNALS:
    void finished(const QUrl &url, const vidi::app::UrlFetcher::Result &result);
};

} // namespace vidi::app
