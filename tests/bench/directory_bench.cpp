// Directory benchmark (issue 5): importing the seed's contact file with 1000 contacts, then
// searching them as a person types (by name and by digits) and looking a caller up, with the
// median and the slowest of each printed. Run: build/tests/directory_bench
#include "directory/Directory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using vidi::app::Directory;

namespace {
QByteArray contactFile(int n) {
    static const char *first[] = {"Anna", "Ben",    "Chen",   "Dora",
                                  "Emre", "Fatima", "Gustav", "Hana"};
    static const char *last[] = {"Okafor", "Müller", "Rossi", "Yilmaz",
                                 "Dubois", "Jansen", "García"};
    QByteArray xml = "<root_group>\n</root_group>\n<root_contact>\n";
    for (int i = 0; i < n; ++i)
        xml += QStringLiteral("<contact display_name=\"%1 %2 %3\" office_number=\"%4\" "
                              "mobile_number=\"+49 170 %5\" other_number=\"\" line=\"0\"/>\n")
                   .arg(QString::fromUtf8(first[i % 8]), QString::fromUtf8(last[i % 7]))
                   .arg(i)
                   .arg(2000 + i)
                   .arg(1000000 + i * 7)
                   .toUtf8();
    return xml + "</root_contact>\n";
}

struct Figures {
    double medianMs, worstMs;
};

Figures measure(int runs, const std::function<void(int)> &work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work(i);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Directory directory(dir.filePath(QStringLiteral("contacts.db")));
    const QByteArray xml = contactFile(Directory::kCapacity);
    QElapsedTimer t;
    t.start();
    const auto report = directory.importXml(xml);
    const double importMs = double(t.nsecsElapsed()) / 1e6;
    if (!report.ok || report.added != Directory::kCapacity) {
        std::fprintf(stderr, "import failed\n");
        return 1;
    }
    const QStringList typedNames = {"a", "an", "ann", "anna", "anna o", "g", "ga", "gar"};
    const QStringList typedDigits = {"2", "21", "217", "2170", "4917", "170 10"};
    const Figures byName =
        measure(200, [&](int i) { directory.search(typedNames[i % typedNames.size()]); });
    const Figures byDigits =
        measure(200, [&](int i) { directory.search(typedDigits[i % typedDigits.size()]); });
    const Figures lookup =
        measure(200, [&](int i) { directory.lookup(QString::number(2000 + (i * 37) % 1000)); });
    const Figures miss = measure(50, [&](int) { directory.lookup(QStringLiteral("99999")); });

    std::printf("directory of %d contacts\n", Directory::kCapacity);
    std::printf("%-44s %10s %10s\n", "operation", "median ms", "worst ms");
    std::printf("%-44s %10.1f %10s\n", "import of the contact file (one transaction)", importMs,
                "-");
    std::printf("%-44s %10.2f %10.2f\n", "search as a name is typed", byName.medianMs,
                byName.worstMs);
    std::printf("%-44s %10.2f %10.2f\n", "search as digits are typed", byDigits.medianMs,
                byDigits.worstMs);
    std::printf("%-44s %10.2f %10.2f\n", "caller lookup (a number in the directory)",
                lookup.medianMs, lookup.worstMs);
    std::printf("%-44s %10.2f %10.2f\n", "caller lookup (an unknown number)", miss.medianMs,
                miss.worstMs);
    return 0;
}
