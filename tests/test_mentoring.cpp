// Go-to adult matches, check-ins, follow-up dates and the Due list.
#include "ConnectionAnalysis.h"
#include "Mentoring.h"
#include "MentoringSuggestions.h"
#include "TeachingLinks.h"
#include "TestSupport.h"

using namespace cm;

namespace {

const QDate kStart(2026, 10, 1);

Round round(Storage& s) {
    const Result<Round> r = s.currentRound();
    REQUIRE(r.ok());
    return *r;
}

void setCapacity(Storage& s, RowId adultId, int capacity) {
    Adult a = *s.adultById(adultId);
    a.capacity = capacity;
    REQUIRE(s.updateAdult(a).ok());
}

} // namespace

TEST_CASE("mentoring: a match gets the default plan and follow-up dates", "[mentoring]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId st =
        school.student(QStringLiteral("S1"), QStringLiteral("Ana"), QStringLiteral("Diaz"));
    const RowId ad =
        school.adult(QStringLiteral("T1"), QStringLiteral("Ben"), QStringLiteral("Cole"));
    const Result<RowId> id = Mentoring::assign(s, st, ad, kStart);
    REQUIRE(id.ok());
    const MentorMatch m = *Mentoring::matchById(s, *id);
    CHECK(m.plan == Mentoring::builtInPlan());
    CHECK(m.startDate == kStart);
    CHECK(m.firstFollowUp == QDate(2026, 10, 29));
    CHECK(m.secondFollowUp == QDate(2026, 11, 30));
    CHECK(m.roundId == round(s).id);
    CHECK(m.isOpen());

    MentoringSettings cfg = Mentoring::settings(s);
    cfg.firstFollowUpDays = 14;
    cfg.secondFollowUpDays = 42;
    cfg.defaultPlan = QStringLiteral("Lunch once a week");
    REQUIRE(Mentoring::setSettings(s, cfg).ok());
    const RowId st2 =
        school.student(QStringLiteral("S2"), QStringLiteral("Bo"), QStringLiteral("Eng"));
    const MentorMatch m2 = *Mentoring::matchById(s, *Mentoring::assign(s, st2, ad, kStart));
    CHECK(m2.plan == QStringLiteral("Lunch once a week"));
    CHECK(m2.firstFollowUp == QDate(2026, 10, 15));
    CHECK(m2.secondFollowUp == QDate(2026, 11, 12));
    cfg.secondFollowUpDays = 3;
    CHECK_FALSE(Mentoring::setSettings(s, cfg).ok());
}

TEST_CASE("mentoring: assign respects capacity and activity and replaces a student's match",
          "[mentoring]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    QVector<RowId> st;
    for (int i = 0; i < 3; ++i)
        st.push_back(school.student(QStringLiteral("S%1").arg(i), QStringLiteral("A"),
                                    QStringLiteral("B%1").arg(i)));
    const RowId a1 =
        school.adult(QStringLiteral("T1"), QStringLiteral("Ben"), QStringLiteral("Cole"));
    const RowId a2 =
        school.adult(QStringLiteral("T2"), QStringLiteral("Cy"), QStringLiteral("Dunn"));
    const RowId gone =
        school.adult(QStringLiteral("T3"), QStringLiteral("Di"), QStringLiteral("Eck"), false);
    setCapacity(s, a1, 1);
    setCapacity(s, a2, 0);
    REQUIRE(Mentoring::assign(s, st[0], a1, kStart).ok());
    CHECK_FALSE(Mentoring::assign(s, st[1], a1, kStart).ok()); // full
    CHECK_FALSE(Mentoring::assign(s, st[1], a2, kStart).ok()); // not available
    CHECK_FALSE(Mentoring::assign(s, st[1], gone, kStart).ok());
    CHECK(Mentoring::openLoad(s).value(a1) == 1);

    setCapacity(s, a2, 2);
    const Result<RowId> moved = Mentoring::assign(s, st[0], a2, kStart.addDays(5));
    REQUIRE(moved.ok());
    CHECK(Mentoring::openMatchOfStudent(s, st[0])->adultId == a2);
    CHECK(Mentoring::openLoad(s).value(a1) == 0);
    const QVector<MentorMatch> all = Mentoring::matches(s, false);
    REQUIRE(all.size() == 2);
    CHECK(all[0].ended == kStart.addDays(5));
    // The same adult again changes nothing.
    CHECK(*Mentoring::assign(s, st[0], a2) == *moved);
}

