// Marking sheets: export per adult or homeroom, fill in, import back.
#include "MarkingSheet.h"
#include "TeachingLinks.h"
#include "TestSupport.h"

#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <catch2/catch.hpp>

using namespace cm;
using cmtest::TempSchool;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

struct Sheets {
    TempSchool school;
    RowId ann, bo, cy, tia;
    Sheets() {
        ann = school.student(QStringLiteral("S1"), QStringLiteral("Ann"), QStringLiteral("Lee"),
                             QStringLiteral("07"), QStringLiteral("7A"));
        bo = school.student(QStringLiteral("S2"), QStringLiteral("=Bo"), QStringLiteral("Kim"),
                            QStringLiteral("07"), QStringLiteral("7A"));
        cy = school.student(QStringLiteral("S3"), QStringLiteral("Cy"), QStringLiteral("Ode"),
                            QStringLiteral("08"), QStringLiteral("8B"));
        school.student(QStringLiteral("S4"), QStringLiteral("Di"), QStringLiteral("Gone"),
                       QStringLiteral("08"), QStringLiteral("8B"), false);
        tia = school.adult(QStringLiteral("T1"), QStringLiteral("Tia"), QStringLiteral("Ray"));
    }
};
} // namespace

TEST_CASE("sheet: an adult's sheet lists active students with empty columns", "[sheet]") {
    Sheets s;
    const QString path = s.school.dir() + QStringLiteral("/tia.csv");
    const Result<int> r =
        MarkingSheet::exportTo(s.school.storage(), {QStringLiteral("T1"), {}}, path);
    REQUIRE(r.ok());
    CHECK(*r == 3);
    const QByteArray text = readAll(path);
    CHECK(text.startsWith("\xEF\xBB\xBF"
                          "adult_id,adult_name,student_id,student_name,grade,homeroom,"
                          "connected,concern,note\r\n"));
    CHECK(text.contains("T1,Tia Ray,S1,Ann Lee,07,7A,,,\r\n"));
    CHECK(text.contains("T1,Tia Ray,S2,'=Bo Kim,07,7A,,,\r\n")); // formula neutralised
    CHECK_FALSE(text.contains("Gone"));
    CHECK_FALSE(MarkingSheet::exportTo(s.school.storage(), {QStringLiteral("T9"), {}}, path).ok());
    // Only the students the adult teaches.
    SheetScope mine{QStringLiteral("T1"), {}, true};
    CHECK_FALSE(MarkingSheet::exportTo(s.school.storage(), mine, path).ok()); // no links yet
    REQUIRE(TeachingLinks::add(s.school.storage(),
                               {s.tia, s.cy, QStringLiteral("c1"), QStringLiteral("Math")})
                .ok());
    const Result<QVector<Student>> taught = MarkingSheet::roster(s.school.storage(), mine);
    REQUIRE(taught.ok());
    REQUIRE(taught->size() == 1);
    CHECK(taught->first().studentId == QStringLiteral("S3"));
    CHECK_FALSE(MarkingSheet::exportTo(s.school.storage(), {{}, QStringLiteral("9Z")}, path).ok());
}

TEST_CASE("sheet: a filled sheet imports into the chosen round - again changes nothing",
          "[sheet]") {
    Sheets s;
    const QString path = s.school.write(
        QStringLiteral("filled.csv"),
        "adult_id,adult_name,student_id,student_name,grade,homeroom,connected,concern,note\r\n"
        "T1,Tia Ray,S1,Ann Lee,07,7A,x,,\r\n"
        "T1,Tia Ray,S2,'=Bo Kim,07,7A,,\xE2\x9C\x93,quiet lately\r\n"
        "T1,Tia Ray,S3,Cy Ode,08,8B,,,\r\n");
    // A sheet names an existing round; a mistyped one is refused, nothing made.
    const QString untouched = cmtest::dump(s.school.storage());
    const Result<SheetReport> typo =
        MarkingSheet::importFrom(s.school.storage(), path, QStringLiteral("Sprng 2027"));
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.message().contains(QStringLiteral("no round named \"Sprng 2027\"")));
    CHECK(cmtest::dump(s.school.storage()) == untouched);
    REQUIRE(s.school.storage().createRound(QStringLiteral("Spring 2027")).ok());
    const QString before = cmtest::dump(s.school.storage());
    const Result<SheetReport> preview = MarkingSheet::importFrom(
        s.school.storage(), path, QStringLiteral("Spring 2027"), QString(), true);
    REQUIRE(preview.ok());
    CHECK(preview->added == 2);
    CHECK(cmtest::dump(s.school.storage()) == before);

    const Result<SheetReport> r =
        MarkingSheet::importFrom(s.school.storage(), path, QStringLiteral("Spring 2027"));
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->adultName == QStringLiteral("Tia Ray"));
    CHECK(r->connected == 1);
    CHECK(r->concern == 1);
    CHECK(r->added == 2);
    const auto round = s.school.storage().roundByName(QStringLiteral("Spring 2027"));
    REQUIRE(round);
    CHECK(s.school.storage().mark(round->id, s.tia, s.ann)->connected);
    const auto concern = s.school.storage().mark(round->id, s.tia, s.bo);
    REQUIRE(concern);
    CHECK(concern->concern);
    CHECK(concern->note == QStringLiteral("quiet lately"));
    CHECK_FALSE(s.school.storage().mark(round->id, s.tia, s.cy));

    const QString after = cmtest::dump(s.school.storage());
    const Result<SheetReport> again =
        MarkingSheet::importFrom(s.school.storage(), path, QStringLiteral("Spring 2027"));
    REQUIRE(again.ok());
    CHECK(again->unchanged == 2);
    CHECK(cmtest::dump(s.school.storage()) == after);
}

