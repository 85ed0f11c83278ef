// End to end: runs the built caringmap binary on temporary files.
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = cmtest::CliRun;
using cmtest::jsonObject;
using cmtest::writeFile;

Run caringmap(const QStringList& args,
              const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    return cmtest::runCaringmap(QStringLiteral(CARINGMAP_EXE), args, env);
}

} // namespace

TEST_CASE("cli: --version and --help work without a display or database", "[cli]") {
    const Run v = caringmap({QStringLiteral("--version")});
    CHECK(v.code == 0);
    CHECK(v.out.startsWith(QStringLiteral("caringmap ")));
    const Run h = caringmap({QStringLiteral("--help")});
    CHECK(h.code == 0);
    for (const char* cmd : {"import", "mark", "round", "unconnected", "summary", "demo"})
        CHECK(h.out.contains(QLatin1String(cmd)));
}

TEST_CASE("cli: usage mistakes exit 2 with a one-line hint", "[cli]") {
    QTemporaryDir dir;
    const QString db = cmtest::newSchool(dir, QStringLiteral("s.sqlite"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("frobnicate")},
          QStringList{QStringLiteral("unconnected"), QStringLiteral("--format"),
                      QStringLiteral("xml")},
          QStringList{QStringLiteral("import"), QStringLiteral("teachers"),
                      QStringLiteral("x.csv")},
          QStringList{QStringLiteral("summary"), QStringLiteral("--bogus")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--students"), QStringLiteral("many")},
          QStringList{QStringLiteral("mark"), QStringLiteral("T1")}}) {
        const Run r = caringmap(QStringList{QStringLiteral("--db"), db} + args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.startsWith(QStringLiteral("caringmap: ")));
        CHECK(r.err.contains(QStringLiteral("--help")));
    }
}

