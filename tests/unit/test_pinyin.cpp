// The pinyin engine for the Chinese UI's keyboard (issue 5): letters in, hanzi out.
#include "ui/PinyinEngine.h"
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using vidi::app::PinyinEngine;

TEST_CASE("Pinyin: letters typed give the hanzi a person means, best first", "[pinyin]") {
    QTemporaryDir dir;
    PinyinEngine engine(dir.filePath("user_dict.dat"));
    REQUIRE(engine.isOpen());
    const QStringList nihao = engine.candidates("nihao");
    REQUIRE_FALSE(nihao.isEmpty());
    CHECK(nihao.first() == QString::fromUtf8("你好"));
    const QStringList dianhua = engine.candidates("dianhua", 5);
    CHECK(dianhua.size() <= 5);
    CHECK(dianhua.contains(QString::fromUtf8("电话"))); // telephone
    CHECK(engine.candidates("zhongguo").contains(QString::fromUtf8("中国")));
    CHECK(engine.candidates("").isEmpty());
    // Letters that spell nothing still give single hanzi of their first syllable or nothing,
    // never a crash.
    (void)engine.candidates("xqzv");
}
