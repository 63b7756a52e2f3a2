#pragma once
// What the media tests share: GStreamer with our elements, and time for the sessions to work.
#include "mediapipe/Media.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <catch2/catch.hpp>

// GStreamer and our elements (vidig729enc, vidih264enc, …), once per run.
inline void initMedia() {
    static const bool done = [] {
        int argc = 0;
        char **argv = nullptr;
        return vidi::media::initialize(&argc, &argv);
    }();
    REQUIRE(done);
}

// Runs the event loop for `ms`: the sessions' signals and statistics are delivered meanwhile.
inline void runFor(int ms) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}
