#pragma once
#include "Phone.h"
#include <QString>

class QCoreApplication;

namespace vidi::app {

struct CommandLine {
    PhoneOptions phone;
    QString hardware = QStringLiteral("desktop");
    QString error; // set when the arguments are invalid
};

// Parses the command line of DESIGN.md §"Contract for automation". Handles --help and
// --version itself (prints and exits).
CommandLine parseCommandLine(const QCoreApplication &app);

} // namespace vidi::app
