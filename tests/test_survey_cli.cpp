// End to end: survey import|unresolved|resolve and voice on the demo school
// with the repo's sample survey.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using Run = cmtest::CliRun;
using cmtest::jsonObject;

const QString kSample = QStringLiteral(CARINGMAP_SAMPLES "/student-survey.csv");

struct DemoSchool {
    QTemporaryDir dir;
    QString db = cmtest::newSchool(dir, QStringLiteral("demo.sqlite"));
    DemoSchool() { REQUIRE(run({QStringLiteral("demo")}).code == 0); }
    Run run(const QStringList& args) const {
        return cmtest::runCaringmap(QStringLiteral(CARINGMAP_EXE),
                                    QStringList{QStringLiteral("--db"), db} + args);
    }
    QJsonObject voice() const {
        const Run r =
            run({QStringLiteral("voice"), QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(r.code == 0);
        return jsonObject(r.out);
    }
};

QJsonObject studentIn(const QJsonObject& voice, const QString& studentId) {
    for (const QJsonValue& v : voice.value(QStringLiteral("students")).toArray())
        if (v.toObject().value(QStringLiteral("student_id")).toString() == studentId)
            return v.toObject();
    return {};
}

int count(const QJsonObject& voice, const char* group) {
    return voice.value(QStringLiteral("counts")).toObject().value(QLatin1String(group)).toInt(-1);
}

QStringList strings(const QJsonValue& array) {
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out.push_back(v.toString());
    return out;
}

} // namespace

TEST_CASE("survey cli: import the sample - compare - list and settle unresolved names",
          "[voice][cli]") {
    DemoSchool school;
    const Run dry = school.run(
        {QStringLiteral("survey"), QStringLiteral("import"), kSample, QStringLiteral("--dry-run")});
    REQUIRE(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("nothing was changed")));
    const int active = int(school.voice().value(QStringLiteral("students")).toArray().size());
    CHECK(count(school.voice(), "no_response") == active);