TEST_CASE("cli: demo - summary json and unconnected csv agree", "[cli]") {
    QTemporaryDir dir;
    const QString db = cmtest::newSchool(dir, QStringLiteral("demo.sqlite"));
    const Run demo =
        caringmap({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--students"),
                   QStringLiteral("300"), QStringLiteral("--adults"), QStringLiteral("30"),
                   QStringLiteral("--seed"), QStringLiteral("11")});
    REQUIRE(demo.code == 0);
    CHECK(demo.out.contains(QStringLiteral("300 students")));

    const Run summary = caringmap({QStringLiteral("--db"), db, QStringLiteral("summary"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(summary.code == 0);
    const QJsonObject s = jsonObject(summary.out);
    for (const char* key : {"students_active", "unconnected", "exactly_one", "two_or_more"})
        CHECK(s.contains(QLatin1String(key)));
    const int active = s.value(QStringLiteral("students_active")).toInt();
    const int unconnected = s.value(QStringLiteral("unconnected")).toInt();
    CHECK(active > 290);
    CHECK(unconnected > 0);
    CHECK(s.value(QStringLiteral("exactly_one")).toInt() +
              s.value(QStringLiteral("two_or_more")).toInt() + unconnected ==
          active);

    const Run list = caringmap({QStringLiteral("--db"), db, QStringLiteral("unconnected"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(list.code == 0);
    const QStringList lines = list.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.first().startsWith(
        QStringLiteral("student_id,given_name,family_name,preferred_name,grade,homeroom")));
    CHECK(lines.size() - 1 == unconnected);
}

TEST_CASE("cli: import - mark and the unconnected list shrinking", "[cli]") {
    QTemporaryDir dir;
    const QString db = cmtest::newSchool(dir, QStringLiteral("school.sqlite"));
    const QString students = writeFile(dir, QStringLiteral("students.csv"),
                                       "student_id,given_name,family_name,grade,homeroom\n"
                                       "0012345,Zoë,Nguyễn,07,7A\n"
                                       "0000042,Liam,O'Brien,06,6B\n");
    const QString adults = writeFile(dir, QStringLiteral("adults.csv"),
                                     "adult_id,given_name,family_name,role\nT1,Tia,Ray,teacher\n");
    REQUIRE(caringmap({QStringLiteral("--db"), db, QStringLiteral("import"),
                       QStringLiteral("students"), students})
                .code == 0);
    REQUIRE(caringmap({QStringLiteral("--db"), db, QStringLiteral("import"),
                       QStringLiteral("adults"), adults})
                .code == 0);

    const Run before = caringmap({QStringLiteral("--db"), db, QStringLiteral("unconnected"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(before.code == 0);
    // No marks yet: it says so rather than "2 of 2 unconnected".
    CHECK(jsonObject(before.out).value(QStringLiteral("no_marks_yet")).toBool());
    CHECK_FALSE(jsonObject(before.out).contains(QStringLiteral("unconnected")));

    const Run mark = caringmap({QStringLiteral("--db"), db, QStringLiteral("mark"),
                                QStringLiteral("T1"), QStringLiteral("0012345"),
                                QStringLiteral("--note"), QStringLiteral("art club")});
    REQUIRE(mark.code == 0);
    CHECK(mark.out.contains(QStringLiteral("Zoë")));
    const Run concern =
        caringmap({QStringLiteral("--db"), db, QStringLiteral("mark"), QStringLiteral("T1"),
                   QStringLiteral("0000042"), QStringLiteral("--concern")});
    REQUIRE(concern.code == 0);

    const Run text = caringmap({QStringLiteral("--db"), db, QStringLiteral("unconnected")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("1 of 2")));
    CHECK(text.out.contains(QStringLiteral("O'Brien")));
    CHECK(text.out.contains(QStringLiteral("concern: Tia Ray")));
    CHECK_FALSE(text.out.contains(QStringLiteral("Nguyễn")));

    const Run unknown = caringmap({QStringLiteral("--db"), db, QStringLiteral("mark"),
                                   QStringLiteral("T1"), QStringLiteral("12345")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("12345")));
}

TEST_CASE("cli: a bad import exits 1 - names file and line - and changes nothing", "[cli]") {
    QTemporaryDir dir;
    const QString db = cmtest::newSchool(dir, QStringLiteral("school.sqlite"));
    REQUIRE(
        caringmap({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--students"),
                   QStringLiteral("50"), QStringLiteral("--adults"), QStringLiteral("6")})
            .code == 0);
    const Run before = caringmap({QStringLiteral("--db"), db, QStringLiteral("unconnected"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
    const QString bad = writeFile(dir, QStringLiteral("marks.csv"),
                                  "adult_id,student_id,mark\nT101,0001000,connected\n"
                                  "T101,0001007,connected\nT101,0001014,hug\n");
    const Run r = caringmap(
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("marks"), bad});
    CHECK(r.code == 1);
    CHECK(r.err.contains(bad + QStringLiteral(":4:")));
    CHECK(r.err.contains(QStringLiteral("hug")));
    const Run after = caringmap({QStringLiteral("--db"), db, QStringLiteral("unconnected"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(after.out == before.out);
}

TEST_CASE("cli: rounds are created - listed - and keep their own marks", "[cli]") {
    QTemporaryDir dir;
    const QString db = cmtest::newSchool(dir, QStringLiteral("school.sqlite"));
    REQUIRE(
        caringmap({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--students"),
                   QStringLiteral("40"), QStringLiteral("--adults"), QStringLiteral("5")})
            .code == 0);
    const Run created = caringmap({QStringLiteral("--db"), db, QStringLiteral("round"),
                                   QStringLiteral("new"), QStringLiteral("Spring 2099")});
    REQUIRE(created.code == 0);
    const Run list =
        caringmap({QStringLiteral("--db"), db, QStringLiteral("round"), QStringLiteral("list")});
    REQUIRE(list.code == 0);
    CHECK(list.out.contains(QStringLiteral("* Spring 2099")));
    // The new round has no marks yet: it says so rather than "everyone unconnected"...
    const QJsonObject now =
        jsonObject(caringmap({QStringLiteral("--db"), db, QStringLiteral("summary"),
                              QStringLiteral("--format"), QStringLiteral("json")})
                       .out);
    CHECK(now.value(QStringLiteral("round")).toString() == QStringLiteral("Spring 2099"));
    CHECK(now.value(QStringLiteral("no_marks_yet")).toBool());
    CHECK_FALSE(now.contains(QStringLiteral("unconnected")));
    // ...while the earlier round keeps its own.
    const QString fall = now.value(QStringLiteral("last_mapped_round")).toString();
    REQUIRE_FALSE(fall.isEmpty());
    const QJsonObject earlier = jsonObject(
        caringmap({QStringLiteral("--db"), db, QStringLiteral("summary"), QStringLiteral("--round"),
                   fall, QStringLiteral("--format"), QStringLiteral("json")})
            .out);
    CHECK(earlier.value(QStringLiteral("unconnected")).toInt() <
          earlier.value(QStringLiteral("students_active")).toInt());
    const Run dup = caringmap({QStringLiteral("--db"), db, QStringLiteral("round"),
                               QStringLiteral("new"), QStringLiteral("Spring 2099")});
    CHECK(dup.code == 1);
    const Run missing = caringmap({QStringLiteral("--db"), db, QStringLiteral("summary"),
                                   QStringLiteral("--round"), QStringLiteral("Never")});
    CHECK(missing.code == 1);
    // A mistyped round in a write is refused too: nothing is marked, no
    // round is made, and the message lists the rounds there are.
    const QString before = cmtest::dump(db);
    const Run typo = caringmap({QStringLiteral("--db"), db, QStringLiteral("mark"),
                                QStringLiteral("T101"), QStringLiteral("0001000"),
                                QStringLiteral("--round"), QStringLiteral("Sprng 2099")});
    CHECK(typo.code == 1);
    CHECK(typo.err.contains(QStringLiteral("no round named \"Sprng 2099\"")));
    CHECK(typo.err.contains(QStringLiteral("\"Spring 2099\"")));
    CHECK(cmtest::dump(db) == before);
}

TEST_CASE("cli: without --db the database lives in the application-data folder",
          "[cli][sqlite-only]") {
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const Run r = caringmap({QStringLiteral("demo"), QStringLiteral("--students"),
                             QStringLiteral("10"), QStringLiteral("--adults"), QStringLiteral("2")},
                            env);
    REQUIRE(r.code == 0);
    CHECK(
        QFile::exists(home.filePath(QStringLiteral("data/caringmap/caringmap/caringmap.sqlite"))));
    const Run read = caringmap({QStringLiteral("summary")}, env);
    CHECK(read.code == 0);
    CHECK(read.out.contains(QStringLiteral("Maple Grove")));
}

TEST_CASE("cli: read-only commands refuse a database that does not exist", "[cli][sqlite-only]") {
    QTemporaryDir dir;
    const QString db = cmtest::newSchool(dir, QStringLiteral("typo.sqlite"));
    const Run r = caringmap({QStringLiteral("--db"), db, QStringLiteral("unconnected")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(db));
    CHECK_FALSE(QFile::exists(db));
}
