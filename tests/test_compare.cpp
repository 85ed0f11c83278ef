// Two rounds compared, and fragile students.
#include "ConnectionAnalysis.h"
#include "DemoSchool.h"
#include "RoundComparison.h"
#include "SchoolFigures.h"
#include "TestSupport.h"

using namespace cm;

namespace {

QStringList ids(const QVector<ComparedStudent>& list) {
    QStringList out;
    for (const ComparedStudent& c : list)
        out.push_back(c.student.studentId);
    return out;
}

QString reasonOf(const RoundComparison& c, const QString& studentId) {
    for (const ComparedStudent& s : c.fragile()) {
        if (s.student.studentId == studentId)
            return s.reason;
    }
    return QString();
}

} // namespace

TEST_CASE("compare: newly connected - lost - still unconnected", "[compare]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId a = s.createRound(QStringLiteral("Spring")).value().id;
    const RowId b = s.createRound(QStringLiteral("Fall")).value().id;
    QVector<RowId> st;
    for (int i = 1; i <= 4; ++i)
        st.push_back(school.student(QStringLiteral("S%1").arg(i), QStringLiteral("Kid"),
                                    QStringLiteral("F%1").arg(i)));
    const RowId t1 = school.adult(QStringLiteral("T1"), QStringLiteral("A"), QStringLiteral("A"));
    const RowId t2 = school.adult(QStringLiteral("T2"), QStringLiteral("B"), QStringLiteral("B"));
    REQUIRE(s.setMark(b, t1, st[0], MarkKind::Connected).ok()); // S1 newly connected
    REQUIRE(s.setMark(a, t2, st[1], MarkKind::Connected).ok()); // S2 lost
    REQUIRE(s.setMark(b, t2, st[1], MarkKind::Concern).ok());
    // S3: nobody, ever. S4: two adults in both rounds.
    for (RowId r : {a, b}) {
        REQUIRE(s.setMark(r, t1, st[3], MarkKind::Connected).ok());
        REQUIRE(s.setMark(r, t2, st[3], MarkKind::Connected).ok());
    }
    const RoundComparison c = RoundComparison::load(s, a, b);
    CHECK(c.studentsActive() == 4);
    CHECK(ids(c.newlyConnected()) == QStringList{QStringLiteral("S1")});
    CHECK(ids(c.lostConnection()) == QStringList{QStringLiteral("S2")});
    CHECK(ids(c.stillUnconnected()) == QStringList{QStringLiteral("S3")});
    CHECK(ids(c.fragile()) == QStringList{QStringLiteral("S1")});
    CHECK(reasonOf(c, QStringLiteral("S1")) == QStringLiteral("exactly one connecting adult"));
}

