// The Student voice page in the real window: the repo's sample survey
// imported into the demo school through the page's import button.
#include "GuiFixture.h"

#include "MarkingPage.h"
#include "StudentsPage.h"

#include "VoiceData.h"
#include "VoiceModel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using cmtest::GuiSchool;

namespace {

const QString kSample = QStringLiteral(CARINGMAP_SAMPLES "/student-survey.csv");

void importSample(GuiSchool& g) {
    g.window->showPage(QStringLiteral("voicePage"));
    g.fake.openFiles << kSample;
    auto* button = g.find<QPushButton>(QStringLiteral("voiceImportEmpty"));
    REQUIRE(button);
    button->click();
    INFO(g.fake.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(g.fake.errors.isEmpty());
    REQUIRE(g.fake.infos.size() == 1);
    g.fake.infos.clear();
}

QStringList column(const QAbstractItemModel* m, int col) {
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, col).data().toString();
    return out;
}

} // namespace

TEST_CASE("voice page: five groups, staff_only first, both views side by side", "[voice][gui]") {
    GuiSchool g(true, true, true);
    importSample(g);
    auto* table = g.find<QTableView>(QStringLiteral("voiceTable"));
    REQUIRE(table);
    const QAbstractItemModel* m = table->model();
    const cm::VoiceComparison c =
        cm::VoiceData::compare(g.context.storage(), g.context.viewedRound());
    REQUIRE(m->rowCount() == int(c.students().size()));
    // The groups as the core counts them (6 staff_only in the sample), in order.
    const QStringList groups = column(m, cm::VoiceModel::Group);
    const QString staffOnly = cm::VoiceModel::groupText(cm::Agreement::StaffOnly);
    CHECK(groups.count(staffOnly) == 6);
    CHECK(groups.mid(0, 6) == QStringList(6, staffOnly));
    CHECK(groups.last() == cm::VoiceModel::groupText(cm::Agreement::NoResponse));

    // Every staff_only student has adults marking them and "nobody" named.
    for (int r = 0; r < 6; ++r) {
        CHECK(m->index(r, cm::VoiceModel::StaffAdults).data().toString() !=
              QStringLiteral("nobody"));
        CHECK(m->index(r, cm::VoiceModel::StudentAdults)
                  .data()
                  .toString()
                  .startsWith(QStringLiteral("nobody")));
    }
    // Mutual adults are marked in both columns.
    const QStringList staff = column(m, cm::VoiceModel::StaffAdults);
    const QStringList named = column(m, cm::VoiceModel::StudentAdults);
    int mutualRows = 0;
    for (int r = 0; r < m->rowCount(); ++r)
        if (staff[r].contains(QStringLiteral("(both)"))) {
            ++mutualRows;
            CHECK(named[r].contains(QStringLiteral("(both)")));
        }
    int expectedMutual = 0;
    for (const cm::VoiceStudent& v : c.students())
        expectedMutual += v.mutual.isEmpty() ? 0 : 1;
    CHECK(mutualRows == expectedMutual);
    CHECK(mutualRows > 0);

    // The group filter leaves one group.
    auto* group = g.find<QComboBox>(QStringLiteral("voiceGroupFilter"));
    REQUIRE(group);
    group->setCurrentIndex(group->findData(QStringLiteral("student_only")));
    CHECK(m->rowCount() == 3);
    const QString summary = g.find<QLabel>(QStringLiteral("voiceSummary"))->text();
    CHECK(summary.contains(QStringLiteral("19 of")));
}

