// Issue 13, part B: the school's name, printing what you see, mentor lists,
// PDF names, and a new round that is not an emergency.
#include "GuiFixture.h"

#include "ConnectionAnalysis.h"
#include "DemoSchool.h"
#include "MentorListView.h"
#include "OneRoster.h"
#include "OneRosterFixture.h"
#include "ReportPrinting.h"
#include "ReportRenderer.h"
#include "RoundsPage.h"
#include "UnconnectedPage.h"
#include "WindowViews.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using cmtest::GuiSchool;

namespace {

cmtest::CliRun caringmap(const QStringList& args) {
    return cmtest::runCaringmap(QStringLiteral(CARINGMAP_EXE), args);
}

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The PDF's text, one string per page.
QStringList pdfPages(const QString& path) {
    QStringList pages =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// CARINGMAP_SHOTS=DIR: saves the window at 1366x768 as DIR/NAME.png, to look
// at what the tests drive (nothing is written otherwise).
void shot(GuiSchool& g, const QString& name) {
    const QString dir = qEnvironmentVariable("CARINGMAP_SHOTS");
    if (dir.isEmpty())
        return;
    g.window->resize(1366, 768);
    QTest::qWait(50);
    g.window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

cm::WindowViews* views(GuiSchool& g) {
    auto* v = g.window->findChild<cm::WindowViews*>();
    REQUIRE(v != nullptr);
    return v;
}

// Two go-to adults with one student each, through the document.
QVector<cm::RowId> giveTwoMentors(GuiSchool& g) {
    const cm::ConnectionAnalysis a =
        cm::ConnectionAnalysis::load(g.context.storage(), g.context.viewedRound());
    REQUIRE(a.unconnected().size() >= 2);
    QVector<cm::RowId> adults;
    for (const cm::Adult& adult : g.context.adults()) {
        if (adult.active && adults.size() < 2)
            adults.push_back(adult.id);
    }
    for (int i = 0; i < 2; ++i)
        REQUIRE(g.context
                    .assignMentor(a.unconnected()[i].id, adults[i], QDate::currentDate(),
                                  QStringLiteral("Check in weekly"), g.context.viewedRound())
                    .ok());
    return adults;
}

} // namespace

TEST_CASE("school name: set and printed by the command line, used by reports", "[counselor]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("riverside.sqlite"));
    REQUIRE(caringmap({"--db", db, "demo", "--students", "60", "--adults", "8"}).code == 0);
    const cmtest::CliRun set = caringmap({"--db", db, "school", "name", "Riverside High School"});
    INFO(set.err.toStdString());
    CHECK(set.code == 0);
    const cmtest::CliRun get = caringmap({"--db", db, "school", "name"});
    CHECK(get.code == 0);
    CHECK(get.out.trimmed() == QStringLiteral("Riverside High School"));
    CHECK(caringmap({"--db", db, "school", "name", " "}).code == 2);
    CHECK(caringmap({"--db", db, "school"}).code == 2);

    const QString pdf = dir.filePath(QStringLiteral("list.pdf"));
    REQUIRE(caringmap({"--db", db, "report", "unconnected", "--output", pdf}).code == 0);
    const QStringList pages = pdfPages(pdf);
    REQUIRE_FALSE(pages.isEmpty());
    CHECK(pages.first().contains(QStringLiteral("Riverside High School")));
    CHECK_FALSE(pages.first().contains(QStringLiteral("riverside.sqlite")));
    const cmtest::CliRun help = caringmap({"--help"});
    CHECK(help.out.contains(QStringLiteral("school name")));
    CHECK(help.out.contains(QStringLiteral("report mentors")));
    CHECK(help.out.contains(QStringLiteral("--grade")));
}

TEST_CASE("school name: a OneRoster import names an unnamed school, --school takes the code",
          "[counselor]") {
    cmtest::TempSchool school;
    const QString zip = OneRosterFixture::twoSchools().writeZip(school.dir() + "/district.zip");
    cm::OneRosterOptions byCode;
    byCode.school = QStringLiteral("rhs"); // Roosevelt High's identifier
    const cm::Result<cm::RosterReport> r = school.document().importOneRoster(zip, byCode);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->students.added == 1);
    CHECK(school.document().storedSchoolName() == QStringLiteral("Roosevelt High"));

    // A name the counselor gave stays.
    REQUIRE(school.document().setSchoolName(QStringLiteral("Roosevelt High School")).ok());
    REQUIRE(school.document().importOneRoster(zip, byCode).ok());
    CHECK(school.document().schoolName() == QStringLiteral("Roosevelt High School"));

    cm::OneRosterOptions wrong;
    wrong.school = QStringLiteral("XYZ");
    const cm::Result<cm::RosterReport> bad = school.document().importOneRoster(zip, wrong);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.message().contains(QStringLiteral("Lincoln Middle (LMS)")));
}