TEST_CASE("compare: fragile when an adult is deactivated or given a leaving date", "[compare]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId a = s.createRound(QStringLiteral("Spring")).value().id;
    const RowId b = s.createRound(QStringLiteral("Fall")).value().id;
    const RowId s1 =
        school.student(QStringLiteral("S1"), QStringLiteral("Kid"), QStringLiteral("One"));
    const RowId s2 =
        school.student(QStringLiteral("S2"), QStringLiteral("Kid"), QStringLiteral("Two"));
    const RowId t1 = school.adult(QStringLiteral("T1"), QStringLiteral("A"), QStringLiteral("A"));
    const RowId t2 = school.adult(QStringLiteral("T2"), QStringLiteral("B"), QStringLiteral("B"));
    const RowId t3 = school.adult(QStringLiteral("T3"), QStringLiteral("C"), QStringLiteral("C"));
    for (RowId r : {a, b}) {
        REQUIRE(s.setMark(r, t1, s1, MarkKind::Connected).ok());
        REQUIRE(s.setMark(r, t2, s1, MarkKind::Connected).ok());
        REQUIRE(s.setMark(r, t3, s2, MarkKind::Connected).ok());
        REQUIRE(s.setMark(r, t1, s2, MarkKind::Connected).ok());
    }
    CHECK(RoundComparison::load(s, a, b).fragile().isEmpty());

    // T2 leaves: S1 keeps only T1.
    REQUIRE(s.setAdultActive(t2, false).ok());
    RoundComparison c = RoundComparison::load(s, a, b);
    CHECK(ids(c.fragile()) == QStringList{QStringLiteral("S1")});
    CHECK(reasonOf(c, QStringLiteral("S1")) == QStringLiteral("exactly one connecting adult"));
    CHECK(c.lostConnection().isEmpty());

    // T1 will leave in June: S1's only connection and one of S2's two go with them.
    Adult leaving = *s.adultById(t1);
    leaving.leavingDate = QDate(2027, 6, 30);
    REQUIRE(s.updateAdult(leaving).ok());
    c = RoundComparison::load(s, a, b);
    CHECK(ids(c.fragile()) == QStringList{QStringLiteral("S1")});
    CHECK(reasonOf(c, QStringLiteral("S1")) ==
          QStringLiteral("the only connecting adult is leaving on 2027-06-30"));

    // T3 leaves too: S2's only remaining adult is leaving.
    REQUIRE(s.setAdultActive(t3, false).ok());
    c = RoundComparison::load(s, a, b);
    CHECK(ids(c.fragile()) == (QStringList{QStringLiteral("S1"), QStringLiteral("S2")}));
    CHECK(reasonOf(c, QStringLiteral("S2")) ==
          QStringLiteral("the only connecting adult is leaving on 2027-06-30"));

    // T1 leaves now: the same rule holds in both rounds (an adult who has
    // left never counts), so both students are unconnected in both rounds:
    // still unconnected, not fragile, and nothing is "newly" anything.
    REQUIRE(s.setAdultActive(t1, false).ok());
    c = RoundComparison::load(s, a, b);
    CHECK(c.lostConnection().isEmpty());
    CHECK(c.newlyConnected().isEmpty());
    CHECK(ids(c.stillUnconnected()) == (QStringList{QStringLiteral("S1"), QStringLiteral("S2")}));
    CHECK(c.fragile().isEmpty());

    // T1 comes back, and S1's marks of round B are taken away: S1 lost.
    REQUIRE(s.setAdultActive(t1, true).ok());
    REQUIRE(s.removeMark(b, t1, s1).ok());
    c = RoundComparison::load(s, a, b);
    CHECK(ids(c.lostConnection()) == QStringList{QStringLiteral("S1")});
    // The other way round, S1 is newly connected; a round with itself: no change.
    CHECK(ids(RoundComparison::load(s, b, a).newlyConnected()) ==
          QStringList{QStringLiteral("S1")});
    const RoundComparison same = RoundComparison::load(s, b, b);
    CHECK(same.newlyConnected().isEmpty());
    CHECK(same.lostConnection().isEmpty());
}

// One definition: for every pair of the demo school's rounds (three, with a
// later round marked a little), compare agrees with the two rounds'
// unconnected lists and with the figures the dashboard and summary show.
TEST_CASE("compare: agrees with the unconnected lists and the dashboard for every pair",
          "[compare]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    REQUIRE(DemoSchool::create(s, DemoOptions{300, 30, 11}).ok());
    const Round winter = *s.createRound(QStringLiteral("Winter 2027"));
    int n = 0;
    for (const Mark& m : s.marks(s.rounds()[1].id)) { // some of Fall's marks, again
        if (++n % 3 == 0)
            REQUIRE(
                s.putMark(
                     Mark{0, winter.id, m.adultId, m.studentId, m.connected, m.concern, m.note, {}})
                    .ok());
    }
    const QVector<Round> rounds = s.rounds();
    REQUIRE(rounds.size() == 3);
    for (const Round& a : rounds) {
        for (const Round& b : rounds) {
            INFO(a.name.toStdString() << " -> " << b.name.toStdString());
            const ConnectionAnalysis ra = ConnectionAnalysis::load(s, a.id);
            const ConnectionAnalysis rb = ConnectionAnalysis::load(s, b.id);
            QStringList newly, lost;
            for (const Student& st : rb.activeStudents()) {
                if (ra.isUnconnected(st.id) && !rb.isUnconnected(st.id))
                    newly << st.studentId;
                if (!ra.isUnconnected(st.id) && rb.isUnconnected(st.id))
                    lost << st.studentId;
            }
            const RoundComparison c = RoundComparison::load(s, a.id, b.id);
            CHECK(ids(c.newlyConnected()) == newly);
            CHECK(ids(c.lostConnection()) == lost);
            CHECK(c.fragile().size() == rb.totals().fragile);
            if (a.id == b.id) {
                CHECK(c.newlyConnected().isEmpty());
                CHECK(c.lostConnection().isEmpty());
            }
        }
    }
    // The dashboard's change over rounds: each round against the one before.
    const SchoolFigures f = SchoolFigures::compute(s, rounds.last());
    REQUIRE(f.byRound.size() == 3);
    for (int i = 1; i < 3; ++i)
        CHECK(f.byRound[i].movedToConnected ==
              RoundComparison::load(s, rounds[i - 1].id, rounds[i].id).newlyConnected().size());
    CHECK(f.fragile == RoundComparison::load(s, rounds[1].id, rounds[2].id).fragile().size());
}
