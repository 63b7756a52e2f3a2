// Catch2 runner with a QCoreApplication, so that QObject-based units behave as in the phone.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