TEST_CASE("school name: Settings > School name sets the window title", "[counselor][gui]") {
    GuiSchool g(true, true, true);
    CHECK(g.window->windowTitle().startsWith(QStringLiteral("Maple Grove Middle School")));
    g.fake.texts << QStringLiteral("Riverside High School");
    QAction* action = g.find<QAction>(QStringLiteral("actionSchoolName"));
    REQUIRE(action != nullptr);
    action->trigger();
    CHECK(g.window->windowTitle().startsWith(QStringLiteral("Riverside High School (")));
    CHECK(g.context.storedSchoolName() == QStringLiteral("Riverside High School"));
    CHECK(cm::ReportRenderer::unconnectedTable(
              cm::UnconnectedReportData::load(g.context.storage(), g.context.viewedRoundInfo()))
              .subtitleLines.first() == QStringLiteral("Riverside High School"));
}

TEST_CASE("print what you see: the filtered Unconnected page prints only that grade",
          "[counselor][gui]") {
    GuiSchool g(true, true, true);
    g.window->showPage(QStringLiteral("unconnectedPage"));
    auto* page =
        qobject_cast<cm::UnconnectedPage*>(g.window->page(QStringLiteral("unconnectedPage")));
    REQUIRE(page != nullptr);
    page->setFilter(QStringLiteral("08"), QString());
    REQUIRE(page->filter().grade == QStringLiteral("08"));
    shot(g, QStringLiteral("unconnected-grade-08"));

    QString suggested;
    const QString pdf = g.school.dir() + QStringLiteral("/grade8.pdf");
    views(g)->choosePdf = [&](QWidget*, const QString& s) {
        suggested = s;
        return pdf;
    };
    QAction* save = g.find<QAction>(
        QStringLiteral("unconnectedPrint%1").arg(int(cm::UnconnectedPage::SavePdf)));
    REQUIRE(save != nullptr);
    save->trigger();
    REQUIRE(QFileInfo::exists(pdf));

    // The suggested name: report, grade, round and date, in Documents.
    const QString round = g.context.viewedRoundInfo().name.toLower().replace(' ', '-');
    CHECK(QFileInfo(suggested).fileName() ==
          QStringLiteral("unconnected-grade-08-%1-%2.pdf")
              .arg(round, QDate::currentDate().toString(Qt::ISODate)));
    CHECK(QFileInfo(suggested).absolutePath() ==
          QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .absoluteFilePath());

    const QString text = pdfPages(pdf).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Grade 08")));
    CHECK(text.contains(QStringLiteral("students in Grade 08")));
    // Only grade 8's students: no other grade's unconnected student is on it.
    const cm::ConnectionAnalysis a =
        cm::ConnectionAnalysis::load(g.context.storage(), g.context.viewedRound());
    int eighth = 0;
    for (const cm::Student& s : a.unconnected()) {
        INFO(s.studentId.toStdString() << " grade " << s.grade.toStdString());
        if (s.grade == QLatin1String("08")) {
            ++eighth;
            CHECK(text.contains(s.studentId));
        } else {
            CHECK_FALSE(text.contains(s.studentId));
        }
    }
    CHECK(eighth > 0);
    CHECK(text.contains(QStringLiteral("%1 of ").arg(eighth)));
    CHECK_FALSE(text.contains(QStringLiteral("Grade 07")));

    // Elsewhere in the window, the Reports menu prints the whole school.
    g.window->showPage(QStringLiteral("studentsPage"));
    const QString whole = g.school.dir() + QStringLiteral("/whole.pdf");
    views(g)->choosePdf = [&](QWidget*, const QString&) { return whole; };
    g.find<QAction>(QStringLiteral("actionPdfUnconnected"))->trigger();
    CHECK(pdfPages(whole).join(QLatin1Char('\n')).contains(QStringLiteral("Grade 07")));
}