    const Run imported = school.run({QStringLiteral("survey"), QStringLiteral("import"), kSample});
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("19 students answered in 20 rows")));
    CHECK(imported.out.contains(QStringLiteral("1 answer was replaced")));
    CHECK(imported.out.contains(QStringLiteral("7 names are unresolved")));

    QJsonObject v = school.voice();
    CHECK(v.value(QStringLiteral("round")).toString() == QStringLiteral("Fall 2026"));
    CHECK(count(v, "both") == 8);
    CHECK(count(v, "staff_only") == 6);
    CHECK(count(v, "student_only") == 3);
    CHECK(count(v, "neither") == 2);
    CHECK(count(v, "no_response") == active - 19);
    CHECK(v.value(QStringLiteral("unresolved")).toInt() == 7);
    CHECK(v.value(QStringLiteral("students"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("agreement"))
              .toString() == QStringLiteral("staff_only"));
    const QJsonObject daniel = studentIn(v, QStringLiteral("0001014"));
    CHECK(strings(daniel.value(QStringLiteral("student_adults"))) ==
          QStringList{QStringLiteral("T106"), QStringLiteral("T114")});
    CHECK(strings(daniel.value(QStringLiteral("mutual"))) ==
          QStringList{QStringLiteral("T106"), QStringLiteral("T114")});
    const QJsonObject fatima = studentIn(v, QStringLiteral("0001035")); // the later answer
    CHECK(strings(fatima.value(QStringLiteral("student_adults"))) ==
          QStringList{QStringLiteral("T116")});
    CHECK(strings(fatima.value(QStringLiteral("unresolved"))) ==
          QStringList{QStringLiteral("Coach Ivanova")});

    const Run list = school.run({QStringLiteral("survey"), QStringLiteral("unresolved"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(list.code == 0);
    CHECK(list.out.count(QStringLiteral("\r\n")) == 8); // header + 7 names
    CHECK(list.out.contains(QStringLiteral("Mr. Adams,1,T104; T115; T128,0002064")));

    REQUIRE(school
                .run({QStringLiteral("survey"), QStringLiteral("resolve"),
                      QStringLiteral("mr adams"), QStringLiteral("T104")})
                .code == 0);
    REQUIRE(school
                .run({QStringLiteral("survey"), QStringLiteral("resolve"), QStringLiteral("My mom"),
                      QStringLiteral("none")})
                .code == 0);
    v = school.voice();
    CHECK(v.value(QStringLiteral("unresolved")).toInt() == 5);
    CHECK(count(v, "both") == 9); // Nuño Adams named Mr. Adams: now T104
    CHECK(count(v, "staff_only") == 5);
    CHECK(studentIn(v, QStringLiteral("0002064")).value(QStringLiteral("agreement")).toString() ==
          QStringLiteral("both"));

    const Run text = school.run({QStringLiteral("voice")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("19 of %1 active students answered").arg(active)));
    CHECK(text.out.contains(QStringLiteral("Lucía Adams")));
}

TEST_CASE("survey cli: a bad file changes nothing - usage mistakes", "[voice][cli]") {
    DemoSchool school;
    const QString bad = cmtest::writeFile(school.dir, QStringLiteral("survey.csv"),
                                          "Student ID,Adults you trust\n"
                                          "0001014,Mr. Johnson\n"
                                          "9999999,Ms. Evans\n");
    const QString before =
        school.run({QStringLiteral("voice"), QStringLiteral("--format"), QStringLiteral("csv")})
            .out;
    const Run r = school.run({QStringLiteral("survey"), QStringLiteral("import"), bad});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("survey.csv:3: unknown student id \"9999999\"")));
    CHECK(r.err.contains(QStringLiteral("nothing was imported")));
    CHECK(school.run({QStringLiteral("voice"), QStringLiteral("--format"), QStringLiteral("csv")})
              .out == before);

    CHECK(school
              .run({QStringLiteral("survey"), QStringLiteral("resolve"), QStringLiteral("x"),
                    QStringLiteral("T999")})
              .code == 1);
    CHECK(school
              .run({QStringLiteral("survey"), QStringLiteral("resolve"), QStringLiteral("x"),
                    QStringLiteral("T125")}) // has left
              .code == 1);
    for (const QStringList& args :
         {QStringList{QStringLiteral("survey")},
          QStringList{QStringLiteral("survey"), QStringLiteral("import")},
          QStringList{QStringLiteral("survey"), QStringLiteral("import"), bad,
                      QStringLiteral("--format"), QStringLiteral("json")},
          QStringList{QStringLiteral("survey"), QStringLiteral("import"), bad,
                      QStringLiteral("--encoding"), QStringLiteral("latin9")},
          QStringList{QStringLiteral("survey"), QStringLiteral("resolve"), QStringLiteral("x")},
          QStringList{QStringLiteral("voice"), QStringLiteral("--format"), QStringLiteral("xml")},
          QStringList{QStringLiteral("voice"), QStringLiteral("extra")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run u = school.run(args);
        CHECK(u.code == 2);
        CHECK(u.err.contains(QStringLiteral("--help")));
    }
}

TEST_CASE("survey cli: compare gives the change in agreement, report voice prints the groups",
          "[voice][cli]") {
    DemoSchool school;
    REQUIRE(school.run({QStringLiteral("survey"), QStringLiteral("import"), kSample}).code == 0);
    const QString first = school.voice().value(QStringLiteral("round")).toString();
    REQUIRE_FALSE(first.isEmpty());
    REQUIRE(school.run({QStringLiteral("round"), QStringLiteral("new"), QStringLiteral("Later")})
                .code == 0);

    const Run compare = school.run({QStringLiteral("compare"), first, QStringLiteral("Later"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(compare.code == 0);
    const QJsonObject agreement =
        jsonObject(compare.out).value(QStringLiteral("agreement")).toObject();
    auto in = [&](const char* part, const char* group) {
        return agreement.value(QLatin1String(part))
            .toObject()
            .value(QLatin1String(group))
            .toInt(-99);
    };
    CHECK(in("round_a", "both") == 8);
    CHECK(in("round_a", "staff_only") == 6);
    CHECK(in("round_b", "both") == 0);
    CHECK(in("change", "staff_only") == -6);
    CHECK(in("change", "no_response") == 19);
    CHECK(agreement.value(QStringLiteral("no_longer_both")).toInt() == 8);
    CHECK(agreement.value(QStringLiteral("now_both")).toInt() == 0);
    const Run text = school.run({QStringLiteral("compare"), first, QStringLiteral("Later")});
    CHECK(text.out.contains(QStringLiteral("no longer both: 8")));

    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("voice.pdf"));
    const Run report =
        school.run({QStringLiteral("report"), QStringLiteral("voice"), QStringLiteral("--round"),
                    first, QStringLiteral("--output"), pdf});
    INFO(report.err.toStdString());
    REQUIRE(report.code == 0);
    CHECK(report.out.contains(QStringLiteral("6 of")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK((file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}
