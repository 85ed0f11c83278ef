// OneRoster 1.1 bulk exports: folder and zip, one and several schools,
// statuses, demographics on request, sync, and bad input.
#include "Backup.h"
#include "OneRoster.h"
#include "OneRosterFixture.h"
#include "StudentGroups.h"
#include "TeachingLinks.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace cm;
using cmtest::TempSchool;

namespace {
Result<RosterReport> importFrom(TempSchool& school, const QString& path,
                                OneRosterOptions options = {}) {
    // Through the document, as the window and the command line import: one
    // transaction, and a backup before a change to a school that is not empty.
    return school.document().importOneRoster(path, options);
}
} // namespace

TEST_CASE("oneroster: a one-school folder becomes students adults and teaching links",
          "[oneroster]") {
    TempSchool school;
    const QString dir = OneRosterFixture::oneSchool().writeFolder(school.dir() + "/or");
    const Result<RosterReport> r = importFrom(school, dir);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->students.added == 4);
    CHECK(r->adults.added == 3); // teacher, aide, administrator; not the guardian
    Storage& s = school.storage();
    const auto jose = s.studentByExternalId(QStringLiteral("u1"));
    REQUIRE(jose);
    CHECK(jose->givenName == QString::fromUtf8("Jos\xC3\xA9"));
    CHECK(jose->grade == QStringLiteral("07"));
    CHECK(jose->homeroom == QStringLiteral("Homeroom 7A"));
    CHECK_FALSE(s.studentByExternalId(QStringLiteral("u3"))->active); // tobedeleted
    CHECK_FALSE(s.studentByExternalId(QStringLiteral("u4"))->active); // enabledUser false
    CHECK_FALSE(s.adultByExternalId(QStringLiteral("g1")));
    CHECK(s.adultByExternalId(QStringLiteral("t2"))->role == QStringLiteral("aide"));
    // Links: t1 teaches u1 and u2 in the homeroom; t2 u1 in math (u2's was deleted).
    const QVector<TeachingLink> links = TeachingLinks::all(s);
    CHECK(links.size() == 3);
    const auto t2 = s.adultByExternalId(QStringLiteral("t2"));
    const QVector<TeachingLink> math = TeachingLinks::forAdult(s, t2->id);
    REQUIRE(math.size() == 1);
    CHECK(math.first().classTitle == QStringLiteral("Math 7"));
    CHECK(StudentGroups::all(s).isEmpty()); // demographics were not asked for
    CHECK(r->backupPath.isEmpty());

    // The same export again changes nothing.
    const QString before = cmtest::dump(s);
    const Result<RosterReport> again = importFrom(school, dir);
    REQUIRE(again.ok());
    CHECK(again->students.changes() == 0);
    CHECK(again->adults.changes() == 0);
    CHECK(cmtest::dump(s) == before);
}

TEST_CASE("oneroster: a zip gives the same school as the folder", "[oneroster][sqlite-only]") {
    TempSchool a;
    TempSchool b;
    const OneRosterFixture f = OneRosterFixture::oneSchool();
    REQUIRE(importFrom(a, f.writeFolder(a.dir() + "/or")).ok());
    const Result<RosterReport> r = importFrom(b, f.writeZip(b.dir() + "/export.zip"));
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(cmtest::dump(a.storage()) == cmtest::dump(b.storage()));
}

TEST_CASE("oneroster: several schools need a choice by id or name", "[oneroster]") {
    TempSchool school;
    const QString zip = OneRosterFixture::twoSchools().writeZip(school.dir() + "/district.zip");
    const Result<QVector<OneRosterSchool>> schools = OneRoster::schools(zip);
    REQUIRE(schools.ok());
    REQUIRE(schools->size() == 2);
    CHECK(schools->at(1).name == QStringLiteral("Roosevelt High"));
    const QString empty = cmtest::dump(school.storage());
    CHECK_FALSE(importFrom(school, zip).ok());
    OneRosterOptions wrong;
    wrong.school = QStringLiteral("Nowhere");
    CHECK_FALSE(importFrom(school, zip, wrong).ok());
    CHECK(cmtest::dump(school.storage()) == empty);

    OneRosterOptions high;
    high.school = QStringLiteral("roosevelt high");
    const Result<RosterReport> r = importFrom(school, zip, high);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->students.added == 1);
    CHECK(r->adults.added == 2); // h2 and the aide who works in both schools
    CHECK(TeachingLinks::all(school.storage()).size() == 1);
}

