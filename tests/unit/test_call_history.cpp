#include "history/CallHistory.h"
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace vidi::app;
using Kind = CallHistory::Kind;

namespace {
CallHistory::Entry call(Kind kind, const QString &number, int minutesAgo, int duration = 0) {
    CallHistory::Entry e;
    e.kind = kind;
    e.name = QStringLiteral("Caller %1").arg(number);
    e.uri = QStringLiteral("sip:%1@pbx.example.com").arg(number);
    e.time = QDateTime::currentDateTime().addSecs(-60 * minutesAgo);
    e.durationSeconds = duration;
    e.seen = kind != Kind::Missed;
    return e;
}
} // namespace

TEST_CASE("call history: four lists, newest first, kept across restarts", "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath("history.db");
    {
        CallHistory history(path);
        REQUIRE(history.isOpen());
        CHECK(history.add(call(Kind::Dialed, "3602", 30, 65)));
        CHECK(history.add(call(Kind::Received, "3603", 20, 12)));
        CHECK(history.add(call(Kind::Missed, "3604", 10)));
        CHECK(history.add(call(Kind::Forwarded, "3605", 5)));
        CHECK(history.add(call(Kind::Dialed, "3606", 1, 3)));
    }
    CallHistory history(path);
    const auto all = history.entries();
    REQUIRE(all.size() == 5);
    CHECK(all.first().uri == "sip:3606@pbx.example.com");
    CHECK(all.last().uri == "sip:3602@pbx.example.com");
    const auto dialed = history.entries(Kind::Dialed);
    REQUIRE(dialed.size() == 2);
    CHECK(dialed.last().durationSeconds == 65);
    CHECK(dialed.last().name == "Caller 3602");
    CHECK(history.entries(Kind::Missed).size() == 1);
    CHECK(history.entries(Kind::Forwarded).size() == 1);
    CHECK(history.error().isEmpty());
}

TEST_CASE("call history: 100 entries in all, the oldest goes first", "[history]") {
    QTemporaryDir dir;
    CallHistory history(dir.filePath("history.db"));
    for (int i = 0; i < CallHistory::kCapacity + 5; ++i)
        REQUIRE(history.add(
            call(i % 2 ? Kind::Received : Kind::Dialed, QString::number(1000 + i), 500 - i)));
    const auto all = history.entries();
    REQUIRE(all.size() == CallHistory::kCapacity);
    CHECK(all.last().uri == "sip:1005@pbx.example.com"); // 1000..1004 were evicted
    CHECK(all.first().uri == "sip:1104@pbx.example.com");
}

TEST_CASE("call history: new missed calls until the Missed list is opened", "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath("history.db");
    {
        CallHistory history(path);
        CHECK(history.newMissed() == 0);
        history.add(call(Kind::Missed, "3604", 3));
        history.add(call(Kind::Missed, "3605", 2));
        history.add(call(Kind::Received, "3606", 1));
        CHECK(history.newMissed() == 2);
    }
    CallHistory history(path);
    CHECK(history.newMissed() == 2); // still new after a restart
    history.markMissedSeen();
    CHECK(history.newMissed() == 0);
    CHECK(history.entries(Kind::Missed).size() == 2); // seen, not removed
    history.remove(history.entries(Kind::Missed).first().id);
    CHECK(history.entries(Kind::Missed).size() == 1);
    history.clear(Kind::Missed);
    CHECK(history.entries().size() == 1);
}

TEST_CASE("call history: a file that is not a database is kept aside and reported", "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath("history.db");
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not SQLite, just garbage written by someone\n").repeated(200));
    }
    CallHistory history(path);
    REQUIRE(history.isOpen());
    CHECK(history.error().contains("unusable"));
    CHECK(history.add(call(Kind::Dialed, "3602", 1)));
    CHECK(history.entries().size() == 1);
    const QStringList aside = QDir(dir.path()).entryList({"history.db.corrupt-*"});
    REQUIRE(aside.size() == 1);
    QFile kept(dir.filePath(aside.first()));
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll().startsWith("this is not SQLite"));
}

TEST_CASE("call history: a kill in the middle of writing leaves the log intact", "[history]") {
    QTemporaryDir dir;
    const QString path = dir.filePath("history.db");
    {
        CallHistory history(path);
        for (int i = 0; i < 20; ++i)
            history.add(call(Kind::Received, QString::number(2000 + i), 100 - i));
    }
    for (int round = 0; round < 3; ++round) {
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) { // writes as fast as it can until it is killed
            CallHistory history(path);
            for (int i = 0;; ++i)
                history.add(call(Kind::Dialed, QString::number(i), 0, i));
        }
        usleep(150 * 1000 + round * 70 * 1000);
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        REQUIRE(WIFSIGNALED(status));

        CallHistory history(path);
        REQUIRE(history.isOpen());
        CHECK(history.error().isEmpty()); // not moved aside: nothing was damaged
        const auto all = history.entries();
        CHECK(all.size() == CallHistory::kCapacity); // 20 + many: full, never beyond
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec("PRAGMA integrity_check"));
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == "ok");
            db.close();
        }
        QSqlDatabase::removeDatabase("check");
    }
}
