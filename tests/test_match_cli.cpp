// End to end: the mentoring commands of the built caringmap binary.
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using Run = cmtest::CliRun;
using cmtest::jsonObject;
using cmtest::writeFile;

Run caringmap(const QString& db, const QStringList& args) {
    return cmtest::runCaringmap(QStringLiteral(CARINGMAP_EXE),
                                QStringList{QStringLiteral("--db"), db} + args);
}

// A tiny school: five students, two adults; T1 flagged S2; S1 is connected.
QString tinySchool(const QTemporaryDir& dir) {
    const QString db = cmtest::newSchool(dir, QStringLiteral("s.sqlite"));
    const QString students = writeFile(
        dir, QStringLiteral("students.csv"),
        "student_id,given_name,family_name,grade,homeroom\n"
        "S1,Ana,Diaz,07,7A\nS2,Bo,Eng,07,7A\nS3,Cy,Fox,07,7B\nS4,Di,Gil,08,8A\nS5,Ed,Hu,08,8A\n");
    const QString adults = writeFile(
        dir, QStringLiteral("adults.csv"),
        "adult_id,given_name,family_name,role\nT1,Tess,Ames,teacher\nT2,Uri,Bell,coach\n");
    const QString marks = writeFile(dir, QStringLiteral("marks.csv"),
                                    "adult_id,student_id,mark\nT2,S1,connected\nT1,S2,concern\n");
    REQUIRE(caringmap(db, {QStringLiteral("import"), QStringLiteral("students"), students}).code ==
            0);
    REQUIRE(caringmap(db, {QStringLiteral("import"), QStringLiteral("adults"), adults}).code == 0);
    REQUIRE(caringmap(db, {QStringLiteral("round"), QStringLiteral("new"), QStringLiteral("Fall")})
                .code == 0);
    REQUIRE(caringmap(db, {QStringLiteral("import"), QStringLiteral("marks"), marks,
                           QStringLiteral("--round"), QStringLiteral("Fall")})
                .code == 0);
    return db;
}

} // namespace

TEST_CASE("match cli: suggest csv names each unconnected student and the shortfall", "[cli]") {
    QTemporaryDir dir;
    const QString db = tinySchool(dir);
    const Run r = caringmap(db, {QStringLiteral("match"), QStringLiteral("suggest"),
                                 QStringLiteral("--capacity"), QStringLiteral("1"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(r.code == 0);
    QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5); // header + S2..S5
    CHECK(lines[0].startsWith(QStringLiteral("student_id,")));
    const int adultCol = lines[0].split(QLatin1Char(',')).indexOf(QStringLiteral("adult_id"));
    REQUIRE(adultCol == 5);
    int empty = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(','));
        if (cells[0] == QLatin1String("S2"))
            CHECK(cells[adultCol] == QStringLiteral("T1")); // the concern
        if (cells[adultCol].isEmpty())
            ++empty;
    }
    CHECK(empty == 2);
    CHECK(r.err.contains(QStringLiteral("2 student(s) could not be matched")));
    // The same data gives the same suggestion, run after run.
    for (int i = 0; i < 2; ++i)
        CHECK(caringmap(db, {QStringLiteral("match"), QStringLiteral("suggest"),
                             QStringLiteral("--capacity"), QStringLiteral("1"),
                             QStringLiteral("--format"), QStringLiteral("csv")})
                  .out == r.out);
    CHECK(r.err.contains(QStringLiteral("2 more place(s) needed")));
}