TEST_CASE("oneroster: demographics are imported only when asked", "[oneroster]") {
    TempSchool school;
    const QString dir = OneRosterFixture::oneSchool().writeFolder(school.dir() + "/or");
    OneRosterOptions options;
    options.demographics = true;
    REQUIRE(importFrom(school, dir, options).ok());
    QStringList labels;
    for (const StudentGroup& g : StudentGroups::all(school.storage()))
        labels << g.label();
    CHECK(labels == QStringList{QStringLiteral("Ethnicity: Hispanic or Latino"),
                                QStringLiteral("Race: Asian"), QStringLiteral("Race: White"),
                                QStringLiteral("Sex: Female"), QStringLiteral("Sex: Male")});
    const QString before = cmtest::dump(school.storage());
    REQUIRE(importFrom(school, dir, options).ok());
    CHECK(cmtest::dump(school.storage()) == before);
}

TEST_CASE("oneroster: sync makes people missing from the roster inactive and keeps marks",
          "[oneroster]") {
    TempSchool school;
    OneRosterFixture f = OneRosterFixture::oneSchool();
    REQUIRE(importFrom(school, f.writeFolder(school.dir() + "/v1")).ok());
    Storage& s = school.storage();
    const auto amy = s.studentByExternalId(QStringLiteral("u2"));
    const auto tia = s.adultByExternalId(QStringLiteral("t1"));
    const Result<Round> round = s.currentRound();
    REQUIRE(s.setMark(round->id, tia->id, amy->id, MarkKind::Connected).ok());

    // Amy left: a new roster without her.
    QByteArray users;
    for (const QByteArray& line : f.files[QStringLiteral("users.csv")].split('\n'))
        if (!line.startsWith("u2,") && !line.isEmpty())
            users += line + '\n';
    f.files[QStringLiteral("users.csv")] = users;
    QByteArray enrollments;
    for (const QByteArray& line : f.files[QStringLiteral("enrollments.csv")].split('\n'))
        if (!line.contains(",u2,") && !line.isEmpty())
            enrollments += line + '\n';
    f.files[QStringLiteral("enrollments.csv")] = enrollments;
    const QString v2 = f.writeFolder(school.dir() + "/v2");

    // Without sync she stays active.
    OneRosterOptions preview;
    preview.sync = true;
    preview.dryRun = true;
    const QString before = cmtest::dump(s);
    const Result<RosterReport> dry = importFrom(school, v2, preview);
    REQUIRE(dry.ok());
    CHECK(dry->students.deactivated == 1);
    CHECK(cmtest::dump(s) == before); // a preview changes nothing

    OneRosterOptions sync;
    sync.sync = true;
    const Result<RosterReport> r = importFrom(school, v2, sync);
    REQUIRE(r.ok());
    CHECK(r->students.deactivated == 1);
    // Backups are a school file's (a server's are pg_dump's).
    CHECK(r->backupPath.isEmpty() == cmtest::TempSchool::onServer());
    CHECK_FALSE(s.studentByExternalId(QStringLiteral("u2"))->active);
    CHECK(s.mark(round->id, tia->id, amy->id)); // the mark is kept
    const QString after = cmtest::dump(s);
    const Result<RosterReport> same = importFrom(school, v2, sync);
    REQUIRE(same.ok());
    CHECK(same->backupPath.isEmpty()); // nothing changes: no backup rotated in
    CHECK(Backup::list(school.dbPath()).size() == (cmtest::TempSchool::onServer() ? 0 : 1));
    CHECK(cmtest::dump(s) == after);
}