TEST_CASE("mentoring: the plan is not the outcome - a connected check-in records the mark",
          "[mentoring]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId st =
        school.student(QStringLiteral("S1"), QStringLiteral("Ana"), QStringLiteral("Diaz"));
    const RowId ad =
        school.adult(QStringLiteral("T1"), QStringLiteral("Ben"), QStringLiteral("Cole"));
    const RowId r = round(s).id;
    const RowId match = *Mentoring::assign(s, st, ad, kStart);
    CHECK(ConnectionAnalysis::load(s, r).isUnconnected(st));
    REQUIRE(Mentoring::addCheckIn(s, match, CheckInStatus::Trying, QStringLiteral("hi"),
                                  kStart.addDays(3))
                .ok());
    CHECK(ConnectionAnalysis::load(s, r).isUnconnected(st));
    CHECK_FALSE(Mentoring::menteesOf(s, ad).first().connected);
    REQUIRE(Mentoring::addCheckIn(s, match, CheckInStatus::Connected,
                                  QStringLiteral("talks about soccer"), kStart.addDays(12))
                .ok());
    CHECK_FALSE(ConnectionAnalysis::load(s, r).isUnconnected(st));
    const std::optional<Mark> mark = s.mark(r, ad, st);
    REQUIRE(mark);
    CHECK(mark->connected);

    const QVector<Mentee> mentees = Mentoring::menteesOf(s, ad);
    REQUIRE(mentees.size() == 1);
    CHECK(mentees[0].connected);
    CHECK(mentees[0].student.studentId == QStringLiteral("S1"));
    REQUIRE(mentees[0].lastCheckIn);
    CHECK(mentees[0].lastCheckIn->status == CheckInStatus::Connected);
    CHECK(mentees[0].lastCheckIn->date == kStart.addDays(12));
    CHECK(Mentoring::checkIns(s, match).size() == 2);
    CHECK_FALSE(Mentoring::addCheckIn(s, 9999, CheckInStatus::Trying).ok());
}

TEST_CASE("mentoring: the Due list as of a given date", "[mentoring]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId ad =
        school.adult(QStringLiteral("T1"), QStringLiteral("Ben"), QStringLiteral("Cole"));
    const RowId s1 =
        school.student(QStringLiteral("S1"), QStringLiteral("Ana"), QStringLiteral("Diaz"));
    const RowId s2 =
        school.student(QStringLiteral("S2"), QStringLiteral("Bo"), QStringLiteral("Eng"));
    const RowId m1 = *Mentoring::assign(s, s1, ad, kStart);             // due 10-29, 11-30
    const RowId m2 = *Mentoring::assign(s, s2, ad, kStart.addDays(10)); // due 11-08, 12-10

    CHECK(Mentoring::due(s, QDate(2026, 10, 28)).isEmpty());
    QVector<DueFollowUp> d = Mentoring::due(s, QDate(2026, 10, 29));
    REQUIRE(d.size() == 1);
    CHECK(d[0].match.id == m1);
    CHECK(d[0].which == FollowUp::First);
    CHECK(d[0].daysOverdue == 0);

    d = Mentoring::due(s, QDate(2026, 11, 10));
    REQUIRE(d.size() == 2);
    CHECK(d[0].match.id == m1); // most overdue first
    CHECK(d[0].daysOverdue == 12);
    CHECK(d[1].match.id == m2);
    CHECK(d[1].daysOverdue == 2);

    // A check-in a few days before the follow-up counts; the next one comes due later.
    REQUIRE(Mentoring::addCheckIn(s, m1, CheckInStatus::Trying, {}, QDate(2026, 10, 25)).ok());
    d = Mentoring::due(s, QDate(2026, 11, 10));
    REQUIRE(d.size() == 1);
    CHECK(d[0].match.id == m2);
    d = Mentoring::due(s, QDate(2026, 12, 1));
    REQUIRE(d.size() == 2);
    CHECK(d[0].match.id == m2);
    CHECK(d[1].match.id == m1);
    CHECK(d[1].which == FollowUp::Second);
    CHECK(d[1].dueDate == QDate(2026, 11, 30));
    REQUIRE(d[1].lastCheckIn);

    // An ended match is never due.
    REQUIRE(Mentoring::endMatch(s, m2, QDate(2026, 11, 20)).ok());
    d = Mentoring::due(s, QDate(2026, 12, 1));
    REQUIRE(d.size() == 1);
    CHECK(d[0].match.id == m1);
}

