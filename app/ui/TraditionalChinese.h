#pragma once
#include <QString>

namespace vidi::app {

// Traditional Chinese for the Chinese_T UI's keyboard: the pinyin engine's candidates are
// Simplified, OpenCC turns them into Taiwan's standard characters (its s2tw table), as
// pinyin input methods on Taiwan-locale systems do.
class TraditionalChinese {
public:
    // `simplified` in Traditional characters; unchanged when OpenCC's tables are missing
    // (logged once).
    static QString fromSimplified(const QString &simplified);
};

} // namespace vidi::app