TEST_CASE("print what you see: report unconnected --grade and --homeroom", "[counselor]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(caringmap({"--db", db, "demo"}).code == 0);
    const QString pdf = dir.filePath(QStringLiteral("g7.pdf"));
    const cmtest::CliRun r =
        caringmap({"--db", db, "report", "unconnected", "--grade", "07", "--output", pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("students in Grade 07")));
    const QString text = pdfPages(pdf).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Grade 07")));
    CHECK_FALSE(text.contains(QStringLiteral("Grade 06")));
    CHECK_FALSE(text.contains(QStringLiteral("Grade 08")));

    const QString room = dir.filePath(QStringLiteral("7a.pdf"));
    REQUIRE(caringmap({"--db", db, "report", "unconnected", "--homeroom", "7A", "--output", room})
                .code == 0);
    const QString roomText = pdfPages(room).join(QLatin1Char('\n'));
    CHECK(roomText.contains(QStringLiteral("Homeroom 7A")));
    CHECK_FALSE(roomText.contains(QRegularExpression(QStringLiteral("\\b7B\\b"))));

    const cmtest::CliRun typo =
        caringmap({"--db", db, "report", "unconnected", "--grade", "77", "--output", pdf});
    CHECK(typo.code == 1);
    CHECK(typo.err.contains(QStringLiteral("Grade 77")));
    CHECK(caringmap({"--db", db, "report", "summary", "--grade", "07", "--output", pdf}).code == 2);
}

