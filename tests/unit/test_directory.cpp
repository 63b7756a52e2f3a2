#include "directory/Directory.h"
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace vidi::app;

namespace {
// The seed's example contact file (§"Local Contact File"), as published.
const QByteArray kSeedFile = R"(<root_group>
</root_group>
<root_contact>
     <contact display_name="Ada" office_number="2201"
 mobile_number="15760329971" other_number="0951-3371" line="0"
ring="Resource:Ring1.wav" group_id_name="2"
default_photo="Resource:icon_blacklist_b.png"
selected_photo="0"/>
     <contact display_name="Bella" office_number="2202"
mobile_number="13899220675" other_number="0592-7621" line="0"
ring="Resource:Ring2.wav" group_id_name="3"
default_photo="Resource:icon_family_b.png" selected_photo="0"/>
     <contact display_name="Daisy" office_number="2203"
mobile_number="18277951878" other_number="0592-7762" line="0"
ring="Resource:Ring3.wav" group_id_name="4"
default_photo="Resource:icon_friend_b.png" selected_photo="0"/>
</root_contact>
)";

QByteArray manyContacts(int n, const QString &prefix = QStringLiteral("Person")) {
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root_group>\n"
                     "<group display_name=\"Sales\" ring=\"Resource:Ring4.wav\"/>\n</root_group>\n"
                     "<root_contact>\n";
    for (int i = 0; i < n; ++i)
        xml += QStringLiteral("<contact display_name=\"%1 %2\" office_number=\"%3\" "
                              "mobile_number=\"+4917%4\" group_id_name=\"Sales\"/>\n")
                   .arg(prefix)
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .arg(5000 + i)
                   .arg(1000000 + i)
                   .toUtf8();
    return xml + "</root_contact>\n";
}
} // namespace

TEST_CASE("directory: the seed's contact file, built-in groups and the blacklist", "[directory]") {
    QTemporaryDir dir;
    Directory d(dir.filePath("contacts.db"));
    REQUIRE(d.isOpen());
    const auto report = d.importXml(kSeedFile);
    CHECK(report.ok);
    CHECK(report.added == 3);
    CHECK(report.problems.isEmpty());
    const auto all = d.contacts();
    REQUIRE(all.size() == 3);
    CHECK(all[0].name == "Ada");
    CHECK(all[0].group == "Blacklist"); // group id 2
    CHECK(all[1].group == "Family");
    CHECK(all[2].group == "Friend");
    CHECK(all[0].ring == "Resource:Ring1.wav");
    CHECK(d.isBlacklisted("15760329971"));
    CHECK(d.isBlacklisted("0951 3371")); // the digits count, not the dash
    CHECK_FALSE(d.isBlacklisted("2202"));
    CHECK(d.lookup("0592 7621")->name == "Bella"); // written another way
    REQUIRE(d.lookup("2202"));
    CHECK(d.lookup("2202")->name == "Bella");
    CHECK_FALSE(d.lookup("9999"));
}

TEST_CASE("directory: groups of one's own are added and removed, the built-in ones stay",
          "[directory]") {
    QTemporaryDir dir;
    Directory d(dir.filePath("contacts.db"));
    QString error;
    REQUIRE(d.addGroup(ContactGroup{"Golf", {}, false}, &error));
    CHECK_FALSE(d.addGroup(ContactGroup{"golf", {}, false}, &error)); // taken, any case
    CHECK_FALSE(d.addGroup(ContactGroup{"  ", {}, false}, &error));
    Contact c;
    c.name = "Tiger";
    c.office = "4000";
    c.group = "Golf";
    REQUIRE(d.save(c, &error));
    CHECK(d.contacts("Golf").size() == 1);
    CHECK(d.groupSizes().value("Golf") == 1);
    CHECK(d.exportXml().contains("display_name=\"Golf\""));
    CHECK_FALSE(d.removeGroup("Friend", &error)); // built in
    REQUIRE(d.removeGroup("Golf", &error));
    CHECK(d.contacts("Golf").isEmpty());
    REQUIRE(d.lookup("4000"));
    CHECK(d.lookup("4000")->group.isEmpty()); // the contact stays, in no group
    QStringList names;
    for (const ContactGroup &g : d.groups())
        names << g.name;
    CHECK(names == QStringList{"Blacklist", "Family", "Friend"});
}

TEST_CASE("directory: add, change, delete; names are required and unique", "[directory]") {
    QTemporaryDir dir;
    Directory d(dir.filePath("contacts.db"));
    Contact c;
    c.name = "Zoe";
    c.office = "3602";
    QString error;
    REQUIRE(d.save(c, &error));
    CHECK(c.id > 0);
    Contact twin;
    twin.name = "Zoe";
    CHECK_FALSE(d.save(twin, &error));
    CHECK(error.contains("already"));
    Contact blank;
    blank.name = "   ";
    CHECK_FALSE(d.save(blank, &error));
    CHECK(error.contains("name"));
    Contact stray;
    stray.name = "Yann";
    stray.group = "Nowhere";
    CHECK_FALSE(d.save(stray, &error));
    c.mobile = "0170 1234567";
    REQUIRE(d.save(c, &error));
    CHECK(d.lookup("01701234567")->name == "Zoe");
    CHECK(d.remove(c.id));
    CHECK(d.count() == 0);
}

