// The figures behind the dashboard, the reports and `caringmap summary`.
#include "TestSupport.h"

#include "ConnectionAnalysis.h"
#include "DemoSchool.h"
#include "SchoolFigures.h"
#include "StudentGroups.h"
#include "UnconnectedReportData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using cm::MarkKind;
using cm::RowId;

namespace {

// Six students in two grades, three adults (one inactive), two rounds.
struct SmallSchool {
    cmtest::TempSchool school;
    RowId s[6] = {};
    RowId a1 = 0, a2 = 0, gone = 0, silent = 0;
    cm::Round spring, fall;

    SmallSchool() {
        cm::Storage& st = school.storage();
        s[0] = school.student("1", "Ana", "Avila", "06", "6A");
        s[1] = school.student("2", "Ben", "Brown", "06", "6A");
        s[2] = school.student("3", "Cy", "Chen", "06", "6B");
        s[3] = school.student("4", "Di", "Diaz", "07", "7A");
        s[4] = school.student("5", "Ed", "Eze", "07", "7A");
        s[5] = school.student("6", "Flo", "Fox", "07", "7A", false); // inactive
        a1 = school.adult("A1", "Kim", "Lee");
        a2 = school.adult("A2", "Raj", "Patel");
        gone = school.adult("A3", "Old", "Timer", false);
        silent = school.adult("A4", "Zed", "Quiet");
        spring = *st.createRound("Spring", QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
        fall = *st.createRound("Fall", QDateTime(QDate(2026, 10, 1), QTime(9, 0)));
        // Spring: only Ana connected.
        REQUIRE(st.setMark(spring.id, a1, s[0], MarkKind::Connected).ok());
        // Fall: Ana by 2, Ben by 1, Cy concern only, Di by the inactive adult
        // only (unconnected), Ed by 1.
        REQUIRE(st.setMark(fall.id, a1, s[0], MarkKind::Connected).ok());
        REQUIRE(st.setMark(fall.id, a2, s[0], MarkKind::Connected).ok());
        REQUIRE(st.setMark(fall.id, a1, s[1], MarkKind::Connected).ok());
        REQUIRE(st.setMark(fall.id, a2, s[2], MarkKind::Concern).ok());
        REQUIRE(st.setMark(fall.id, gone, s[3], MarkKind::Connected).ok());
        REQUIRE(st.setMark(fall.id, a2, s[4], MarkKind::Connected).ok());
        const RowId el = *cm::StudentGroups::ensure(st, "Program", "English learner");
        REQUIRE(cm::StudentGroups::addMember(st, el, s[2]).ok());
        REQUIRE(cm::StudentGroups::addMember(st, el, s[3]).ok());
        REQUIRE(cm::StudentGroups::addMember(st, el, s[5]).ok()); // inactive: not counted
    }
};

} // namespace

TEST_CASE("figures: totals and histogram follow the rule", "[figures]") {
    SmallSchool t;
    const cm::SchoolFigures f = cm::SchoolFigures::compute(t.school.storage(), t.fall);
    CHECK(f.studentsActive == 5);
    CHECK(f.unconnected == 2); // Cy (concern only), Di (inactive adult only)
    CHECK(f.exactlyOne == 2);
    CHECK(f.twoOrMore == 1);
    CHECK(f.adultsPerStudent == QVector<int>{2, 2, 1, 0, 0});
    CHECK(f.percentConnected() == Approx(60.0));

    const cm::ConnectionTotals tot =
        cm::ConnectionAnalysis::load(t.school.storage(), t.fall.id).totals();
    CHECK(tot.unconnected == f.unconnected);
    CHECK(tot.studentsActive == f.studentsActive);
}

TEST_CASE("figures: by grade and homeroom", "[figures]") {
    SmallSchool t;
    const cm::SchoolFigures f = cm::SchoolFigures::compute(t.school.storage(), t.fall);
    REQUIRE(f.byGrade.size() == 2);
    CHECK(f.byGrade[0].label == "06");
    CHECK(f.byGrade[0].students == 3);
    CHECK(f.byGrade[0].unconnected == 1);
    CHECK(f.byGrade[1].label == "07");
    CHECK(f.byGrade[1].students == 2);
    CHECK(f.byGrade[1].unconnected == 1);
    CHECK(f.byGrade[1].percentConnected() == Approx(50.0));
    REQUIRE(f.byHomeroom.size() == 3);
    CHECK(f.byHomeroom[0].label == "6A");
    CHECK(f.byHomeroom[0].unconnected == 0);
    CHECK(f.byHomeroom[1].label == "6B");
    CHECK(f.byHomeroom[1].unconnected == 1);
}

TEST_CASE("figures: groups count active members and small groups are suppressed", "[figures]") {
    SmallSchool t;
    cm::SchoolFigures f = cm::SchoolFigures::compute(t.school.storage(), t.fall);
    REQUIRE(f.byGroup.size() == 1);
    CHECK(f.byGroup[0].category == "Program");
    CHECK(f.byGroup[0].label == "English learner");
    // 2 < 10: suppressed, and a suppressed group carries no counts at all.
    CHECK(f.byGroup[0].suppressed);
    CHECK(f.byGroup[0].students == 0);
    CHECK(f.byGroup[0].unconnected == 0);
    f = cm::SchoolFigures::compute(t.school.storage(), t.fall, 2);
    CHECK_FALSE(f.byGroup[0].suppressed);
    CHECK(f.byGroup[0].students == 2);
    CHECK(f.byGroup[0].unconnected == 2);
}

TEST_CASE("figures: change over rounds counts students who became connected", "[figures]") {
    SmallSchool t;
    const cm::SchoolFigures f = cm::SchoolFigures::compute(t.school.storage(), t.fall);
    REQUIRE(f.byRound.size() == 2);
    CHECK(f.byRound[0].row.label == "Spring");
    CHECK(f.byRound[0].row.unconnected == 4);
    CHECK(f.byRound[0].movedToConnected == 0);
    CHECK(f.byRound[1].row.label == "Fall");
    CHECK(f.byRound[1].row.unconnected == 2);
    CHECK(f.byRound[1].movedToConnected == 2); // Ben and Ed

    // Figures for the earlier round stop at that round.
    const cm::SchoolFigures s = cm::SchoolFigures::compute(t.school.storage(), t.spring);
    CHECK(s.byRound.size() == 1);
}

TEST_CASE("figures: participation lists who has not marked anyone", "[figures]") {
    SmallSchool t;
    const cm::SchoolFigures f = cm::SchoolFigures::compute(t.school.storage(), t.fall);
    REQUIRE(f.participation.size() == 3); // the inactive adult is not listed
    CHECK(f.participation[0].name == "Raj Patel");
    CHECK(f.participation[0].connected == 2);
    CHECK(f.participation[0].concern == 1);
    CHECK(f.participation[1].name == "Kim Lee");
    CHECK(f.participation[1].marked == 2);
    REQUIRE(f.notMarked().size() == 1);
    CHECK(f.notMarked()[0].name == "Zed Quiet");
}

TEST_CASE("figures: unconnected report data has concerns and assigned adults", "[figures]") {
    SmallSchool t;
    cm::Storage& st = t.school.storage();
    REQUIRE(st.exec("INSERT INTO mentor_match(student_id, adult_id, round_id, start_date,"
                    " first_follow_up, second_follow_up, created_at)"
                    " VALUES (?, ?, ?, '2026-10-02', '2026-10-16', '2026-10-30', '2026-10-02')",
                    {t.s[3], t.a1, t.fall.id})
                .ok());
    const cm::UnconnectedReportData d = cm::UnconnectedReportData::load(st, t.fall);
    CHECK(d.studentsActive == 5);
    CHECK(d.unconnected == 2);
    REQUIRE(d.sections.size() == 2);
    CHECK(d.sections[0].heading == "Grade 06");
    REQUIRE(d.sections[0].rows.size() == 1);
    CHECK(d.sections[0].rows[0].student.givenName == "Cy");
    CHECK(d.sections[0].rows[0].concernBy == QStringList{"Raj Patel"});
    CHECK(d.sections[0].rows[0].assignedAdult.isEmpty());
    CHECK(d.sections[1].rows[0].assignedAdult == "Kim Lee");

    const cm::UnconnectedReportData h =
        cm::UnconnectedReportData::load(st, t.fall, cm::UnconnectedReportData::GroupBy::Homeroom);
    REQUIRE(h.sections.size() == 2);
    CHECK(h.sections[0].heading == "Homeroom 6B");
    CHECK(h.sections[1].heading == "Homeroom 7A");
}

TEST_CASE("figures: summary json agrees with the core figures on the demo school", "[figures]") {
    cmtest::TempSchool school;
    cm::DemoOptions o;
    o.students = 240;
    o.adults = 24;
    REQUIRE(cm::DemoSchool::create(school.storage(), o).ok());
    const cm::Round round = *school.storage().resolveRound(QString());
    const cm::SchoolFigures f = cm::SchoolFigures::compute(school.storage(), round);

    QProcess p;
    p.start(QStringLiteral(CARINGMAP_EXE),
            {"--db", school.dbPath(), "summary", "--format", "json"});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    const QJsonObject j = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    CHECK(j["unconnected"].toInt() == f.unconnected);
    CHECK(j["students_active"].toInt() == f.studentsActive);

    const QJsonArray grades = j["by_grade"].toArray();
    REQUIRE(grades.size() == f.byGrade.size());
    int sum = 0;
    for (int i = 0; i < grades.size(); ++i) {
        const QJsonObject g = grades[i].toObject();
        CHECK(g["grade"].toString() == f.byGrade[i].label);
        CHECK(g["students"].toInt() == f.byGrade[i].students);
        CHECK(g["unconnected"].toInt() == f.byGrade[i].unconnected);
        sum += g["unconnected"].toInt();
    }
    CHECK(sum == f.unconnected);

    const QJsonArray groups = j["by_group"].toArray();
    REQUIRE(groups.size() == f.byGroup.size());
    REQUIRE(!groups.isEmpty());
    for (int i = 0; i < groups.size(); ++i) {
        const QJsonObject g = groups[i].toObject();
        CHECK(g["category"].toString() == f.byGroup[i].category);
        CHECK(g["group"].toString() == f.byGroup[i].label);
        CHECK(g["students"].toInt() == f.byGroup[i].students);
        CHECK(g["unconnected"].toInt() == f.byGroup[i].unconnected);
    }

    const QJsonArray rounds = j["by_round"].toArray();
    REQUIRE(rounds.size() == 2);
    CHECK(rounds[1].toObject()["round"].toString() == round.name);
    CHECK(rounds[1].toObject()["unconnected"].toInt() == f.unconnected);
    CHECK(rounds[1].toObject()["moved_to_connected"].toInt() == f.byRound[1].movedToConnected);
}
