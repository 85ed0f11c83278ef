// Spreadsheet exports of school systems: column mapping with guesses,
// Windows-1252, formula cells, groups, sync mode, previews and bad rows.
#include "SchoolExport.h"
#include "SpreadsheetImport.h"
#include "StudentGroups.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cm;
using cmtest::TempSchool;

namespace {
// "José Núñez" in Windows-1252, as many school systems still export.
const QByteArray kSis1252 =
    "Student Number,First Name,Last Name,Grade Level,Home Room,IEP,Notes\r\n"
    "0012,Jos\xE9,N\xFA\xF1"
    "ez,07,7A,Y,\r\n"
    "0013,Amy,Chen,08,8B,N,likes art\r\n"
    "0014,'=SUM(A1),Ray,08,8B,,\r\n";

SpreadsheetOptions win1252() {
    SpreadsheetOptions o;
    o.encoding = TextEncoding::Windows1252;
    return o;
}
} // namespace

TEST_CASE("spreadsheet: headers are guessed from common school-system names", "[spreadsheet]") {
    const QStringList headers{QStringLiteral("Student Number"), QStringLiteral("First Name"),
                              QStringLiteral("Last Name"),      QStringLiteral("Grade Level"),
                              QStringLiteral("Home Room"),      QStringLiteral("Email Address")};
    const ColumnMapping m = ColumnMapping::guess(headers, RosterKind::Students);
    CHECK(m.fieldFor(QStringLiteral("student number")) == QStringLiteral("student_id"));
    CHECK(m.fieldFor(QStringLiteral("First Name")) == QStringLiteral("given_name"));
    CHECK(m.fieldFor(QStringLiteral("Last Name")) == QStringLiteral("family_name"));
    CHECK(m.fieldFor(QStringLiteral("Grade Level")) == QStringLiteral("grade"));
    CHECK(m.fieldFor(QStringLiteral("Home Room")) == QStringLiteral("homeroom"));
    const ColumnMapping staff = ColumnMapping::guess(
        {QStringLiteral("Staff ID"), QStringLiteral("First"), QStringLiteral("Surname"),
         QStringLiteral("Email Address"), QStringLiteral("Position")},
        RosterKind::Adults);
    CHECK(staff.fieldFor(QStringLiteral("Staff ID")) == QStringLiteral("adult_id"));
    CHECK(staff.fieldFor(QStringLiteral("Email Address")) == QStringLiteral("email"));
    CHECK(staff.fieldFor(QStringLiteral("Position")) == QStringLiteral("role"));
    CHECK_FALSE(ColumnMapping::parse(QStringLiteral("A=shoe_size"), RosterKind::Students).ok());
    CHECK_FALSE(ColumnMapping::parse(QStringLiteral("no equals"), RosterKind::Students).ok());
}

TEST_CASE("spreadsheet: Windows-1252 names arrive intact - groups from a mapped column",
          "[spreadsheet]") {
    TempSchool school;
    const QString path = school.write(QStringLiteral("sis.csv"), kSis1252);
    SpreadsheetOptions o = win1252();
    o.mapping = *ColumnMapping::parse(QStringLiteral("Student Number=student_id,First "
                                                     "Name=given_name,Last Name=family_name,"
                                                     "Grade Level=grade,Home Room=homeroom,"
                                                     "IEP=group"),
                                      RosterKind::Students);
    const Result<RosterReport> r =
        SpreadsheetImport::import(school.storage(), RosterKind::Students, path, o);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->students.added == 3);
    const auto jose = school.storage().studentByExternalId(QStringLiteral("0012"));
    REQUIRE(jose);
    CHECK(jose->givenName == QString::fromUtf8("Jos\xC3\xA9"));
    CHECK(jose->familyName == QString::fromUtf8("N\xC3\xBA\xC3\xB1"
                                                "ez"));
    CHECK(jose->homeroom == QStringLiteral("7A"));
    // A neutralised formula cell is read back as its text.
    CHECK(school.storage().studentByExternalId(QStringLiteral("0014"))->givenName ==
          QStringLiteral("=SUM(A1)"));
    const QVector<StudentGroup> groups = StudentGroups::all(school.storage());
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().label() == QStringLiteral("IEP: Yes"));
    CHECK(StudentGroups::members(school.storage()).value(groups.first().id) ==
          QVector<RowId>{jose->id});

    // Export neutralises the formula again.
    QTemporaryDir out;
    REQUIRE(SchoolExport::exportTo(school.storage(), out.path()).ok());
    QFile f(out.filePath(QStringLiteral("students.csv")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("0014,'=SUM(A1),Ray"));

    // Importing the same file again changes nothing.
    const QString before = cmtest::dump(school.storage());
    const Result<RosterReport> again =
        SpreadsheetImport::import(school.storage(), RosterKind::Students, path, o);
    REQUIRE(again.ok());
    CHECK(again->students.unchanged == 3);
    CHECK(again->students.changes() == 0);
    CHECK(cmtest::dump(school.storage()) == before);
}

