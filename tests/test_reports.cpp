// The printed reports, read back from the PDFs with poppler-utils.
#include "TestSupport.h"

#include "DemoSchool.h"
#include "Mentoring.h"
#include "PdfOutput.h"
#include "ReportPrinting.h"
#include "ReportRenderer.h"
#include "SchoolFigures.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>

using cm::MarkKind;
using cm::RowId;

namespace {

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The PDF's text, one string per page.
QStringList pdfPages(const QString& path) {
    const QString text = run(QStringLiteral("pdftotext"), {"-layout", path, "-"});
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pdfPageCount(const QString& path) {
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageSizeLine(const QString& path) {
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)")).match(info);
    return m.captured(1);
}

cm::ReportRequest request(cm::ReportRequest::Kind kind, const cm::Round& round) {
    cm::ReportRequest r;
    r.kind = kind;
    r.round = round;
    return r;
}

QString writeReport(cmtest::TempSchool& school, const cm::ReportRequest& req, const QString& name,
                    const QPageSize& size = QPageSize(QPageSize::Letter), int* pages = nullptr) {
    const QString path = school.dir() + QLatin1Char('/') + name;
    const cm::Status st = cm::ReportPrinting(school.storage(), req).writePdf(path, size, pages);
    REQUIRE(st.ok());
    return path;
}

} // namespace

TEST_CASE("reports: the unconnected list names every unconnected student", "[reports]") {
    cmtest::TempSchool school;
    cm::Storage& st = school.storage();
    REQUIRE(st.setSetting("school_name", "Cedar Hill Middle School").ok());
    const RowId ana = school.student("1001", "Ana", "Ávila", "06", "6A");
    school.student("1002", "Benjamin", "Okafor", "06", "6B");
    const RowId cy = school.student("1003", "Cyrus", "Chen", "07", "7A");
    school.student("1004", "Dora", "Diaz", "07", "7B", false); // inactive: not listed
    cm::Student pref = *st.studentById(cy);
    pref.preferredName = "Cy";
    REQUIRE(st.updateStudent(pref).ok());
    const RowId kim = school.adult("A1", "Kim", "Lee");
    const RowId raj = school.adult("A2", "Raj", "Patel");
    const cm::Round round = *st.createRound("Fall 2026");
    REQUIRE(st.setMark(round.id, kim, ana, MarkKind::Connected).ok());
    REQUIRE(st.setMark(round.id, raj, cy, MarkKind::Concern).ok());
    REQUIRE(st.exec("INSERT INTO mentor_match(student_id, adult_id, start_date, first_follow_up,"
                    " second_follow_up, created_at) VALUES (?, ?, '2026-10-01', '2026-10-15',"
                    " '2026-10-29', '2026-10-01')",
                    {cy, kim})
                .ok());

    int pages = 0;
    const QString path = writeReport(school, request(cm::ReportRequest::Kind::Unconnected, round),
                                     "list.pdf", QPageSize(QPageSize::Letter), &pages);
    CHECK(pages == 1);
    CHECK(pdfPageCount(path) == 1);
    const QString text = pdfPages(path).join(QString());
    CHECK(text.contains("Students without a caring adult connection"));
    CHECK(text.contains("Cedar Hill Middle School"));
    CHECK(text.contains("Fall 2026"));
    CHECK(text.contains("2 of 3 students have no caring adult connection"));
    CHECK(text.contains("Okafor, Benjamin"));
    CHECK(text.contains("Chen, Cy")); // the preferred name
    CHECK_FALSE(text.contains("Cyrus"));
    CHECK_FALSE(text.contains("Ávila"));
    CHECK_FALSE(text.contains("Diaz"));
    CHECK(text.contains("Raj Patel")); // concern flagged by
    CHECK(text.contains("Kim Lee"));   // assigned adult
    CHECK(text.contains("Volunteer adult"));
    CHECK(text.contains("Grade 06"));
    CHECK(text.contains("Grade 07"));
    CHECK(text.contains("Confidential: student information"));
    CHECK(text.contains("Page 1 of 1"));
    CHECK(pageSizeLine(path).contains("612 x 792"));

    // Owner-only, since it names students.
    CHECK(QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("reports: a long list repeats the header and counts its pages", "[reports]") {
    cmtest::TempSchool school;
    cm::Storage& st = school.storage();
    {
        cm::Storage::Transaction tx(st);
        for (int i = 0; i < 400; ++i) {
            school.student(QStringLiteral("S%1").arg(i, 4, 10, QLatin1Char('0')),
                           QStringLiteral("Given%1").arg(i), QStringLiteral("Family%1").arg(i),
                           QStringLiteral("%1").arg(6 + i % 3, 2, 10, QLatin1Char('0')),
                           QStringLiteral("H%1").arg(i % 16));
        }
        REQUIRE(tx.commit().ok());
    }
    const cm::Round round = *st.createRound("Spring 2027");
    // One "may benefit" mark: the round is mapped and every student still unconnected (a
    // round without marks prints "no marks yet" instead of the list).
    const RowId watcher = school.adult("W1", "Wen", "Watcher");
    REQUIRE(
        st.setMark(round.id, watcher, st.studentByExternalId("S0000")->id, MarkKind::Concern).ok());
    for (const QPageSize& size : {QPageSize(QPageSize::Letter), QPageSize(QPageSize::A4)}) {
        int pages = 0;
        const QString path = writeReport(
            school, request(cm::ReportRequest::Kind::Unconnected, round), "long.pdf", size, &pages);
        const QStringList text = pdfPages(path);
        INFO(size.name().toStdString());
        CHECK(pdfPageCount(path) == pages);
        REQUIRE(text.size() == pages);
        // About 30 rows a page: 400 rows and three grade headings.
        CHECK(pages >= 11);
        CHECK(pages <= 16);
        int rows = 0;
        for (int p = 0; p < pages; ++p) {
            CHECK(text[p].contains("Volunteer adult"));
            CHECK(text[p].contains("Concern"));
            CHECK(text[p].contains("Assigned"));
            CHECK(text[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages)));
            CHECK(text[p].contains("Confidential: student information"));
            rows += int(text[p].count(QRegularExpression(QStringLiteral("Family\\d+, Given"))));
        }
        CHECK(rows == 400);
        const QString all = text.join(QString());
        CHECK(all.contains("400 of 400 students have no caring adult connection"));
        for (int i = 0; i < 400; i += 37)
            CHECK(all.contains(QStringLiteral("Family%1, Given%1 ").arg(i)));
        CHECK(all.contains("(continued)"));
    }
}

TEST_CASE("reports: grouped by homeroom and the empty list", "[reports]") {
    cmtest::TempSchool school;
    cm::Storage& st = school.storage();
    const RowId a = school.student("1", "Ann", "Ames", "06", "6B");
    const RowId b = school.student("2", "Bob", "Burr", "07", "6A");
    const RowId kim = school.adult("A1", "Kim", "Lee");
    const cm::Round round = *st.createRound("Fall");
    REQUIRE(st.setMark(round.id, kim, a, MarkKind::Concern).ok()); // mapped, still unconnected
    cm::ReportRequest req = request(cm::ReportRequest::Kind::Unconnected, round);
    req.groupBy = cm::UnconnectedReportData::GroupBy::Homeroom;
    QString text = pdfPages(writeReport(school, req, "hr.pdf")).join(QString());
    CHECK(text.contains("Homeroom 6A"));
    CHECK(text.contains("Homeroom 6B"));
    CHECK(text.indexOf("Burr, Bob") < text.indexOf("Ames, Ann"));

    REQUIRE(st.setMark(round.id, kim, a, MarkKind::Connected).ok());
    REQUIRE(st.setMark(round.id, kim, b, MarkKind::Connected).ok());
    text = pdfPages(writeReport(school, req, "none.pdf")).join(QString());
    CHECK(text.contains("0 of 2 students have no caring adult connection"));
    CHECK(text.contains("Every active student has at least one caring adult."));
}

TEST_CASE("reports: the marking sheet lists the active roster by homeroom", "[reports]") {
    cmtest::TempSchool school;
    cm::Storage& st = school.storage();
    {
        cm::Storage::Transaction tx(st);
        for (int i = 0; i < 120; ++i)
            school.student(QStringLiteral("M%1").arg(i), QStringLiteral("Kid%1").arg(i),
                           QStringLiteral("Roster%1").arg(i), QStringLiteral("07"),
                           QStringLiteral("7%1").arg(QChar('A' + i % 4)));
        school.student("GONE", "Left", "Already", "07", "7A", false);
        REQUIRE(tx.commit().ok());
    }
    const cm::Round round = *st.createRound("Fall");
    int pages = 0;
    const QString path = writeReport(school, request(cm::ReportRequest::Kind::MarkingSheet, round),
                                     "sheet.pdf", QPageSize(QPageSize::A4), &pages);
    const QStringList text = pdfPages(path);
    REQUIRE(text.size() == pages);
    CHECK(pages > 1);
    CHECK(pageSizeLine(path).contains("A4"));
    for (const QString& page : text) {
        CHECK(page.contains("Positive, trusting"));
        CHECK(page.contains("May benefit"));
    }
    const QString all = text.join(QString());
    for (int i = 0; i < 120; ++i)
        CHECK(all.contains(QStringLiteral("Roster%1, Kid%1 ").arg(i)));
    CHECK_FALSE(all.contains("Already"));
    CHECK(all.contains("Homeroom 7A"));
    CHECK(all.contains("Homeroom 7D"));
    CHECK(all.contains("Staff member:"));
}

TEST_CASE("reports: the summary shows the core figures on two pages", "[reports]") {
    cmtest::TempSchool school;
    cm::DemoOptions o;
    o.students = 300;
    o.adults = 30;
    REQUIRE(cm::DemoSchool::create(school.storage(), o).ok());
    const cm::Round round = *school.storage().resolveRound(QString());
    const cm::SchoolFigures f = cm::SchoolFigures::compute(school.storage(), round);
    int pages = 0;
    const QString path = writeReport(school, request(cm::ReportRequest::Kind::Summary, round),
                                     "summary.pdf", QPageSize(QPageSize::Letter), &pages);
    CHECK(pages == 2);
    CHECK(pdfPageCount(path) == 2);
    const QString text = pdfPages(path).join(QString());
    CHECK(text.contains("Relationship mapping: summary"));
    CHECK(text.contains(QString::number(f.studentsActive)));
    CHECK(text.contains(QString::number(f.unconnected)));
    CHECK(text.contains(QString::number(f.percentConnected(), 'f', 1) + "%"));
    CHECK(text.contains("Caring adults per student"));
    CHECK(text.contains("Percent connected by grade"));
    CHECK(text.contains("Equity"));
    CHECK(text.contains("Change over rounds"));
    for (const cm::AdultParticipation& a : f.notMarked())
        CHECK(text.contains(a.name));
    CHECK(text.contains("Page 2 of 2"));
}

TEST_CASE("reports: a failed write leaves nothing behind", "[reports]") {
    cmtest::TempSchool school;
    const cm::Round round = *school.storage().createRound("Fall");
    const QString path = school.dir() + "/no/such/folder/list.pdf";
    const cm::Status st =
        cm::ReportPrinting(school.storage(), request(cm::ReportRequest::Kind::Unconnected, round))
            .writePdf(path, QPageSize(QPageSize::A4));
    CHECK_FALSE(st.ok());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("reports: the report command writes PDFs and rejects mistakes", "[reports]") {
    cmtest::TempSchool school;
    cm::DemoOptions o;
    o.students = 120;
    o.adults = 12;
    REQUIRE(cm::DemoSchool::create(school.storage(), o).ok());
    const cm::SchoolFigures f =
        cm::SchoolFigures::compute(school.storage(), *school.storage().resolveRound(QString()));
    auto caringmap = [&](const QStringList& args, QString* out = nullptr) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command picks offscreen itself
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CARINGMAP_EXE), QStringList{"--db", school.dbPath()} + args);
        p.waitForFinished(60000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    const QString pdf = school.dir() + "/cli.pdf";
    QString out;
    CHECK(caringmap({"report", "unconnected", "--output", pdf, "--group-by", "homeroom",
                     "--page-size", "a4"},
                    &out) == 0);
    CHECK(out.contains(QStringLiteral("%1 of %2").arg(f.unconnected).arg(f.studentsActive)));
    const QString text = pdfPages(pdf).join(QString());
    CHECK(text.contains(QStringLiteral("%1 of %2 students have no caring adult connection")
                            .arg(f.unconnected)
                            .arg(f.studentsActive)));
    CHECK(text.contains("Homeroom "));
    CHECK(caringmap({"report", "marking-sheet", "--output", school.dir() + "/m.pdf"}) == 0);
    CHECK(pdfPageCount(school.dir() + "/m.pdf") > 0);
    CHECK(caringmap({"report", "summary", "--output", school.dir() + "/s.pdf", "--round",
                     school.storage().rounds().first().name}) == 0);
    CHECK(pdfPageCount(school.dir() + "/s.pdf") == 2);

    CHECK(caringmap({"report", "--help"}, &out) == 0);
    CHECK(out.contains("--group-by grade|homeroom"));
    CHECK(caringmap({"report", "unconnected"}) == 2);
    CHECK(caringmap({"report", "--output", pdf}) == 2);
    CHECK(caringmap({"report", "frobnicate", "--output", pdf}) == 2);
    CHECK(caringmap({"report", "unconnected", "--output", pdf, "--group-by", "shoe"}) == 2);
    CHECK(caringmap({"report", "unconnected", "--output", pdf, "--round", "Never"}) == 1);
}

TEST_CASE("reports: the same renderer paints on a printer", "[reports]") {
    cmtest::TempSchool school;
    const RowId ann = school.student("1", "Ann", "Ames", "06", "6B");
    const cm::Round round = *school.storage().createRound("Fall");
    REQUIRE(school.storage()
                .setMark(round.id, school.adult("A1", "Kim", "Lee"), ann, MarkKind::Concern)
                .ok());
    const QString path = school.dir() + "/printer.pdf";
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    CHECK(cm::ReportRenderer::render(school.storage(),
                                     request(cm::ReportRequest::Kind::Unconnected, round),
                                     &printer) == 1);
    const QString text = pdfPages(path).join(QString());
    CHECK(text.contains("Ames, Ann"));
    CHECK(text.contains("1 of 1 students has no caring adult connection"));
    CHECK(text.contains("Grade 06: 1 student"));
}

TEST_CASE("reports: the print preview dialog paints the report", "[reports]") {
    cmtest::TempSchool school;
    school.student("1", "Ann", "Ames", "06", "6B");
    const cm::Round round = *school.storage().createRound("Fall");
    cm::ReportPrinting printing(school.storage(),
                                request(cm::ReportRequest::Kind::Unconnected, round));
    QPointer<QPrintPreviewDialog> dialog = printing.createPreviewDialog(nullptr);
    int painted = 0;
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, [&] { ++painted; });
    dialog->show();
    QApplication::processEvents();
    CHECK(painted >= 1);
    dialog->close();
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(dialog.isNull());
}

TEST_CASE("reports: the help names the report command", "[reports]") {
    QProcess p;
    p.start(QStringLiteral(CARINGMAP_EXE), {"--help"});
    REQUIRE(p.waitForFinished(30000));
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(help.contains("report unconnected|marking-sheet|summary|voice --output FILE.pdf"));
}

TEST_CASE("reports: a mentor's own list shows mentees with plan and follow-up dates", "[reports]") {
    cmtest::TempSchool school;
    cm::Storage& st = school.storage();
    const RowId mei = school.student("0000042", "Mei", "Zhang");
    school.student("0000043", "Ana", "Lopez");
    const RowId tia = school.adult("T1", "Tia", "Ray");
    const RowId uri = school.adult("T2", "Uri", "Sol");
    const cm::Result<RowId> match =
        cm::Mentoring::assign(st, mei, tia, QDate(2026, 10, 1), QStringLiteral("Lunch on Fridays"));
    REQUIRE(match.ok());
    REQUIRE(cm::Mentoring::addCheckIn(st, *match, cm::CheckInStatus::Trying,
                                      QStringLiteral("shy at first"), QDate(2026, 10, 20))
                .ok());
    const cm::MentorMatch m = *cm::Mentoring::matchById(st, *match);

    cm::ReportRequest req = request(cm::ReportRequest::Kind::Mentor, *st.resolveRound(QString()));
    req.adultId = tia;
    const QString text = pdfPages(writeReport(school, req, "mentor.pdf")).join(QString());
    CHECK(text.contains("My go-to students"));
    CHECK(text.contains("Tia Ray"));
    CHECK(text.contains("You are the go-to adult for 1 student"));
    CHECK(text.contains("Plan: Lunch on Fridays"));
    CHECK(text.contains("Zhang, Mei"));
    CHECK_FALSE(text.contains("Lopez"));
    CHECK(text.contains(m.firstFollowUp.toString(Qt::ISODate)));
    CHECK(text.contains(m.secondFollowUp.toString(Qt::ISODate)));
    CHECK(text.contains("2026-10-20"));
    CHECK(text.contains("Confidential: student information"));

    req.adultId = uri;
    const QString none = pdfPages(writeReport(school, req, "none.pdf")).join(QString());
    CHECK(none.contains("No students are assigned to you yet."));
}

TEST_CASE("reports: the mentor report command needs a known adult", "[reports]") {
    cmtest::TempSchool school;
    REQUIRE(cm::DemoSchool::create(school.storage(), {60, 6, 3}).ok());
    auto caringmap = [&](const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CARINGMAP_EXE), QStringList{"--db", school.dbPath()} + args);
        p.waitForFinished(60000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    const QString pdf = school.dir() + "/mentor.pdf";
    CHECK(caringmap({"report", "mentor", "--output", pdf}) == 2);
    CHECK(caringmap({"report", "unconnected", "--adult", "T101", "--output", pdf}) == 2);
    CHECK(caringmap({"report", "mentor", "--adult", "NOBODY", "--output", pdf}) == 1);
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(caringmap({"report", "mentor", "--adult", "T101", "--output", pdf}) == 0);
    CHECK(pdfPages(pdf).join(QString()).contains("My go-to students"));
}