TEST_CASE("mentoring: suggest for a round then apply in one step and undo exactly", "[mentoring]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId r = round(s).id;
    QVector<RowId> st;
    for (int i = 0; i < 5; ++i)
        st.push_back(school.student(QStringLiteral("S%1").arg(i), QStringLiteral("Kid"),
                                    QStringLiteral("F%1").arg(i)));
    const RowId a1 =
        school.adult(QStringLiteral("T1"), QStringLiteral("Ben"), QStringLiteral("Cole"));
    const RowId a2 =
        school.adult(QStringLiteral("T2"), QStringLiteral("Cy"), QStringLiteral("Dunn"));
    REQUIRE(s.setMark(r, a1, st[0], MarkKind::Connected).ok());
    REQUIRE(s.setMark(r, a2, st[1], MarkKind::Concern).ok());
    REQUIRE(TeachingLinks::add(s, {a1, st[2], QStringLiteral("M7"), QStringLiteral("Math")}).ok());
    setCapacity(s, a1, 1);
    setCapacity(s, a2, 1);
    REQUIRE(Mentoring::assign(s, st[4], a1, kStart).ok()); // a1 is now full

    const Result<MentorSuggestion> sug = MentoringSuggestions::suggest(s, r);
    REQUIRE(sug.ok());
    // Unconnected: 1, 2, 3, 4; 4 already has a go-to adult.
    CHECK(sug->alreadyMatched.size() == 1);
    REQUIRE(sug->students.size() == 3);
    CHECK(sug->totalCapacity == 1);
    CHECK(sug->shortfall() == 2);
    QHash<RowId, RowId> pick;
    for (const MatchAssignment& m : sug->assignments)
        pick.insert(m.studentId, m.adultId);
    CHECK(pick.value(st[1]) == a2); // concern wins the only place
    CHECK(pick.value(st[2]) == 0);
    CHECK(pick.value(st[3]) == 0);

    const QString before = cmtest::dump(s);
    const Result<AppliedMatches> applied =
        MentoringSuggestions::apply(s, r, sug->assignments, kStart);
    REQUIRE(applied.ok());
    CHECK(applied->created.size() == 1);
    CHECK(Mentoring::openMatchOfStudent(s, st[1])->adultId == a2);
    REQUIRE(MentoringSuggestions::undo(s, *applied).ok());
    CHECK(cmtest::dump(s) == before);

    // All or nothing: a row for a full adult makes the whole apply fail.
    QVector<MatchAssignment> rows = sug->assignments;
    rows.push_back({st[3], a1, MatchReason::Other});
    CHECK_FALSE(MentoringSuggestions::apply(s, r, rows, kStart).ok());
    CHECK(cmtest::dump(s) == before);

    // A larger school default for this suggestion matches everyone.
    setCapacity(s, a1, -1);
    setCapacity(s, a2, -1);
    const Result<MentorSuggestion> roomy = MentoringSuggestions::suggest(s, r, 5);
    REQUIRE(roomy.ok());
    CHECK(roomy->shortfall() == 0);
    CHECK(MentoringSuggestions::apply(s, r, roomy->assignments, kStart, 5).ok());
}

TEST_CASE("mentoring: undoing an apply keeps a match that has check-ins as ended", "[mentoring]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId r = round(s).id;
    const RowId st =
        school.student(QStringLiteral("S1"), QStringLiteral("Ana"), QStringLiteral("Diaz"));
    const RowId ad =
        school.adult(QStringLiteral("T1"), QStringLiteral("Ben"), QStringLiteral("Cole"));
    const Result<AppliedMatches> applied =
        MentoringSuggestions::apply(s, r, {{st, ad, MatchReason::Other}}, kStart);
    REQUIRE(applied.ok());
    REQUIRE(applied->created.size() == 1);
    REQUIRE(Mentoring::addCheckIn(s, applied->created[0], CheckInStatus::Trying,
                                  QStringLiteral("said hello"), kStart.addDays(2))
                .ok());
    REQUIRE(MentoringSuggestions::undo(s, *applied).ok());
    CHECK(Mentoring::matches(s, true).isEmpty());
    const QVector<MentorMatch> all = Mentoring::matches(s, false);
    REQUIRE(all.size() == 1);
    CHECK_FALSE(all[0].isOpen());
    CHECK(Mentoring::checkIns(s, all[0].id).size() == 1);
}
