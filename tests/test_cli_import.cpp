// End to end: import, export, backup and sheet commands of the built binary.
#include "OneRosterFixture.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

using Run = cmtest::CliRun;
using cmtest::writeFile;

Run caringmap(const QString& db, const QStringList& args) {
    return cmtest::runCaringmap(QStringLiteral(CARINGMAP_EXE),
                                QStringList{QStringLiteral("--db"), db} + args);
}

QString csvOf(const QString& db, const QString& dir) {
    caringmap(db, {QStringLiteral("export"), dir});
    QString all;
    for (const QString& name : {QStringLiteral("students.csv"), QStringLiteral("adults.csv"),
                                QStringLiteral("marks.csv"), QStringLiteral("teaching.csv")}) {
        QFile f(QDir(dir).filePath(name));
        f.open(QIODevice::ReadOnly);
        all += QString::fromUtf8(f.readAll());
    }
    return all;
}

} // namespace

TEST_CASE("cli import: a district zip lists its schools and exits 2 without --school",
          "[cli-import][sqlite-only]") {
    QTemporaryDir dir;
    const QString db = cmtest::newSchool(dir, QStringLiteral("s.sqlite"));
    const QString zip = OneRosterFixture::twoSchools().writeZip(dir.filePath("district.zip"));
    const Run list = caringmap(db, {QStringLiteral("import"), zip});
    CHECK(list.code == 2);
    CHECK(list.err.contains(QStringLiteral("Lincoln Middle")));
    CHECK(list.err.contains(QStringLiteral("SCH2")));
    const Run r = caringmap(db, {QStringLiteral("import"), QStringLiteral("oneroster"), zip,
                                 QStringLiteral("--school"), QStringLiteral("SCH1"),
                                 QStringLiteral("--with-demographics")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("students: 4 new")));
    CHECK(r.out.contains(QStringLiteral("group memberships")));
}

