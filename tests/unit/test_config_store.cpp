#include "config/ConfigStore.h"
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace vidi::app;

TEST_CASE("store: common file then MAC file, the MAC file wins (seed acceptance 1)", "[store]") {
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    store.applyCfg("#!version:1.0.0.1\n"
                   "# comment\n"
                   "account.1.sip_server_port = 5060\n"
                   "features.pound_key.mode= 2\n"
                   "lang.gui =\n",
                   "y000000000023.cfg");
    store.applyCfg("#!version:1.0.0.1\nfeatures.pound_key.mode = 0\n", "001565113af8.cfg");
    CHECK(store.value("account.1.sip_server_port") == "5060");
    CHECK(store.value("features.pound_key.mode") == "0");
    CHECK(store.value("lang.gui") == "English");
    CHECK(store.issues().isEmpty());
}

TEST_CASE("store: a bad value is reported with file and line; the rest applies", "[store]") {
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    QSignalSpy issues(&store, &ConfigStore::issueReported);
    const int applied = store.applyCfg("#!version:1.0.0.1\n"
                                       "account.1.sip_server_port = 99999\n"
                                       "account.9.enable = 1\n"
                                       "account.1.enable = maybe\n"
                                       "account.1.label = Reception\n",
                                       "y000000000023.cfg");
    CHECK(applied == 1);
    CHECK(issues.count() == 3);
    REQUIRE(store.issues().size() == 3);
    CHECK(store.issues()[0].toString().startsWith("y000000000023.cfg:2: "));
    CHECK(store.issues()[1].toString().contains("unknown parameter 'account.9.enable'"));
    CHECK(store.value("account.1.sip_server_port") == "5060");
    CHECK(store.value("account.1.label") == "Reception");
}

TEST_CASE("store: settings persist atomically and survive a restart", "[store]") {
    QTemporaryDir dir;
    {
        ConfigStore store(dir.path());
        REQUIRE(store.set("account.2.label", "Sales"));
        store.applyCfg("#!version:1.0.0.1\nsip.listen_port = 5070\n", "y000000000023.cfg");
    }
    ConfigStore reloaded(dir.path());
    REQUIRE(reloaded.load());
    CHECK(reloaded.value("account.2.label") == "Sales");
    CHECK(reloaded.value("sip.listen_port") == "5070");
    CHECK(reloaded.isOverridden("sip.listen_port"));
}

TEST_CASE("store: a damaged settings file loses only its damaged lines", "[store]") {
    QTemporaryDir dir;
    QFile f(dir.filePath("settings.cfg"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("#!version:1.0.0.1\naccount.1.label = Kept\ngarbage\x01\x02\nsip.listen_port = x\n");
    f.close();
    ConfigStore store(dir.path());
    REQUIRE(store.load());
    CHECK(store.value("account.1.label") == "Kept");
    CHECK(store.value("sip.listen_port") == "5060");
    CHECK(store.issues().size() == 2);
}

TEST_CASE("store: %NULL% resets to the factory default", "[store]") {
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    store.applyCfg("#!version:1.0.0.1\nfeatures.pound_key.mode = 0\n", "a.cfg");
    CHECK(store.value("features.pound_key.mode") == "0");
    store.applyCfg("#!version:1.0.0.1\nfeatures.pound_key.mode = %NULL%\n", "b.cfg");
    CHECK(store.value("features.pound_key.mode") == "1");
    CHECK_FALSE(store.isOverridden("features.pound_key.mode"));
}

TEST_CASE("store: security.user_password sets the admin or the user password", "[store]") {
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    CHECK(store.value("security.password.admin") == "admin");
    store.applyCfg("#!version:1.0.0.1\n"
                   "security.user_password = admin:s3cret\n"
                   "security.user_password = user:pw\n"
                   "security.user_password = guest:x\n"
                   "security.user_password = admin:\n",
                   "y000000000023.cfg");
    CHECK(store.value("security.password.admin") == "s3cret");
    CHECK(store.value("security.password.user") == "pw");
    CHECK(store.issues().size() == 2);
}

TEST_CASE("store: changes are announced once, only for values that changed", "[store]") {
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    QSignalSpy changed(&store, &ConfigStore::changed);
    store.applyCfg("#!version:1.0.0.1\naccount.1.enable = 0\naccount.1.label = X\n", "a.cfg");
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toStringList() == QStringList{"account.1.label"});
}
