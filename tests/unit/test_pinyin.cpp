// The pinyin engine for the Chinese UI's keyboard (issue 5): letters in, hanzi out.
#include "ui/PinyinEngine.h"
#include "ui/TraditionalChinese.h"
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

TEST_CASE("Pinyin: a word for the first syllables leaves the rest to choose", "[pinyin]") {
    QTemporaryDir dir;
    PinyinEngine engine(dir.filePath("user_dict.dat"));
    REQUIRE(engine.isOpen());
    engine.compose("nihaoma");
    CHECK(engine.preedit() == "nihaoma");
    const QStringList first = engine.candidates();
    const int nihao = int(first.indexOf(QString::fromUtf8("你好")));
    REQUIRE(nihao > 0); // 0 is the whole sentence
    CHECK_FALSE(engine.choose(nihao));
    CHECK(engine.preedit() == QString::fromUtf8("你好ma"));
    CHECK(engine.sentence().startsWith(QString::fromUtf8("你好")));
    // Taking the choice back restores the letters.
    CHECK(engine.undoChoice());
    CHECK(engine.preedit() == "nihaoma");
    CHECK_FALSE(engine.undoChoice());
    // The whole sentence completes the composition.
    CHECK(engine.choose(0));
    CHECK(engine.sentence() == first.first());
    engine.clear();
    CHECK(engine.letters().isEmpty());
    CHECK(engine.candidates().isEmpty());
}

TEST_CASE("Pinyin: Traditional characters for the Chinese_T keyboard", "[pinyin]") {
    using vidi::app::TraditionalChinese;
    CHECK(TraditionalChinese::fromSimplified(QString::fromUtf8("电话")) ==
          QString::fromUtf8("電話"));
    CHECK(TraditionalChinese::fromSimplified(QString::fromUtf8("张")) == QString::fromUtf8("張"));
    CHECK(TraditionalChinese::fromSimplified("abc 123") == "abc 123");
    CHECK(TraditionalChinese::fromSimplified("").isEmpty());
}