TEST_CASE("voice page: an unresolved name is settled with the chooser", "[voice][gui]") {
    GuiSchool g(true, true, true);
    importSample(g);
    auto* names = g.find<QTableWidget>(QStringLiteral("voiceUnresolvedTable"));
    REQUIRE(names);
    REQUIRE(names->rowCount() == 7);
    int row = -1;
    for (int r = 0; r < names->rowCount(); ++r)
        if (names->item(r, 0)->text() == QStringLiteral("Mr. Adams"))
            row = r;
    REQUIRE(row >= 0);
    names->selectRow(row);
    auto* chooser = g.find<QComboBox>(QStringLiteral("voiceResolveChooser"));
    REQUIRE(chooser->count() > 1);
    const cm::RowId adult = chooser->itemData(0).value<cm::RowId>();
    REQUIRE(adult != 0);
    chooser->setCurrentIndex(0);
    g.find<QPushButton>(QStringLiteral("voiceResolveButton"))->click();
    REQUIRE(g.fake.errors.isEmpty());
    // Stored, and the page caught up (the window refreshes a shown page at once).
    CHECK(g.context.storage().surveyResolutions().size() == 1);
    REQUIRE(QTest::qWaitFor([&] { return names->rowCount() == 6; }));
    bool named = false;
    const cm::VoiceComparison c =
        cm::VoiceData::compare(g.context.storage(), g.context.viewedRound());
    for (const cm::VoiceStudent& v : c.students())
        named = named || v.studentAdults.contains(adult);
    CHECK(named);
}

TEST_CASE("voice page: hidden during a private marking session", "[voice][gui]") {
    GuiSchool g(true, true, true);
    importSample(g);
    auto* stack = g.find<QTableView>(QStringLiteral("voiceTable"))->parentWidget();
    while (stack && !qobject_cast<QStackedWidget*>(stack))
        stack = stack->parentWidget();
    REQUIRE(stack);
    auto* hidden = g.find<QLabel>(QStringLiteral("voiceHidden"));
    g.context.setPrivateSession(true);
    CHECK(static_cast<QStackedWidget*>(stack)->currentWidget() == hidden);
    g.context.setPrivateSession(false);
    CHECK(static_cast<QStackedWidget*>(stack)->currentWidget() != hidden);
}

TEST_CASE("voice page: the student pane and compare rounds show the student's view",
          "[voice][gui]") {
    GuiSchool g(true, true, true);
    importSample(g);
    const cm::VoiceComparison c =
        cm::VoiceData::compare(g.context.storage(), g.context.viewedRound());
    cm::RowId staffOnly = 0;
    for (const cm::VoiceStudent& v : c.students())
        if (v.agreement == cm::Agreement::StaffOnly && staffOnly == 0)
            staffOnly = v.student.id;
    REQUIRE(staffOnly != 0);
    g.window->showPage(QStringLiteral("studentsPage"));
    g.window->studentsPage()->selectStudent(staffOnly);
    auto* detail = g.find<QTextBrowser>(QStringLiteral("studentDetail"));
    REQUIRE(detail);
    CHECK(detail->toPlainText().contains(QStringLiteral("hidden disconnection")));
    g.context.setPrivateSession(true);
    CHECK_FALSE(detail->toPlainText().contains(QStringLiteral("Student voice")));
    g.context.setPrivateSession(false);

    // The demo's two rounds compared: the answers are in the later one.
    g.window->showPage(QStringLiteral("comparePage"));
    auto* tree = g.find<QTreeWidget>(QStringLiteral("compareTree"));
    REQUIRE(tree);
    REQUIRE(tree->topLevelItemCount() == 5);
    QTreeWidgetItem* voice = tree->topLevelItem(0);
    CHECK(voice->data(0, Qt::UserRole).toString() == QStringLiteral("voice"));
    INFO(voice->text(0).toStdString());
    CHECK(
        voice->text(0).contains(QStringLiteral(": %1 student").arg(c.count(cm::Agreement::Both))));
    CHECK(voice->childCount() == cm::kAgreementCount);
}

TEST_CASE("voice page: the unconnected list flags students who name nobody", "[voice][gui]") {
    GuiSchool g(true, true, true);
    g.window->showPage(QStringLiteral("unconnectedPage"));
    auto* flag = g.find<QLabel>(QStringLiteral("unconnectedVoiceFlag"));
    REQUIRE(flag);
    CHECK_FALSE(flag->isVisible()); // no survey answers yet
    importSample(g);
    g.window->showPage(QStringLiteral("unconnectedPage"));
    REQUIRE(flag->isVisible());
    CHECK(flag->text().contains(QStringLiteral("6 more student")));
    g.find<QPushButton>(QStringLiteral("unconnectedVoiceShow"))->click();
    CHECK(g.window->currentPageName() == QStringLiteral("voicePage"));
    const QAbstractItemModel* m = g.find<QTableView>(QStringLiteral("voiceTable"))->model();
    REQUIRE(m->rowCount() == 6);
    CHECK(m->index(0, cm::VoiceModel::Group).data().toString() ==
          cm::VoiceModel::groupText(cm::Agreement::StaffOnly));
}