TEST_CASE("directory: search by name or number", "[directory]") {
    QTemporaryDir dir;
    Directory d(dir.filePath("contacts.db"));
    d.importXml(kSeedFile);
    auto names = [](const QList<Contact> &l) {
        QStringList n;
        for (const auto &c : l)
            n << c.name;
        return n;
    };
    CHECK(names(d.search("a")) == QStringList{"Ada", "Bella", "Daisy"});
    CHECK(names(d.search("DAI")) == QStringList{"Daisy"});
    CHECK(names(d.search("220")) == QStringList{"Ada", "Bella", "Daisy"});
    CHECK(names(d.search("0592")) == QStringList{"Bella", "Daisy"});
    CHECK(names(d.search("%")).isEmpty()); // typed literally, not a wildcard
    CHECK(d.search("").size() == 3);
}

TEST_CASE("directory: 1000 contacts import, the 1001st is refused, search stays quick",
          "[directory]") {
    QTemporaryDir dir;
    Directory d(dir.filePath("contacts.db"));
    QElapsedTimer t;
    t.start();
    const auto report = d.importXml(manyContacts(Directory::kCapacity + 1));
    INFO("import took " << t.elapsed() << " ms");
    CHECK(report.ok);
    CHECK(report.added == Directory::kCapacity);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().contains("full"));
    CHECK(d.count() == Directory::kCapacity);
    CHECK(d.search("Person 0999").size() == 1);
    CHECK(d.lookup("+49171000500")->name == "Person 0500");
    // A second import of the same names updates them instead of adding.
    const auto again = d.importXml(manyContacts(10));
    CHECK(again.updated == 10);
    CHECK(again.added == 0);
    CHECK(d.count() == Directory::kCapacity);
}

TEST_CASE("directory: a malformed contact file is reported and changes nothing", "[directory]") {
    QTemporaryDir dir;
    Directory d(dir.filePath("contacts.db"));
    d.importXml(kSeedFile);
    const QByteArray broken =
        "<root_contact>\n<contact display_name=\"Eve\" office_number=\"1\"/>\n"
        "<contact display_name=\"Finn\" office_number=\"2\"\n"
        "</root_contact>\n";
    const auto report = d.importXml(broken);
    CHECK_FALSE(report.ok);
    REQUIRE_FALSE(report.problems.isEmpty());
    CHECK(report.problems.first().startsWith("line 4"));
    CHECK(d.count() == 3); // Eve was not taken either: the file is all or nothing
    CHECK_FALSE(d.lookup("1"));

    const QByteArray partly = "<root_contact>\n<contact display_name=\"\" office_number=\"7\"/>\n"
                              "<contact display_name=\"Gus\" office_number=\"8\"/>\n"
                              "<contact display_name=\"Gus\" office_number=\"9\"/>\n"
                              "</root_contact>\n";
    const auto skipped = d.importXml(partly);
    CHECK(skipped.ok);
    CHECK(skipped.added == 1);
    REQUIRE(skipped.problems.size() == 2);
    CHECK(skipped.problems[0] == "line 2: contact without a name");
    CHECK(skipped.problems[1].startsWith("line 4:"));
}

TEST_CASE("directory: export in the seed's format reads back the same", "[directory]") {
    QTemporaryDir dir;
    Directory a(dir.filePath("a.db"));
    a.importXml(kSeedFile);
    const QByteArray xml = a.exportXml();
    CHECK(xml.contains("<root_group>"));
    CHECK(xml.contains("<root_contact>"));
    CHECK(xml.contains("display_name=\"Bella\""));
    Directory b(dir.filePath("b.db"));
    const auto report = b.importXml(xml);
    CHECK(report.ok);
    CHECK(report.added == 3);
    CHECK(b.contacts()[0].group == "Blacklist");
    CHECK(b.contacts()[2].other == "0592-7762");
}

TEST_CASE("directory: an import tells the screens once", "[directory]") {
    QTemporaryDir dir;
    Directory d(dir.filePath("contacts.db"));
    int changes = 0;
    QObject::connect(&d, &Directory::changed, [&changes] { ++changes; });
    d.importXml(kSeedFile);
    CHECK(changes == 1);
}

TEST_CASE("directory: a caller's ring is the contact's, else its group's", "[directory]") {
    QTemporaryDir dir;
    Directory d(dir.filePath("contacts.db"));
    d.importXml(R"(<root_group><group display_name="Sales" ring="Resource:Ring6.wav"/></root_group>
<root_contact>
<contact display_name="Own Ring" office_number="100" ring="Resource:Ring2.wav" group_id_name="Sales"/>
<contact display_name="Group Ring" office_number="200" group_id_name="Sales"/>
<contact display_name="No Ring" office_number="300"/>
</root_contact>)");
    CHECK(d.ringFor("100") == "Resource:Ring2.wav");
    CHECK(d.ringFor("200") == "Resource:Ring6.wav");
    CHECK(d.ringFor("300").isEmpty());
    CHECK(d.ringFor("999").isEmpty());
}