TEST_CASE("match cli: apply - list - checkin connected - due", "[cli]") {
    QTemporaryDir dir;
    const QString db = tinySchool(dir);
    const Run applied = caringmap(db, {QStringLiteral("match"), QStringLiteral("suggest"),
                                       QStringLiteral("--apply"), QStringLiteral("--format"),
                                       QStringLiteral("json")});
    REQUIRE(applied.code == 0);
    const QJsonObject s = jsonObject(applied.out);
    CHECK(s.value(QStringLiteral("applied")).toInt() == 4);
    CHECK(s.value(QStringLiteral("shortfall")).toInt() == 0);

    const Run list = caringmap(db, {QStringLiteral("match"), QStringLiteral("list"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.code == 0);
    const QJsonArray matches = jsonObject(list.out).value(QStringLiteral("matches")).toArray();
    REQUIRE(matches.size() == 4);
    CHECK(matches[0]
              .toObject()
              .value(QStringLiteral("plan"))
              .toString()
              .startsWith(QStringLiteral("2x10")));

    // Still unconnected until the adult marks a connection.
    auto unconnected = [&] {
        return jsonObject(caringmap(db, {QStringLiteral("summary"), QStringLiteral("--format"),
                                         QStringLiteral("json")})
                              .out)
            .value(QStringLiteral("unconnected"))
            .toInt();
    };
    CHECK(unconnected() == 4);
    const Run c = caringmap(db, {QStringLiteral("checkin"), QStringLiteral("S2"),
                                 QStringLiteral("--status"), QStringLiteral("connected"),
                                 QStringLiteral("--note"), QStringLiteral("lunch chats"),
                                 QStringLiteral("--date"), QStringLiteral("2026-10-20")});
    REQUIRE(c.code == 0);
    CHECK(unconnected() == 3);

    const Run bad = caringmap(db, {QStringLiteral("checkin"), QStringLiteral("S1"),
                                   QStringLiteral("--status"), QStringLiteral("trying")});
    CHECK(bad.code == 1); // S1 has no go-to adult
    const Run usage = caringmap(db, {QStringLiteral("checkin"), QStringLiteral("S2"),
                                     QStringLiteral("--status"), QStringLiteral("hugging")});
    CHECK(usage.code == 2);

    const QDate today = QDate::currentDate();
    const Run none = caringmap(db, {QStringLiteral("due"), QStringLiteral("--as-of"),
                                    today.addDays(27).toString(Qt::ISODate),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(none.code == 0);
    CHECK(jsonObject(none.out).value(QStringLiteral("due")).toArray().isEmpty());
    const Run due = caringmap(db, {QStringLiteral("due"), QStringLiteral("--as-of"),
                                   today.addDays(30).toString(Qt::ISODate),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(due.code == 0);
    const QJsonArray items = jsonObject(due.out).value(QStringLiteral("due")).toArray();
    CHECK(items.size() == 4);
    CHECK(items[0].toObject().value(QStringLiteral("days_overdue")).toInt() == 2);
}

TEST_CASE("match cli: assign by hand refuses a full adult", "[cli]") {
    QTemporaryDir dir;
    const QString db = tinySchool(dir);
    for (const char* st : {"S2", "S3", "S4"})
        REQUIRE(caringmap(db, {QStringLiteral("match"), QStringLiteral("assign"), QLatin1String(st),
                               QStringLiteral("T1")})
                    .code == 0);
    const Run full = caringmap(db, {QStringLiteral("match"), QStringLiteral("assign"),
                                    QStringLiteral("S5"), QStringLiteral("T1")});
    CHECK(full.code == 1);
    CHECK(full.err.contains(QStringLiteral("no free place")));
    const Run wrong =
        caringmap(db, {QStringLiteral("match"), QStringLiteral("assign"), QStringLiteral("S5"),
                       QStringLiteral("T1"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(wrong.code == 2);
}

TEST_CASE("match cli: compare two rounds as json and csv", "[cli]") {
    QTemporaryDir dir;
    const QString db = tinySchool(dir);
    const QString later = writeFile(dir, QStringLiteral("later.csv"),
                                    "adult_id,student_id,mark\nT1,S2,connected\nT1,S3,connected\n"
                                    "T2,S3,connected\n");
    REQUIRE(
        caringmap(db, {QStringLiteral("round"), QStringLiteral("new"), QStringLiteral("Spring")})
            .code == 0);
    REQUIRE(caringmap(db, {QStringLiteral("import"), QStringLiteral("marks"), later,
                           QStringLiteral("--round"), QStringLiteral("Spring")})
                .code == 0);
    const Run j =
        caringmap(db, {QStringLiteral("compare"), QStringLiteral("Fall"), QStringLiteral("Spring"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(j.code == 0);
    const QJsonObject o = jsonObject(j.out);
    auto ids = [&](const char* key) {
        QStringList out;
        for (const QJsonValue& v : o.value(QLatin1String(key)).toArray())
            out.push_back(v.toObject().value(QStringLiteral("student_id")).toString());
        return out;
    };
    CHECK(ids("newly_connected") == (QStringList{QStringLiteral("S2"), QStringLiteral("S3")}));
    CHECK(ids("lost_connection") == QStringList{QStringLiteral("S1")});
    CHECK(ids("still_unconnected") == (QStringList{QStringLiteral("S4"), QStringLiteral("S5")}));
    CHECK(ids("fragile") == QStringList{QStringLiteral("S2")});
    const Run c =
        caringmap(db, {QStringLiteral("compare"), QStringLiteral("Fall"), QStringLiteral("Spring"),
                       QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(c.code == 0);
    CHECK(
        c.out.contains(QStringLiteral("fragile,S2,Bo,Eng,07,7A,,T1,exactly one connecting adult")));
    CHECK(
        caringmap(db, {QStringLiteral("compare"), QStringLiteral("Fall"), QStringLiteral("Winter")})
            .code == 1);
}

TEST_CASE("match cli: adult capacity - settings - end a match", "[cli]") {
    QTemporaryDir dir;
    const QString db = tinySchool(dir);
    // T1 unavailable, T2 takes one: three of four students are left.
    REQUIRE(caringmap(db, {QStringLiteral("match"), QStringLiteral("adult"), QStringLiteral("T1"),
                           QStringLiteral("--capacity"), QStringLiteral("0")})
                .code == 0);
    REQUIRE(caringmap(db, {QStringLiteral("match"), QStringLiteral("settings"),
                           QStringLiteral("--default-capacity"), QStringLiteral("1"),
                           QStringLiteral("--first-days"), QStringLiteral("14")})
                .code == 0);
    Run r = caringmap(db, {QStringLiteral("match"), QStringLiteral("suggest"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    QJsonObject o = jsonObject(r.out);
    CHECK(o.value(QStringLiteral("shortfall")).toInt() == 3);
    CHECK(o.value(QStringLiteral("free_places")).toInt() == 1);

    const Run a = caringmap(db, {QStringLiteral("match"), QStringLiteral("assign"),
                                 QStringLiteral("S3"), QStringLiteral("T2"),
                                 QStringLiteral("--date"), QStringLiteral("2026-10-01")});
    REQUIRE(a.code == 0);
    CHECK(a.out.contains(QStringLiteral("follow up on 2026-10-15")));
    REQUIRE(caringmap(db, {QStringLiteral("match"), QStringLiteral("end"), QStringLiteral("S3")})
                .code == 0);
    r = caringmap(db, {QStringLiteral("match"), QStringLiteral("list"), QStringLiteral("--format"),
                       QStringLiteral("json")});
    CHECK(jsonObject(r.out).value(QStringLiteral("matches")).toArray().isEmpty());
    CHECK(caringmap(db, {QStringLiteral("match"), QStringLiteral("adult"), QStringLiteral("T2"),
                         QStringLiteral("--volunteer"), QStringLiteral("perhaps")})
              .code == 2);
    CHECK(caringmap(
              db, {QStringLiteral("match"), QStringLiteral("settings"), QStringLiteral("--apply")})
              .code == 2);
}

TEST_CASE("match cli: the demo school gets the same suggestion in every process", "[cli]") {
    QTemporaryDir dir;
    const QString db = cmtest::newSchool(dir, QStringLiteral("demo.sqlite"));
    REQUIRE(caringmap(db, {QStringLiteral("demo")}).code == 0);
    const QStringList args{QStringLiteral("match"),      QStringLiteral("suggest"),
                           QStringLiteral("--capacity"), QStringLiteral("1"),
                           QStringLiteral("--format"),   QStringLiteral("csv")};
    const Run first = caringmap(db, args);
    REQUIRE(first.code == 0);
    CHECK(first.out.count(QStringLiteral("\r\n")) > 10);
    for (int i = 0; i < 3; ++i)
        CHECK(caringmap(db, args).out == first.out);
}