TEST_CASE("spreadsheet: a Windows-1252 file read as UTF-8 fails and names the line",
          "[spreadsheet]") {
    TempSchool school;
    const QString path = school.write(QStringLiteral("sis.csv"), kSis1252);
    const QString before = cmtest::dump(school.storage());
    const Result<RosterReport> r =
        SpreadsheetImport::import(school.storage(), RosterKind::Students, path, {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().line == 2);
    CHECK(r.error().message.contains(QStringLiteral("Windows-1252")));
    CHECK(cmtest::dump(school.storage()) == before);
}

TEST_CASE("spreadsheet: sync mode makes missing people inactive - the preview is exact",
          "[spreadsheet]") {
    TempSchool school;
    const RowId gone =
        school.student(QStringLiteral("0099"), QStringLiteral("Old"), QStringLiteral("Timer"));
    const RowId adult =
        school.adult(QStringLiteral("T1"), QStringLiteral("Tia"), QStringLiteral("Ray"));
    const Result<Round> round = school.storage().currentRound();
    REQUIRE(school.storage().setMark(round->id, adult, gone, MarkKind::Connected).ok());
    school.student(QStringLiteral("0013"), QStringLiteral("Amy"), QStringLiteral("Chen"),
                   QStringLiteral("08"), QStringLiteral("8B"));
    const QString path = school.write(QStringLiteral("sis.csv"), kSis1252);
    SpreadsheetOptions o = win1252();
    o.sync = true;
    o.dryRun = true;
    const QString before = cmtest::dump(school.storage());
    const Result<RosterReport> preview =
        SpreadsheetImport::import(school.storage(), RosterKind::Students, path, o);
    REQUIRE(preview.ok());
    CHECK(preview->students.added == 2);
    CHECK(preview->students.unchanged == 1);
    CHECK(preview->students.deactivated == 1);
    CHECK(cmtest::dump(school.storage()) == before);

    o.dryRun = false;
    const Result<RosterReport> r =
        school.document().importSpreadsheet(RosterKind::Students, path, o);
    REQUIRE(r.ok());
    CHECK(r->students.added == preview->students.added);
    CHECK(r->students.deactivated == 1);
    // Backups are a school file's (a server's are pg_dump's).
    CHECK(r->backupPath.isEmpty() == cmtest::TempSchool::onServer());
    CHECK_FALSE(school.storage().studentById(gone)->active);
    CHECK(school.storage().mark(round->id, adult, gone)); // never deleted, mark kept
    const QString after = cmtest::dump(school.storage());
    REQUIRE(SpreadsheetImport::import(school.storage(), RosterKind::Students, path, o).ok());
    CHECK(cmtest::dump(school.storage()) == after);
}

TEST_CASE("spreadsheet: bad rows import nothing and name file and line", "[spreadsheet]") {
    TempSchool school;
    const QString before = cmtest::dump(school.storage());
    auto fails = [&](const QByteArray& content, int line, const char* text) {
        const QString path = school.write(QStringLiteral("bad.csv"), content);
        const Result<RosterReport> r =
            SpreadsheetImport::import(school.storage(), RosterKind::Students, path, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().file == path);
        CHECK(r.error().line == line);
        CHECK(r.error().message.contains(QLatin1String(text)));
    };
    fails("Student Number,First Name\n1,Ann\n", 1, "family_name");
    fails("ID,First Name,Last Name\n1,Ann,Lee\n1,Bo,Kim\n", 3, "twice");
    fails("ID,First Name,Last Name\n1,Ann,Lee\n,Bo,Kim\n", 3, "empty");
    fails("ID,First Name,Last Name,Status\n1,Ann,Lee,maybe\n", 2, "active");
    fails("ID,First Name,Last Name\n1,\"Ann,Lee\n", 2, "");
    fails("", 1, "empty");
    CHECK(cmtest::dump(school.storage()) == before);
}

TEST_CASE("spreadsheet: staff rosters map to adults", "[spreadsheet]") {
    TempSchool school;
    const QString path = school.write(
        QStringLiteral("staff.csv"),
        "Staff ID,First Name,Last Name,Position,Email Address\nS1,Tia,Ray,Teacher,tia@x.org\n");
    const Result<RosterReport> r =
        SpreadsheetImport::import(school.storage(), RosterKind::Adults, path, {});
    REQUIRE(r.ok());
    const auto tia = school.storage().adultByExternalId(QStringLiteral("S1"));
    REQUIRE(tia);
    CHECK(tia->email == QStringLiteral("tia@x.org"));
    CHECK(tia->role == QStringLiteral("Teacher"));
}
