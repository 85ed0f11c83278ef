#include "ConnectionAnalysis.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace cm;
using cmtest::TempSchool;

namespace {
QStringList ids(const QVector<Student>& list) {
    QStringList out;
    for (const Student& s : list)
        out.push_back(s.studentId);
    return out;
}
} // namespace

TEST_CASE("a student nobody marked is unconnected - one connected mark connects", "[rule]") {
    TempSchool school;
    Storage& st = school.storage();
    const RowId ana =
        school.student(QStringLiteral("001"), QStringLiteral("Ana"), QStringLiteral("Lopez"));
    const RowId ben =
        school.student(QStringLiteral("002"), QStringLiteral("Ben"), QStringLiteral("Ng"));
    const RowId t1 =
        school.adult(QStringLiteral("T1"), QStringLiteral("Tia"), QStringLiteral("Ray"));
    const Round r = *st.currentRound();
    REQUIRE(st.setMark(r.id, t1, ana, MarkKind::Connected).ok());

    const ConnectionAnalysis a = ConnectionAnalysis::load(st, r.id);
    CHECK(ids(a.unconnected()) == QStringList{QStringLiteral("002")});
    CHECK(a.count(ana) == 1);
    CHECK(a.count(ben) == 0);
    CHECK(a.totals().studentsActive == 2);
    CHECK(a.totals().unconnected == 1);
    CHECK(a.totals().exactlyOne == 1);
    CHECK(a.totals().twoOrMore == 0);
}

TEST_CASE("a concern mark does not connect a student", "[rule]") {
    TempSchool school;
    Storage& st = school.storage();
    const RowId s =
        school.student(QStringLiteral("001"), QStringLiteral("Ana"), QStringLiteral("Lopez"));
    const RowId t =
        school.adult(QStringLiteral("T1"), QStringLiteral("Tia"), QStringLiteral("Ray"));
    const Round r = *st.currentRound();
    REQUIRE(st.setMark(r.id, t, s, MarkKind::Concern, QStringLiteral("quiet lately")).ok());
    const ConnectionAnalysis a = ConnectionAnalysis::load(st, r.id);
    CHECK(a.isUnconnected(s));
    CHECK(a.connections(s).concerned == QVector<RowId>{t});
}

TEST_CASE("an inactive adult's marks stay on record but never count", "[rule]") {
    TempSchool school;
    Storage& st = school.storage();
    const RowId s =
        school.student(QStringLiteral("001"), QStringLiteral("Ana"), QStringLiteral("Lopez"));
    const RowId t =
        school.adult(QStringLiteral("T1"), QStringLiteral("Tia"), QStringLiteral("Ray"));
    const Round r = *st.currentRound();
    REQUIRE(st.setMark(r.id, t, s, MarkKind::Connected).ok());
    CHECK_FALSE(ConnectionAnalysis::load(st, r.id).isUnconnected(s));

    REQUIRE(st.setAdultActive(t, false).ok());
    CHECK(ConnectionAnalysis::load(st, r.id).isUnconnected(s));
    CHECK(st.marks(r.id).size() == 1); // kept

    REQUIRE(st.setAdultActive(t, true).ok());
    CHECK_FALSE(ConnectionAnalysis::load(st, r.id).isUnconnected(s));
}

TEST_CASE("inactive students are neither counted nor listed", "[rule]") {
    TempSchool school;
    Storage& st = school.storage();
    school.student(QStringLiteral("001"), QStringLiteral("Ana"), QStringLiteral("Lopez"));
    const RowId gone =
        school.student(QStringLiteral("002"), QStringLiteral("Ben"), QStringLiteral("Ng"),
                       QStringLiteral("07"), QStringLiteral("7A"), false);
    const ConnectionAnalysis a = ConnectionAnalysis::load(st, st.currentRound()->id);
    CHECK(a.totals().studentsActive == 1);
    CHECK(a.totals().unconnected == 1);
    CHECK_FALSE(a.isUnconnected(gone));
    CHECK(ids(a.unconnected()) == QStringList{QStringLiteral("001")});
}

