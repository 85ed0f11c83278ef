// The mentoring widgets, offscreen: suggest and apply (undoable), due, compare.
// Set CARINGMAP_SCREENSHOTS=DIR to save what each view looks like.
#include "CompareView.h"
#include "ConnectionAnalysis.h"
#include "DemoSchool.h"
#include "DueView.h"
#include "MatchApplyCommand.h"
#include "MatchView.h"
#include "MentorCheckInDialog.h"
#include "MentorListView.h"
#include "Mentoring.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QDir>
#include <QTableWidget>
#include <QUndoStack>

using namespace cm;

namespace {

void shoot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("CARINGMAP_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    w.resize(1200, 720);
    w.show();
    w.grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("match ui: suggest - change a row - apply in one step - undo - redo", "[ui]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    REQUIRE(DemoSchool::create(s, DemoOptions{240, 30, 7}).ok());
    const QString before = cmtest::dump(s);
    QUndoStack undo;
    MatchView view(school.document(), &undo);
    view.show(); // a view on screen follows the undo stack
    const int rows = view.suggestionRows();
    REQUIRE(rows > 0);
    CHECK(view.matchRows() == 0);
    shoot(view, QStringLiteral("caringmap-match-suggest.png"));

    // The counselor sets the first row to nobody.
    auto* table = view.findChild<QTableWidget*>();
    REQUIRE(table);
    auto* combo = qobject_cast<QComboBox*>(table->cellWidget(0, 4));
    REQUIRE(combo);
    combo->setCurrentIndex(0);
    CHECK(table->item(0, 5)->text() == QStringLiteral("changed by hand"));

    view.applySuggestion();
    REQUIRE(undo.count() == 1);
    const int made = int(Mentoring::matches(s).size());
    CHECK(made > 0);
    CHECK(made <= rows - 1);
    CHECK(view.matchRows() == made);
    CHECK(view.suggestionRows() == rows - made); // the rest remain to be matched
    shoot(view, QStringLiteral("caringmap-match-applied.png"));

    undo.undo();
    CHECK(Mentoring::matches(s).isEmpty());
    CHECK(cmtest::dump(s) == before);
    CHECK(view.suggestionRows() == rows);
    undo.redo();
    CHECK(Mentoring::matches(s).size() == made);
}

TEST_CASE("match ui: a failed apply changes nothing and is not on the undo stack", "[ui]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId st = school.student(QStringLiteral("S1"), QStringLiteral("A"), QStringLiteral("B"));
    const RowId ad = school.adult(QStringLiteral("T1"), QStringLiteral("C"), QStringLiteral("D"));
    Adult a = *s.adultById(ad);
    a.capacity = 0;
    REQUIRE(s.updateAdult(a).ok());
    const RowId round = s.currentRound()->id;
    const QString before = cmtest::dump(s);
    QUndoStack undo;
    auto* cmd = new MatchApplyCommand(school.document(), round, {{st, ad, MatchReason::Other}});
    QString error;
    cmd->onError = [&error](const QString& e) { error = e; };
    undo.push(cmd);
    CHECK(undo.count() == 0);
    CHECK(error.contains(QStringLiteral("not available")));
    CHECK(cmtest::dump(s) == before);
}

TEST_CASE("match ui: due view lists follow-ups and records a check-in", "[ui]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    REQUIRE(DemoSchool::create(s, DemoOptions{240, 30, 7}).ok());
    const auto sug = MentoringSuggestions::suggest(s, s.currentRound()->id);
    REQUIRE(sug.ok());
    REQUIRE(
        MentoringSuggestions::apply(s, sug->round.id, sug->assignments, QDate(2026, 9, 28)).ok());
    DueView view(school.document());
    view.setAsOf(QDate(2026, 10, 1));
    CHECK(view.rowCount() == 0);
    view.setAsOf(QDate(2026, 11, 2));
    const int due = view.rowCount();
    CHECK(due == Mentoring::matches(s).size());
    shoot(view, QStringLiteral("caringmap-due.png"));

    MentorCheckInDialog dialog(school.document(), view.matchAt(0));
    CHECK(dialog.status() == CheckInStatus::Trying);
    REQUIRE(dialog.save().ok());
    view.refresh();
    CHECK(view.rowCount() == due - 1);
}

TEST_CASE("match ui: compare view shows four groups for the demo rounds", "[ui]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    REQUIRE(DemoSchool::create(s, DemoOptions{240, 30, 7}).ok());
    CompareView view(s);
    CHECK(view.groupCount() == 4);
    const QVector<Round> rounds = s.rounds();
    REQUIRE(rounds.size() == 2);
    const RoundComparison expected = RoundComparison::load(s, rounds[0].id, rounds[1].id);
    CHECK(view.comparison().fragile().size() == expected.fragile().size());
    CHECK(view.comparison().newlyConnected().size() == expected.newlyConnected().size());
    CHECK_FALSE(expected.fragile().isEmpty());
    shoot(view, QStringLiteral("caringmap-compare.png"));
}

TEST_CASE("match ui: a mentor's own list - add a mentee by hand and undo", "[ui]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    REQUIRE(DemoSchool::create(s, DemoOptions{240, 30, 7}).ok());
    const RowId round = s.currentRound()->id;
    const QVector<Student> unconnected = ConnectionAnalysis::load(s, round).unconnected();
    REQUIRE(unconnected.size() >= 4);
    Adult a = *s.adultByExternalId(QStringLiteral("T105"));
    a.capacity = 2;
    REQUIRE(s.updateAdult(a).ok());
    QUndoStack undo;
    MentorListView view(school.document(), &undo);
    view.setAdult(a.id);
    REQUIRE(view.adult() == a.id);
    CHECK(view.rowCount() == 0);
    CHECK(view.addMentee(unconnected[0].id).isEmpty());
    CHECK(view.addMentee(unconnected[1].id).isEmpty());
    CHECK(view.rowCount() == 2);
    CHECK(undo.count() == 2);
    CHECK(view.addMentee(unconnected[2].id).contains(QStringLiteral("no free place")));
    CHECK(undo.count() == 2);
    shoot(view, QStringLiteral("caringmap-mentor.png"));
    undo.undo();
    CHECK(view.rowCount() == 1);
    CHECK(Mentoring::menteesOf(s, a.id).size() == 1);
}
