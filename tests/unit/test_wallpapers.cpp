// Wallpapers (seed §4.10): an upload up to 1920×1200 is stored scaled to fill 800×480; a
// larger or broken file is refused with a reason and what was stored before stays.
#include "ui/Wallpapers.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace vidi::app;

namespace {
QByteArray picture(int width, int height, const char *format) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}
} // namespace

TEST_CASE("Wallpapers: built-in set and the default", "[wallpaper]") {
    QTemporaryDir dir;
    Wallpapers w(dir.path());
    CHECK(w.all() == Wallpapers::builtIn());
    CHECK(w.urlFor("Resource:dusk.svg") == "qrc:/vidi/wallpapers/dusk.svg");
    CHECK(w.urlFor("Resource:nothing.svg") == "qrc:/vidi/wallpapers/aurora.svg");
    CHECK(w.urlFor("Config:missing.png") == "qrc:/vidi/wallpapers/aurora.svg");
    CHECK(Wallpapers::displayName("Config:front-desk.png") == "front-desk");
}

TEST_CASE("Wallpapers: an upload is scaled to fill the screen; too large or broken is refused",
          "[wallpaper]") {
    QTemporaryDir dir;
    Wallpapers w(dir.path());
    QString error;
    REQUIRE(w.store("office.jpg", picture(1920, 1200, "JPG"), &error));
    CHECK(w.all().contains("Config:office.png"));
    const QString url = w.urlFor("Config:office.png");
    REQUIRE(url.startsWith("file://"));
    const QImage stored(QUrl(url).toLocalFile());
    CHECK(stored.size() == QSize(800, 480));
    CHECK(qRed(stored.pixel(400, 240)) > 200);

    CHECK_FALSE(w.store("huge.png", picture(2560, 1600, "PNG"), &error));
    CHECK(error.contains("1920"));
    CHECK_FALSE(w.store("broken.jpg", QByteArray("not a picture at all"), &error));
    CHECK_FALSE(error.isEmpty());
    // A smaller BMP is taken too (and scaled up).
    REQUIRE(w.store("small.bmp", picture(320, 240, "BMP"), &error));
    CHECK(QImage(QUrl(w.urlFor("Config:small.png")).toLocalFile()).size() == QSize(800, 480));
    CHECK(w.all() == Wallpapers::builtIn() + QStringList{"Config:office.png", "Config:small.png"});
}

// --- Ring tones (custom rings from ringtone.url) -------------------------------------------

#include "ui/RingTones.h"

TEST_CASE("Ring tones: eight built in, custom WAV files stored, others refused", "[ring]") {
    QTemporaryDir dir;
    RingTones rings(dir.path());
    CHECK(rings.all() == RingTones::builtIn());
    CHECK(rings.playable("Ring4.wav") == "Ring4.wav");
    CHECK(rings.playable("Custom:missing.wav") == "Ring1.wav");
    QByteArray wav("RIFF");
    wav += QByteArray(4, '\0') + "WAVEfmt " + QByteArray(40, '\0');
    QString error;
    REQUIRE(rings.store("chime.wav", wav, &error));
    CHECK(rings.all().last() == "Custom:chime.wav");
    CHECK(rings.playable("Custom:chime.wav").endsWith("/rings/chime.wav"));
    CHECK_FALSE(
        rings.store("song.mp3", QByteArray("ID3 not a wave file, not at all......"), &error));
    CHECK(error.contains("WAV"));
    CHECK_FALSE(rings.store("big.wav", wav + QByteArray(RingTones::kMaxBytes, '\0'), &error));
    CHECK(rings.all().size() == 9);
}