TEST_CASE("mentor lists: every mentor's list in one PDF, one mentor per page", "[counselor][gui]") {
    GuiSchool g(true, true, true);
    const QVector<cm::RowId> mentors = giveTwoMentors(g);
    CHECK(cm::ReportRenderer::mentorsWithMatches(g.context.storage()).size() == 2);
    const QString pdf = g.school.dir() + QStringLiteral("/mentors.pdf");
    QString suggested;
    views(g)->choosePdf = [&](QWidget*, const QString& s) {
        suggested = s;
        return pdf;
    };
    // The Reports menu has them too.
    REQUIRE(g.find<QAction>(QStringLiteral("actionPdfMentors")) != nullptr);
    g.window->showPage(QStringLiteral("mentorPage"));
    shot(g, QStringLiteral("mentor-lists"));
    g.find<QAction>(QStringLiteral("mentorPrint%1").arg(int(cm::MentorListView::PdfEveryMentor)))
        ->trigger();
    CHECK(QFileInfo(suggested).fileName() ==
          QStringLiteral("mentor-lists-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const QString name = g.context.adult(mentors[i])->displayName();
        INFO(name.toStdString());
        CHECK(pages[0].contains(name) != pages[1].contains(name)); // on exactly one page
        CHECK(pages[i].contains(QStringLiteral("You are the go-to adult for 1 student")));
    }

    // The list shown: one mentor.
    auto* view = qobject_cast<cm::MentorListView*>(g.window->page(QStringLiteral("mentorPage")));
    REQUIRE(view != nullptr);
    view->setAdult(mentors[1]);
    const QString one = g.school.dir() + QStringLiteral("/one.pdf");
    views(g)->choosePdf = [&](QWidget*, const QString&) { return one; };
    g.find<QAction>(QStringLiteral("mentorPrint%1").arg(int(cm::MentorListView::PdfShown)))
        ->trigger();
    const QStringList onePages = pdfPages(one);
    REQUIRE(onePages.size() == 1);
    CHECK(onePages.first().contains(g.context.adult(mentors[1])->displayName()));
    CHECK_FALSE(onePages.first().contains(g.context.adult(mentors[0])->displayName()));
}

TEST_CASE("mentor lists: report mentors writes every go-to adult", "[counselor]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(caringmap({"--db", db, "demo", "--students", "120", "--adults", "12"}).code == 0);
    const cmtest::CliRun apply = caringmap({"--db", db, "match", "suggest", "--apply"});
    INFO(apply.err.toStdString());
    REQUIRE(apply.code == 0);
    const QString pdf = dir.filePath(QStringLiteral("mentors.pdf"));
    const cmtest::CliRun r = caringmap({"--db", db, "report", "mentors", "--output", pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("the lists of (\\d+) go-to adult")).match(r.out);
    REQUIRE(m.hasMatch());
    const int adults = m.captured(1).toInt();
    CHECK(adults > 1);
    const QStringList pages = pdfPages(pdf);
    CHECK(pages.size() >= adults);
    CHECK(pages.filter(QStringLiteral("You are the go-to adult for")).size() == adults);
    CHECK(caringmap({"--db", db, "report", "mentors", "--adult", "T1", "--output", pdf}).code == 2);
}

TEST_CASE("new round: creating one keeps the viewed round, and it says no marks yet",
          "[counselor][gui]") {
    GuiSchool g(true, true, true);
    const cm::Round fall = g.context.viewedRoundInfo();
    const int unconnected = g.context.totals().unconnected;
    REQUIRE(unconnected > 0);
    const QString before = g.statusText();

    g.window->showPage(QStringLiteral("roundsPage"));
    g.fake.texts << QStringLiteral("Spring 2099");
    g.window->findChild<QPushButton*>(QStringLiteral("newRound"))->click();
    CHECK(g.context.viewedRound() == fall.id);
    CHECK(g.statusText() == before);
    REQUIRE_FALSE(g.fake.infos.isEmpty());
    CHECK(g.fake.infos.last().contains(QStringLiteral("Spring 2099")));
    auto* table = g.window->findChild<QTableWidget*>(QStringLiteral("roundTable"));
    REQUIRE(table != nullptr);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Spring 2099"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("no marks yet"));
    shot(g, QStringLiteral("rounds-new-round"));

    // The counselor chooses it: every view says "no marks yet".
    table->setCurrentCell(0, 0);
    g.window->findChild<QPushButton*>(QStringLiteral("viewRound"))->click();
    const QString expected =
        QStringLiteral("Spring 2099: no marks yet; the last mapped round is %1, %2 unconnected")
            .arg(fall.name)
            .arg(unconnected);
    CHECK(g.statusText() == expected);
    g.window->showPage(QStringLiteral("unconnectedPage"));
    auto* empty = g.window->findChild<QLabel*>(QStringLiteral("unconnectedEmpty"));
    REQUIRE(empty != nullptr);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("no marks yet")));
    shot(g, QStringLiteral("unconnected-no-marks"));
    g.window->showPage(QStringLiteral("dashboardPage"));
    auto* heading = g.window->findChild<QLabel*>(QStringLiteral("dashboardHeading"));
    REQUIRE(heading != nullptr);
    CHECK(heading->text().endsWith(expected));
    shot(g, QStringLiteral("dashboard-no-marks"));
    const cm::UnconnectedReportData d =
        cm::UnconnectedReportData::load(g.context.storage(), g.context.viewedRoundInfo());
    CHECK(d.noMarks == expected);
    CHECK(d.sections.isEmpty());

    // Reopening the school shows the last round with marks.
    REQUIRE(g.window->openSchool(g.school.dbPath()).ok());
    CHECK(g.context.viewedRound() == fall.id);
}

