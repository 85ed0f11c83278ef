#include "ConnectionAnalysis.h"
#include "DemoSchool.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace cm;

// Two schools' row ids differ on a district server (one sequence per table for
// every school), so the byte-for-byte comparison is a file's.
TEST_CASE("demo: the same seed makes the same school - another seed another",
          "[demo][sqlite-only]") {
    cmtest::TempSchool a;
    cmtest::TempSchool b;
    cmtest::TempSchool c;
    REQUIRE(DemoSchool::create(a.storage(), {200, 20, 7}).ok());
    REQUIRE(DemoSchool::create(b.storage(), {200, 20, 7}).ok());
    REQUIRE(DemoSchool::create(c.storage(), {200, 20, 8}).ok());
    CHECK(cmtest::dump(a.storage()) == cmtest::dump(b.storage()));
    CHECK(cmtest::dump(a.storage()) != cmtest::dump(c.storage()));
}

TEST_CASE("demo: a realistic school with some unconnected students", "[demo]") {
    cmtest::TempSchool school;
    const Result<DemoSummary> r = DemoSchool::create(school.storage(), {});
    REQUIRE(r.ok());
    Storage& s = school.storage();
    CHECK(s.students().size() == 480);
    CHECK(s.adults().size() == 48);
    CHECK(s.rounds().size() == 2);
    const ConnectionTotals t = ConnectionAnalysis::load(s, s.currentRound()->id).totals();
    CHECK(t.unconnected > t.studentsActive / 20);
    CHECK(t.unconnected < t.studentsActive / 4);
    CHECK(t.exactlyOne > 0);
    CHECK(t.twoOrMore > t.unconnected);
    QSet<QString> grades;
    QSet<QString> roles;
    for (const Student& st : s.students())
        grades.insert(st.grade);
    for (const Adult& ad : s.adults())
        roles.insert(ad.role);
    CHECK(grades.size() == 3);
    CHECK(roles.contains(QStringLiteral("counselor")));
    CHECK(roles.contains(QStringLiteral("teacher")));
}

TEST_CASE("demo: refuses to overwrite a school that already has a roster", "[demo]") {
    cmtest::TempSchool school;
    school.student(QStringLiteral("1"), QStringLiteral("Ana"), QStringLiteral("Lopez"));
    const QString before = cmtest::dump(school.storage());
    CHECK_FALSE(DemoSchool::create(school.storage(), {}).ok());
    CHECK(cmtest::dump(school.storage()) == before);
}