TEST_CASE("voice privacy: an adult sees who named them only when the counselor shares it",
          "[voice][gui]") {
    GuiSchool g(true, true, true);
    importSample(g);
    const cm::VoiceData data = cm::VoiceData::load(g.context.storage(), g.context.viewedRound());
    cm::RowId adult = 0;
    cm::RowId student = 0;
    for (const cm::Adult& a : g.context.adults())
        if (adult == 0 && a.active && !data.studentsNaming(a.id).isEmpty()) {
            adult = a.id;
            student = data.studentsNaming(a.id).first();
        }
    REQUIRE(adult != 0);
    const QString name = g.context.student(student)->displayName();
    auto* named = g.find<QLabel>(QStringLiteral("sessionNamedYou"));
    auto* share = g.find<QAction>(QStringLiteral("actionShowNamesToAdults"));
    REQUIRE(named);
    REQUIRE(share);
    CHECK_FALSE(share->isChecked()); // off by default

    // A private session needs the counselor passphrase (issue 15): set here,
    // and given each time a session is left.
    REQUIRE(g.context.setPassphrase(QStringLiteral("counselor 2026")).ok());
    g.fake.passphrases = {QStringLiteral("counselor 2026"), QStringLiteral("counselor 2026")};
    g.window->showPage(QStringLiteral("markPage"));
    g.window->markingPage()->startSession(adult, true);
    CHECK_FALSE(named->isVisible());
    CHECK_FALSE(share->isEnabled()); // the marking adult cannot turn it on
    REQUIRE(g.window->markingPage()->leaveSession(false));

    REQUIRE(share->isEnabled());
    share->trigger();
    CHECK(cm::VoiceData::namesShownToAdults(g.context.storage()));
    g.window->showPage(QStringLiteral("markPage"));
    g.window->markingPage()->startSession(adult, true);
    CHECK(named->isVisible());
    CHECK(named->text().contains(name));
    REQUIRE(g.window->markingPage()->leaveSession(false));
    share->trigger(); // and off again
    CHECK_FALSE(cm::VoiceData::namesShownToAdults(g.context.storage()));
}

TEST_CASE("voice page: the import previews the file and changes nothing until confirmed",
          "[voice][gui]") {
    GuiSchool g(true, true, true);
    g.window->showPage(QStringLiteral("voicePage"));
    const cm::RowId round = g.context.viewedRound();
    g.fake.openFiles << kSample;
    g.fake.confirmAnswer = false;
    g.find<QPushButton>(QStringLiteral("voiceImportEmpty"))->click();
    CHECK(g.fake.confirmations == 1);
    CHECK(g.fake.errors.isEmpty());
    CHECK(g.context.storage().surveyAnswerCount(round) == 0);

    // A file that is not a survey: the error, and still nothing.
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Student ID,Adults\n9999999,Ms. Nobody\n");
    }
    g.fake.confirmAnswer = true;
    g.fake.openFiles << bad;
    g.find<QPushButton>(QStringLiteral("voiceImportEmpty"))->click();
    REQUIRE(g.fake.errors.size() == 1);
    CHECK(g.fake.errors.first().contains(QStringLiteral("bad.csv")));
    CHECK(g.context.storage().surveyAnswerCount(round) == 0);

    g.fake.errors.clear();
    importSample(g);
    CHECK(g.context.storage().surveyAnswerCount(round) == 19);
}

TEST_CASE("voice page: go-to adults can take the students who named nobody too", "[voice][gui]") {
    GuiSchool g(true, true, true);
    importSample(g);
    g.window->showPage(QStringLiteral("matchPage"));
    auto* names = g.find<QCheckBox>(QStringLiteral("matchNamesNobody"));
    REQUIRE(names);
    auto* suggestions = g.window->page(QStringLiteral("matchPage"))->findChild<QTableWidget*>();
    REQUIRE(suggestions);
    const int before = suggestions->rowCount();
    names->setChecked(true);
    CHECK(suggestions->rowCount() == before + 6);
    names->setChecked(false);
    CHECK(suggestions->rowCount() == before);
}