TEST_CASE("new round: the command line says no marks yet and suggests no matches", "[counselor]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(caringmap({"--db", db, "demo"}).code == 0);
    REQUIRE(caringmap({"--db", db, "round", "new", "Spring 2099"}).code == 0);
    const cmtest::CliRun u = caringmap({"--db", db, "unconnected"});
    CHECK(u.code == 0);
    CHECK(u.out.startsWith(QStringLiteral("Spring 2099: no marks yet; the last mapped round is ")));
    CHECK_FALSE(u.out.contains(QStringLiteral(" of ")));
    const cmtest::CliRun s = caringmap({"--db", db, "summary"});
    CHECK(s.code == 0);
    CHECK(s.out.contains(QStringLiteral("no marks yet")));
    CHECK_FALSE(s.out.contains(QStringLiteral("Active students")));
    const cmtest::CliRun j = caringmap({"--db", db, "summary", "--format", "json"});
    CHECK(cmtest::jsonObject(j.out).value(QStringLiteral("no_marks_yet")).toBool());
    const cmtest::CliRun m = caringmap({"--db", db, "match", "suggest"});
    CHECK(m.code == 1);
    CHECK(m.err.contains(QStringLiteral("no marks yet")));
    const QString pdf = dir.filePath(QStringLiteral("empty.pdf"));
    const cmtest::CliRun r = caringmap({"--db", db, "report", "unconnected", "--output", pdf});
    CHECK(r.code == 0);
    CHECK(pdfPages(pdf).join(QLatin1Char('\n')).contains(QStringLiteral("no marks yet")));
}

TEST_CASE("student numbers: OneRoster's identifier is shown and printed, sourcedId matches",
          "[counselor]") {
    cmtest::TempSchool school;
    OneRosterFixture f = OneRosterFixture::oneSchool();
    const QString dir = f.writeFolder(school.dir() + "/or");
    REQUIRE(school.document().importOneRoster(dir, {}).ok());
    const std::optional<cm::Student> jose =
        school.document().storage().studentByExternalId(QStringLiteral("u1"));
    REQUIRE(jose);
    CHECK(jose->studentNumber == QStringLiteral("1001"));
    CHECK(jose->shownId() == QStringLiteral("1001"));

    // Without an identifier, the first of userIds; the same student (sourcedId) is updated.
    QByteArray users = f.files.value(QStringLiteral("users.csv"));
    users.replace("jlopez,,Jos", "jlopez,{SIS:A-1001},Jos");
    users.replace("pez,,1001,", "pez,,,");
    f.files[QStringLiteral("users.csv")] = users;
    const cm::Result<cm::RosterReport> again =
        school.document().importOneRoster(f.writeFolder(school.dir() + "/or2"), {});
    INFO(again.message().toStdString());
    REQUIRE(again.ok());
    CHECK(again->students.added == 0);
    CHECK(again->students.updated == 1);
    const std::optional<cm::Student> updated =
        school.document().storage().studentByExternalId(QStringLiteral("u1"));
    REQUIRE(updated);
    CHECK(updated->studentNumber == QStringLiteral("A-1001"));
    CHECK(updated->id == jose->id);

    // Printed: the unconnected list shows the number, not the sourcedId.
    REQUIRE(school.document().createRound(QStringLiteral("Fall")).ok());
    const cm::Student other = *school.document().storage().studentByExternalId("u2");
    REQUIRE(school.document()
                .setMark(school.document().viewedRound(),
                         school.document().storage().adultByExternalId("t1")->id, other.id,
                         cm::MarkKind::Connected)
                .ok());
    const cm::ReportTable t = cm::ReportRenderer::unconnectedTable(cm::UnconnectedReportData::load(
        school.document().storage(), school.document().viewedRoundInfo()));
    QStringList ids;
    for (const cm::ReportTable::Section& s : t.sections)
        for (const QStringList& row : s.rows)
            ids << row.at(1);
    CHECK(ids.contains(QStringLiteral("A-1001")));
    CHECK_FALSE(ids.contains(QStringLiteral("u1")));
}