TEST_CASE("marking the same pair again updates the mark instead of duplicating it", "[rule]") {
    TempSchool school;
    Storage& st = school.storage();
    const RowId s =
        school.student(QStringLiteral("001"), QStringLiteral("Ana"), QStringLiteral("Lopez"));
    const RowId t =
        school.adult(QStringLiteral("T1"), QStringLiteral("Tia"), QStringLiteral("Ray"));
    const Round r = *st.currentRound();
    REQUIRE(st.setMark(r.id, t, s, MarkKind::Connected).ok());
    REQUIRE(st.setMark(r.id, t, s, MarkKind::Connected, QStringLiteral("again")).ok());
    CHECK(st.marks(r.id).size() == 1);
    CHECK(ConnectionAnalysis::load(st, r.id).count(s) == 1);
    // A concern from the same adult is a second observation beside the
    // connection: one row, both kept, the student still connected.
    REQUIRE(st.setMark(r.id, t, s, MarkKind::Concern).ok());
    REQUIRE(st.marks(r.id).size() == 1);
    CHECK(st.marks(r.id).first().connected);
    CHECK(st.marks(r.id).first().concern);
    CHECK(st.marks(r.id).first().note == QStringLiteral("again"));
    CHECK(ConnectionAnalysis::load(st, r.id).count(s) == 1);
    CHECK(ConnectionAnalysis::load(st, r.id).connections(s).concerned.size() == 1);
    // Taking the connection back leaves the concern: now unconnected.
    Mark m = st.marks(r.id).first();
    m.connected = false;
    REQUIRE(st.putMark(m).ok());
    CHECK(ConnectionAnalysis::load(st, r.id).isUnconnected(s));
    m.concern = false;
    REQUIRE(st.putMark(m).ok());
    CHECK(st.marks(r.id).isEmpty());
}

TEST_CASE("marks belong to their round", "[rule]") {
    TempSchool school;
    Storage& st = school.storage();
    const RowId s =
        school.student(QStringLiteral("001"), QStringLiteral("Ana"), QStringLiteral("Lopez"));
    const RowId t =
        school.adult(QStringLiteral("T1"), QStringLiteral("Tia"), QStringLiteral("Ray"));
    const Round fall = *st.createRound(QStringLiteral("Fall 2026"));
    REQUIRE(st.setMark(fall.id, t, s, MarkKind::Connected).ok());
    const Round spring = *st.createRound(QStringLiteral("Spring 2027"));
    CHECK(st.currentRound()->id == spring.id);
    CHECK(ConnectionAnalysis::load(st, spring.id).isUnconnected(s));
    CHECK_FALSE(ConnectionAnalysis::load(st, fall.id).isUnconnected(s));
}

TEST_CASE("counts distinguish exactly one adult from two or more", "[rule]") {
    TempSchool school;
    Storage& st = school.storage();
    const RowId a =
        school.student(QStringLiteral("001"), QStringLiteral("Ana"), QStringLiteral("Lopez"));
    const RowId b =
        school.student(QStringLiteral("002"), QStringLiteral("Ben"), QStringLiteral("Ng"));
    const RowId t1 =
        school.adult(QStringLiteral("T1"), QStringLiteral("Tia"), QStringLiteral("Ray"));
    const RowId t2 =
        school.adult(QStringLiteral("T2"), QStringLiteral("Uri"), QStringLiteral("Sol"));
    const RowId t3 =
        school.adult(QStringLiteral("T3"), QStringLiteral("Vic"), QStringLiteral("Tan"));
    const Round r = *st.currentRound();
    REQUIRE(st.setMark(r.id, t1, a, MarkKind::Connected).ok());
    REQUIRE(st.setMark(r.id, t1, b, MarkKind::Connected).ok());
    REQUIRE(st.setMark(r.id, t2, b, MarkKind::Connected).ok());
    REQUIRE(st.setMark(r.id, t3, b, MarkKind::Concern).ok());
    const ConnectionAnalysis an = ConnectionAnalysis::load(st, r.id);
    CHECK(an.count(a) == 1);
    CHECK(an.count(b) == 2);
    CHECK(an.totals().exactlyOne == 1);
    CHECK(an.totals().twoOrMore == 1);
    CHECK(an.totals().unconnected == 0);
}

TEST_CASE("the unconnected list is sorted by grade - family name - given name", "[rule]") {
    TempSchool school;
    Storage& st = school.storage();
    school.student(QStringLiteral("1"), QStringLiteral("Zed"), QStringLiteral("Adams"),
                   QStringLiteral("10"));
    school.student(QStringLiteral("2"), QStringLiteral("Amy"), QStringLiteral("Baker"),
                   QStringLiteral("02"));
    school.student(QStringLiteral("3"), QStringLiteral("Bob"), QStringLiteral("Adams"),
                   QStringLiteral("02"));
    school.student(QStringLiteral("4"), QStringLiteral("Al"), QStringLiteral("Adams"),
                   QStringLiteral("02"));
    school.student(QStringLiteral("5"), QStringLiteral("Kim"), QStringLiteral("Young"),
                   QStringLiteral("KG"));
    school.student(QStringLiteral("6"), QStringLiteral("Eve"), QStringLiteral("Ávila"),
                   QStringLiteral("02"));
    const ConnectionAnalysis a = ConnectionAnalysis::load(st, st.currentRound()->id);
    // KG before 02 before 10 (numeric, not text order); Ávila sorts with the A's.
    CHECK(ids(a.unconnected()) == QStringList{QStringLiteral("5"), QStringLiteral("4"),
                                              QStringLiteral("3"), QStringLiteral("6"),
                                              QStringLiteral("2"), QStringLiteral("1")});
}