// Backups are a school file's (a district server's are pg_dump's).
TEST_CASE("cli import: a mapped Windows-1252 roster with sync - export - backup restore",
          "[cli-import][sqlite-only]") {
    QTemporaryDir dir;
    const QString db = cmtest::newSchool(dir, QStringLiteral("s.sqlite"));
    const QString v1 = writeFile(dir, QStringLiteral("v1.csv"),
                                 "Student Number,First Name,Last Name,Grade Level,Home Room\r\n"
                                 "0012,Jos\xE9,Ruiz,07,7A\r\n0013,Amy,Chen,08,8B\r\n");
    const QString v2 =
        writeFile(dir, QStringLiteral("v2.csv"), "Pupil,Given,Family\r\n0012,Jos\xE9,Ruiz\r\n");
    const QString map = QStringLiteral("Pupil=student_id,Given=given_name,Family=family_name");
    Run r = caringmap(db, {QStringLiteral("import"), QStringLiteral("students"), v1,
                           QStringLiteral("--encoding"), QStringLiteral("windows-1252")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2 new")));
    const QString first = csvOf(db, dir.filePath(QStringLiteral("e1")));
    CHECK(first.contains(QString::fromUtf8("0012,Jos\xC3\xA9,Ruiz,,07,7A,yes")));

    r = caringmap(db, {QStringLiteral("import"), QStringLiteral("students"), v2,
                       QStringLiteral("--map"), map, QStringLiteral("--encoding"),
                       QStringLiteral("windows-1252"), QStringLiteral("--sync"),
                       QStringLiteral("--dry-run")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("nothing was changed")));
    CHECK(r.out.contains(QStringLiteral("1 no longer present")));
    CHECK(csvOf(db, dir.filePath(QStringLiteral("e2"))) == first);

    r = caringmap(db, {QStringLiteral("import"), QStringLiteral("students"), v2,
                       QStringLiteral("--map"), map, QStringLiteral("--encoding"),
                       QStringLiteral("windows-1252"), QStringLiteral("--sync")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("backup")));
    const QString synced = csvOf(db, dir.filePath(QStringLiteral("e3")));
    CHECK(synced.contains(QStringLiteral("0013,Amy,Chen,,08,8B,no")));
    CHECK(synced.contains(QStringLiteral("0012,Jos"))); // grade and homeroom kept

    const Run list = caringmap(db, {QStringLiteral("backup"), QStringLiteral("list")});
    CHECK(list.code == 0);
    CHECK(list.out.startsWith(QStringLiteral("1\t")));
    r = caringmap(db, {QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("1")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(csvOf(db, dir.filePath(QStringLiteral("e4"))) == first);
    CHECK(caringmap(db, {QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("9")})
              .code == 2);
}

TEST_CASE("cli import: the full export imports into an empty database", "[cli-import]") {
    QTemporaryDir dir;
    const QString db = cmtest::newSchool(dir, QStringLiteral("a.sqlite"));
    REQUIRE(caringmap(db, {QStringLiteral("demo"), QStringLiteral("--students"),
                           QStringLiteral("40"), QStringLiteral("--adults"), QStringLiteral("5")})
                .code == 0);
    const QString out = dir.filePath(QStringLiteral("out"));
    const QString a = csvOf(db, out);
    const QString copy = dir.filePath(QStringLiteral("b.sqlite"));
    const Run r = caringmap(copy, {QStringLiteral("import"), out});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(csvOf(copy, dir.filePath(QStringLiteral("out2"))) == a);
}

TEST_CASE("cli import: bad input exits 1 and names the problem", "[cli-import]") {
    QTemporaryDir dir;
    const QString db = cmtest::newSchool(dir, QStringLiteral("s.sqlite"));
    const QString notZip = writeFile(dir, QStringLiteral("x.zip"), "garbage");
    Run r = caringmap(db, {QStringLiteral("import"), notZip});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not a zip")));
    r = caringmap(db, {QStringLiteral("import"), QStringLiteral("students"), notZip,
                       QStringLiteral("--map"), QStringLiteral("A=shoe")});
    CHECK(r.code == 2);
    r = caringmap(db, {QStringLiteral("import"), QStringLiteral("students"), notZip,
                       QStringLiteral("--encoding"), QStringLiteral("latin9")});
    CHECK(r.code == 2);
}

TEST_CASE("cli import: sheet export and import", "[cli-import]") {
    QTemporaryDir dir;
    const QString db = cmtest::newSchool(dir, QStringLiteral("s.sqlite"));
    REQUIRE(caringmap(db, {QStringLiteral("demo"), QStringLiteral("--students"),
                           QStringLiteral("30"), QStringLiteral("--adults"), QStringLiteral("4")})
                .code == 0);
    const QString sheet = dir.filePath(QStringLiteral("t.csv"));
    Run r =
        caringmap(db, {QStringLiteral("sheet"), QStringLiteral("export"), QStringLiteral("--adult"),
                       QStringLiteral("T101"), QStringLiteral("--output"), sheet});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QFile f(sheet);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    lines[1].replace(",,,\r", ",X,,\r");
    writeFile(dir, QStringLiteral("t.csv"), lines.join('\n'));
    // A sheet goes into a round that exists; a name nobody made is refused.
    r = caringmap(db, {QStringLiteral("sheet"), QStringLiteral("import"), sheet,
                       QStringLiteral("--round"), QStringLiteral("Extra")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no round named \"Extra\"")));
    REQUIRE(caringmap(db, {QStringLiteral("round"), QStringLiteral("new"), QStringLiteral("Extra")})
                .code == 0);
    r = caringmap(db, {QStringLiteral("sheet"), QStringLiteral("import"), sheet,
                       QStringLiteral("--round"), QStringLiteral("Extra")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("1 connected")));
    CHECK(r.out.contains(QStringLiteral("1 new marks")));
    CHECK(caringmap(db, {QStringLiteral("sheet"), QStringLiteral("export"),
                         QStringLiteral("--output"), sheet})
              .code == 2);
    r = caringmap(db, {QStringLiteral("sheet"), QStringLiteral("export"), QStringLiteral("--adult"),
                       QStringLiteral("T101"), QStringLiteral("--output"),
                       dir.filePath(QStringLiteral("t.xlsx"))});
    CHECK(r.code == 0);
}
