// The whole window as caringmap shows it: the views of the later issues
// joined to the MainWindow (pages, File actions, Reports menu).
#include "GuiFixture.h"

#include "ConnectionAnalysis.h"
#include "Dashboard.h"
#include "MatchView.h"
#include "Mentoring.h"
#include "WindowViews.h"

#include <QAction>
#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using cmtest::GuiSchool;

namespace {
const QStringList kPages{QStringLiteral("dashboardPage"), QStringLiteral("matchPage"),
                         QStringLiteral("mentorPage"), QStringLiteral("duePage"),
                         QStringLiteral("comparePage")};

cm::RowId firstUnconnected(GuiSchool& g) {
    const cm::ConnectionAnalysis a =
        cm::ConnectionAnalysis::load(g.context.storage(), g.context.viewedRound());
    REQUIRE_FALSE(a.unconnected().isEmpty());
    return a.unconnected().first().id;
}

cm::RowId firstActiveAdult(GuiSchool& g) {
    for (const cm::Adult& a : g.context.adults()) {
        if (a.active)
            return a.id;
    }
    FAIL("no active adult");
    return 0;
}
} // namespace

TEST_CASE("window: every later view is a page reachable from the View menu", "[window]") {
    GuiSchool g(true, true, true);
    for (const QString& name : kPages) {
        INFO(name.toStdString());
        REQUIRE(g.window->page(name) != nullptr);
        QAction* view = g.find<QAction>(QStringLiteral("view_") + name);
        REQUIRE(view != nullptr);
        view->trigger();
        CHECK(g.window->currentPageName() == name);
    }
    QMenu* reports = g.find<QMenu>(QStringLiteral("reportsMenu"));
    REQUIRE(reports != nullptr);
    CHECK(reports->isEnabled());
    for (const char* name : {"actionImportWizard", "actionMarkingSheets", "actionExport",
                             "actionRestoreBackup", "actionPreviewUnconnected", "actionPdfSummary"})
        CHECK(g.find<QAction>(QLatin1String(name)) != nullptr);
}

TEST_CASE("window: the dashboard follows a mark made in the window", "[window]") {
    GuiSchool g(true, true, true);
    auto* dashboard = qobject_cast<cm::Dashboard*>(g.window->page(QStringLiteral("dashboardPage")));
    REQUIRE(dashboard != nullptr);
    g.window->showPage(QStringLiteral("dashboardPage"));
    const int before = dashboard->figures().unconnected;
    CHECK(before == g.context.totals().unconnected);

    const cm::RowId student = firstUnconnected(g);
    REQUIRE(
        g.context
            .setMark(g.context.viewedRound(), firstActiveAdult(g), student, cm::MarkKind::Connected)
            .ok());
    QTest::qWait(100); // page refreshes are coalesced
    CHECK(dashboard->figures().unconnected == before - 1);
    CHECK(g.statusText().startsWith(QStringLiteral("%1 of ").arg(before - 1)));
}

TEST_CASE("window: applying suggested go-to adults is one undoable step", "[window]") {
    GuiSchool g(true, true, true);
    auto* match = qobject_cast<cm::MatchView*>(g.window->page(QStringLiteral("matchPage")));
    REQUIRE(match != nullptr);
    g.window->showPage(QStringLiteral("matchPage"));
    const int unconnected = g.context.totals().unconnected;
    const int undoBefore = g.context.undoStack()->count();
    match->applySuggestion();
    const int applied = int(cm::Mentoring::matches(g.context.storage(), true).size());
    CHECK(applied > 0);
    CHECK(g.context.undoStack()->count() == undoBefore + 1);
    // The assignment is a plan, not a connection: nobody became connected.
    CHECK(g.context.totals().unconnected == unconnected);
    g.context.undoStack()->undo();
    CHECK(cm::Mentoring::matches(g.context.storage(), true).isEmpty());
}

TEST_CASE("window: a private marking session hides the later pages and the reports", "[window]") {
    GuiSchool g(true, true, true);
    auto* nav = g.find<QListWidget>(QStringLiteral("navigation"));
    g.context.setPrivateSession(true);
    CHECK_FALSE(g.find<QMenu>(QStringLiteral("reportsMenu"))->isEnabled());
    for (const QString& name : kPages) {
        INFO(name.toStdString());
        // The shortcut stays (in a marking session it asks the counselor
        // passphrase) but does not show the page.
        const QString shown = g.window->currentPageName();
        g.find<QAction>(QStringLiteral("view_") + name)->trigger();
        CHECK(g.window->currentPageName() == shown);
        if (nav) {
            for (int i = 0; i < nav->count(); ++i) {
                if (nav->item(i)->data(Qt::UserRole).toString() == name)
                    CHECK_FALSE(nav->item(i)->flags().testFlag(Qt::ItemIsEnabled));
            }
        }
    }
    CHECK_FALSE(g.find<QAction>(QStringLiteral("actionExport"))->isEnabled());
    g.context.setPrivateSession(false);
    CHECK(g.find<QMenu>(QStringLiteral("reportsMenu"))->isEnabled());
    CHECK(g.find<QAction>(QStringLiteral("view_dashboardPage"))->isEnabled());
}

TEST_CASE("window: File Export writes the school to the folder picked", "[window]") {
    GuiSchool g(true, true, true);
    QTemporaryDir out;
    auto* views = g.window->findChild<cm::WindowViews*>();
    REQUIRE(views != nullptr);
    views->chooseFolder = [&](QWidget*) { return out.path(); };
    g.find<QAction>(QStringLiteral("actionExport"))->trigger();
    CHECK(g.fake.errors.isEmpty());
    REQUIRE(g.fake.infos.size() == 1);
    for (const char* file : {"students.csv", "adults.csv", "marks.csv"})
        CHECK(QFile::exists(QDir(out.path()).filePath(QLatin1String(file))));
    CHECK((QFile::permissions(QDir(out.path()).filePath(QStringLiteral("students.csv"))) &
           (QFile::ReadOther | QFile::ReadGroup)) == 0);
}