TEST_CASE("sheet: a homeroom sheet needs the adult - bad sheets change nothing", "[sheet]") {
    Sheets s;
    const QString hr = s.school.dir() + QStringLiteral("/7a.csv");
    REQUIRE(MarkingSheet::exportTo(s.school.storage(), {{}, QStringLiteral("7A")}, hr).ok());
    const QString before = cmtest::dump(s.school.storage());
    CHECK_FALSE(MarkingSheet::importFrom(s.school.storage(), hr).ok()); // no adult named
    const QString filled =
        s.school.write(QStringLiteral("hr.csv"), "student_id,connected,concern\nS1,yes,\nS9,X,\n");
    const Result<SheetReport> bad =
        MarkingSheet::importFrom(s.school.storage(), filled, QString(), QStringLiteral("T1"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().line == 3);
    CHECK(bad.error().message.contains(QStringLiteral("S9")));
    const QString two = s.school.write(
        QStringLiteral("two.csv"), "adult_id,student_id,connected,concern\nT1,S1,x,\nT2,S2,x,\n");
    CHECK_FALSE(MarkingSheet::importFrom(s.school.storage(), two).ok());
    CHECK(cmtest::dump(s.school.storage()) == before);
}

TEST_CASE("sheet: an XLSX sheet is a zip of spreadsheet XML with text cells", "[sheet]") {
    Sheets s;
    const QString path = s.school.dir() + QStringLiteral("/tia.xlsx");
    REQUIRE(MarkingSheet::exportTo(s.school.storage(), {QStringLiteral("T1"), {}}, path).ok());
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    CHECK(zip.getFileNameList().contains(QStringLiteral("[Content_Types].xml")));
    REQUIRE(zip.setCurrentFile(QStringLiteral("xl/worksheets/sheet1.xml")));
    QuaZipFile f(&zip);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    CHECK(xml.contains("<t xml:space=\"preserve\">=Bo Kim</t>")); // a string, never a formula
    CHECK_FALSE(xml.contains("<f>"));
    CHECK(xml.contains("t=\"inlineStr\""));
}

TEST_CASE("sheet: a filled XLSX sheet imports - shared strings as a spreadsheet saves them",
          "[sheet]") {
    Sheets s;
    // What a spreadsheet writes back: shared strings, a number, a boolean.
    const QString path = s.school.dir() + QStringLiteral("/filled.xlsx");
    {
        QuaZip zip(path);
        REQUIRE(zip.open(QuaZip::mdCreate));
        auto part = [&](const char* name, const QByteArray& data) {
            QuaZipFile f(&zip);
            REQUIRE(f.open(QIODevice::WriteOnly, QuaZipNewInfo(QLatin1String(name))));
            f.write(data);
            f.close();
        };
        part("xl/sharedStrings.xml",
             "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
             "spreadsheetml/2006/main\"><si><t>adult_id</t></si><si><t>student_id</t></si>"
             "<si><t>connected</t></si><si><t>concern</t></si><si><t>T1</t></si>"
             "<si><t>S1</t></si><si><r><t>S</t></r><r><t>3</t></r></si><si><t>x</t></si></sst>");
        part("xl/worksheets/sheet1.xml",
             "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
             "spreadsheetml/2006/main\"><sheetData>"
             "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
             "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
             "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c><c r=\"B2\" t=\"s\"><v>5</v></c>"
             "<c r=\"C2\" t=\"s\"><v>7</v></c></row>"
             "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>4</v></c><c r=\"B4\" t=\"s\"><v>6</v></c>"
             "<c r=\"D4\"><v>1</v></c></row></sheetData></worksheet>");
        zip.close();
    }
    const Result<SheetReport> r = MarkingSheet::importFrom(s.school.storage(), path);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->adultId == QStringLiteral("T1"));
    CHECK(r->connected == 1);
    CHECK(r->concern == 1);
    const Result<Round> round = s.school.storage().currentRound();
    CHECK(s.school.storage().mark(round->id, s.tia, s.ann)->connected);
    CHECK(s.school.storage().mark(round->id, s.tia, s.cy)->concern);

    // Our own XLSX export reads back too; garbage is refused.
    const QString blank = s.school.dir() + QStringLiteral("/blank.xlsx");
    REQUIRE(MarkingSheet::exportTo(s.school.storage(), {QStringLiteral("T1"), {}}, blank).ok());
    const Result<SheetReport> none = MarkingSheet::importFrom(s.school.storage(), blank);
    REQUIRE(none.ok());
    CHECK(none->added + none->updated + none->unchanged == 0);
    const QString before = cmtest::dump(s.school.storage());
    CHECK_FALSE(MarkingSheet::importFrom(s.school.storage(),
                                         s.school.write(QStringLiteral("bad.xlsx"), "garbage"))
                    .ok());
    CHECK(cmtest::dump(s.school.storage()) == before);
}