TEST_CASE("grade labels order as a school expects", "[rule]") {
    CHECK(compareGrades(QStringLiteral("PK"), QStringLiteral("KG")) < 0);
    CHECK(compareGrades(QStringLiteral("KG"), QStringLiteral("01")) < 0);
    CHECK(compareGrades(QStringLiteral("9"), QStringLiteral("10")) < 0);
    CHECK(compareGrades(QStringLiteral("09"), QStringLiteral("9")) == 0);
    CHECK(compareGrades(QStringLiteral("12"), QStringLiteral("Adult Ed")) < 0);
}

TEST_CASE("the shared order by ranks equals comparing every pair", "[rule][order]") {
    // Accents, case, numbers in names, equal names and grades in school order.
    const QStringList family{QStringLiteral("Ávila"),   QStringLiteral("avila"),
                             QStringLiteral("Young"),   QStringLiteral("Zoë"),
                             QStringLiteral("O'Neil"),  QStringLiteral("Oneil"),
                             QStringLiteral("Smith 2"), QStringLiteral("Smith 10"),
                             QStringLiteral("Nguyễn"),  QStringLiteral("nguyen")};
    const QStringList given{QStringLiteral("Ana"), QStringLiteral("ana"), QStringLiteral("Émile"),
                            QStringLiteral("Bo")};
    const QStringList grades{QStringLiteral("12"), QStringLiteral("K"),        QStringLiteral("9"),
                             QStringLiteral("PK"), QStringLiteral("Adult ed"), QString()};
    QVector<Student> students;
    for (int i = 0; i < 240; ++i) {
        Student s;
        s.id = i + 1;
        s.studentId = QStringLiteral("S%1").arg((i * 37) % 240, 3, 10, QLatin1Char('0'));
        s.familyName = family[(i * 7) % family.size()];
        s.givenName = given[(i * 5) % given.size()];
        s.grade = grades[(i * 3) % grades.size()];
        students.push_back(s);
    }
    QVector<Student> byPairs = students;
    std::stable_sort(byPairs.begin(), byPairs.end(), &ConnectionAnalysis::lessThan);
    QVector<Student> byRanks = students;
    ConnectionAnalysis::sortStudents(byRanks);
    CHECK(ids(byRanks) == ids(byPairs));
}

TEST_CASE("the rule reads the same with row ids far apart", "[rule]") {
    // Row ids are normally dense; ids far apart take the hash path.
    QVector<Student> students;
    QVector<Adult> adults;
    for (int i = 0; i < 3; ++i) {
        Student s;
        s.id = RowId(i + 1) * 1000000000;
        s.studentId = QStringLiteral("S%1").arg(i);
        s.familyName = QStringLiteral("F%1").arg(i);
        s.active = true;
        students.push_back(s);
        Adult a;
        a.id = RowId(i + 1) * 700000000;
        a.adultId = QStringLiteral("A%1").arg(i);
        a.active = i != 2; // the third adult is inactive
        adults.push_back(a);
    }
    const QVector<MarkFlags> marks{MarkFlags(adults[0].id, students[0].id, true, false),
                                   MarkFlags(adults[1].id, students[0].id, true, false),
                                   MarkFlags(adults[2].id, students[1].id, true, false),
                                   MarkFlags(adults[0].id, students[2].id, false, true)};
    const ConnectionAnalysis a(students, adults, marks);
    CHECK(a.count(students[0].id) == 2);
    CHECK(a.isUnconnected(students[1].id)); // only an inactive adult marked them
    CHECK(a.isUnconnected(students[2].id)); // a concern never connects
    CHECK(a.connections(students[2].id).concerned == QVector<RowId>{adults[0].id});
    CHECK(a.totals().unconnected == 2);
    CHECK(a.totals().twoOrMore == 1);
    CHECK(a.orderOf(students[1].id) >= 0);
    CHECK(a.orderOf(RowId(42)) == -1);
}
