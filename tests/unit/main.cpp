// Catch2 runner with a QCoreApplication, so that QObject-based units behave as in the phone.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <iostream>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int result = Catch::Session().run(argc, argv);
    // The results are in: leave without the exit-time teardown. GStreamer's worker threads
    // (task pools, rtpbin's timers) may still be winding down then, and static destructors
    // raced them — a passing media test once aborted in GLib's pthread_setspecific; joining
    // them with gst_deinit() made it worse (aba1edf).
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    std::_Exit(result);
}
