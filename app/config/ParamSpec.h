#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace vidi::app {

// One configuration parameter, declared once in the registry. The cfg parser, the web pages,
// the phone's settings screens and validation all read these declarations.
struct ParamSpec {
    enum class Type {
        Bool,   // 0 or 1
        Int,    // decimal within [min, max]
        Number, // a decimal fraction within [min, max] ("0.5")
        String, // free text up to maxLength
        IpList, // comma-separated IPv4/IPv6 addresses, or "any"
        Url,    // http(s)/ftp/tftp/file URL, or empty
    };

    QString pattern; // "account.x.enable": each "x" is an index segment
    Type type = Type::String;
    QString defaultValue;
    int min = 0;
    int max = 0;
    QList<int> indexMax; // upper bound of each index segment (lower bound is 1)
    bool needsReboot = false;
    int maxLength = 511;
    // Defaults that differ by the last index (the seed's codec table: account.x.codec.y.*,
    // y 1..13): entry y-1; defaultValue when empty.
    QStringList defaultsByIndex;
};

} // namespace vidi::app