TEST_CASE("oneroster: bad exports import nothing and say file line and reason", "[oneroster]") {
    TempSchool school;
    school.student(QStringLiteral("S1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
    const QString before = cmtest::dump(school.storage());

    SECTION("an enrollment naming an unknown user") {
        OneRosterFixture f = OneRosterFixture::oneSchool();
        f.files[QStringLiteral("enrollments.csv")] += "e99,active,,c2,SCH1,nobody,student,,,\n";
        const Result<RosterReport> r = importFrom(school, f.writeFolder(school.dir() + "/x"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().file.endsWith(QStringLiteral("enrollments.csv")));
        CHECK(r.error().line == 8);
        CHECK(r.error().message.contains(QStringLiteral("unknown user \"nobody\"")));
    }
    SECTION("sync refused for a delta export") {
        OneRosterFixture f = OneRosterFixture::oneSchool();
        f.files[QStringLiteral("manifest.csv")].replace("file.users,bulk", "file.users,delta");
        OneRosterOptions sync;
        sync.sync = true;
        const Result<RosterReport> r = importFrom(school, f.writeFolder(school.dir() + "/d"), sync);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("delta")));
    }
    SECTION("a missing required file") {
        OneRosterFixture f = OneRosterFixture::oneSchool();
        f.files.remove(QStringLiteral("classes.csv"));
        const Result<RosterReport> r = importFrom(school, f.writeZip(school.dir() + "/x.zip"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("classes.csv is missing")));
    }
    SECTION("a missing required column") {
        OneRosterFixture f = OneRosterFixture::oneSchool();
        f.files[QStringLiteral("users.csv")] = "sourcedId,role,givenName\nu1,student,Ann\n";
        const Result<RosterReport> r = importFrom(school, f.writeFolder(school.dir() + "/x"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().line == 1);
        CHECK(r.error().message.contains(QStringLiteral("familyName")));
    }
    SECTION("a malformed quote and an undecodable byte") {
        OneRosterFixture f = OneRosterFixture::oneSchool();
        f.files[QStringLiteral("users.csv")] +=
            "u9,active,,true,SCH1,student,,,\"Bad\"x,Q,,,,,,,07,\n";
        Result<RosterReport> r = importFrom(school, f.writeFolder(school.dir() + "/x"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().line == 10);
        f = OneRosterFixture::oneSchool();
        f.files[QStringLiteral("users.csv")] +=
            "u9,active,,true,SCH1,student,,,Jos\xE9,Q,,,,,,,07,\n";
        r = importFrom(school, f.writeFolder(school.dir() + "/y"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("UTF-8")));
    }
    SECTION("not a zip - an empty file - megabytes of garbage") {
        const QString notZip = school.write(QStringLiteral("a.zip"), "this is not a zip file");
        CHECK_FALSE(importFrom(school, notZip).ok());
        const QString empty = school.write(QStringLiteral("b.zip"), QByteArray());
        const Result<RosterReport> e = importFrom(school, empty);
        REQUIRE_FALSE(e.ok());
        CHECK(e.error().message.contains(QStringLiteral("empty")));
        QByteArray garbage(8 * 1024 * 1024, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((qint64(i) * 7919) % 251);
        CHECK_FALSE(importFrom(school, school.write(QStringLiteral("c.zip"), garbage)).ok());
        OneRosterFixture f = OneRosterFixture::oneSchool();
        f.files[QStringLiteral("users.csv")] = garbage;
        CHECK_FALSE(importFrom(school, f.writeFolder(school.dir() + "/g")).ok());
        // Garbage inside a real zip: the message names the zip and the file.
        const Result<RosterReport> z = importFrom(school, f.writeZip(school.dir() + "/g.zip"));
        REQUIRE_FALSE(z.ok());
        CHECK(z.error().file.endsWith(QStringLiteral("g.zip/users.csv")));
    }
    CHECK(cmtest::dump(school.storage()) == before);
    CHECK(QDir(school.dir() + "/school-backups").entryList(QDir::Files).isEmpty());
}
