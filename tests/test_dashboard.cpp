// The Dashboard rendered offscreen: its charts show the core's figures.
#include "TestSupport.h"

#include "ChartPanel.h"
#include "ConnectionAnalysis.h"
#include "Dashboard.h"
#include "DemoSchool.h"
#include "SchoolFigures.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QFileInfo>
#include <QImage>
#include <QLineSeries>
#include <QProcess>

#include <cmath>
#include <memory>

using K = cm::ChartFactory::Kind;

namespace {

struct DemoFixture {
    cmtest::TempSchool school;
    DemoFixture() {
        cm::DemoOptions o;
        o.students = 480;
        o.adults = 48;
        REQUIRE(cm::DemoSchool::create(school.storage(), o).ok());
    }
};

QList<qreal> values(cm::ChartPanel* panel, int set = 0) {
    const auto series = panel->chart()->series();
    for (QAbstractSeries* s : series) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            QList<qreal> out;
            const QBarSet* b = bars->barSets().at(set);
            for (int i = 0; i < b->count(); ++i)
                out << b->at(i);
            return out;
        }
    }
    return {};
}

double oneDecimal(double v) {
    return std::round(v * 10.0) / 10.0;
}

} // namespace

TEST_CASE("dashboard: charts show the core figures", "[dashboard]") {
    DemoFixture t;
    cm::Dashboard d(t.school.storage());
    d.resize(1280, 800);
    d.show();
    QApplication::processEvents();
    const cm::Round round = t.school.storage().rounds().last();
    const cm::SchoolFigures f = cm::SchoolFigures::compute(t.school.storage(), round);
    CHECK(d.figures().unconnected == f.unconnected);
    CHECK(d.figures().studentsActive == f.studentsActive);

    // Caring adults per student: 0, 1, 2, 3, 4+.
    const QList<qreal> perStudent = values(d.panel(K::AdultsPerStudent));
    REQUIRE(perStudent.size() == 5);
    for (int i = 0; i < 5; ++i)
        CHECK(perStudent[i] == f.adultsPerStudent[i]);
    CHECK(perStudent[0] == f.unconnected);

    const QList<qreal> grades = values(d.panel(K::ByGrade));
    REQUIRE(grades.size() == f.byGrade.size());
    for (int i = 0; i < grades.size(); ++i)
        CHECK(grades[i] == Approx(oneDecimal(f.byGrade[i].percentConnected())));

    // Horizontal charts list top to bottom: the series runs bottom to top.
    const QList<qreal> rooms = values(d.panel(K::ByHomeroom));
    REQUIRE(rooms.size() == f.byHomeroom.size());
    for (int i = 0; i < rooms.size(); ++i)
        CHECK(rooms[rooms.size() - 1 - i] ==
              Approx(oneDecimal(f.byHomeroom[i].percentConnected())));

    const QList<qreal> groups = values(d.panel(K::Equity));
    REQUIRE(groups.size() == f.byGroup.size());
    REQUIRE(!groups.isEmpty());
    for (int i = 0; i < groups.size(); ++i) {
        const cm::FigureRow& g = f.byGroup[i];
        CHECK(groups[groups.size() - 1 - i] ==
              Approx(g.suppressed ? 0.0 : oneDecimal(g.percentConnected())));
    }
    // The school's rate is the dashed reference line.
    QLineSeries* line = nullptr;
    for (QAbstractSeries* s : d.panel(K::Equity)->chart()->series()) {
        if (auto* l = qobject_cast<QLineSeries*>(s))
            line = l;
    }
    REQUIRE(line);
    CHECK(line->at(0).x() == Approx(f.percentConnected()));

    const QList<qreal> rounds = values(d.panel(K::Rounds));
    REQUIRE(rounds.size() == f.byRound.size());
    CHECK(rounds.last() == Approx(oneDecimal(f.percentConnected())));

    const QList<qreal> connected = values(d.panel(K::Participation), 0);
    const QList<qreal> concern = values(d.panel(K::Participation), 1);
    // Many adults: the 15 who marked most and the 15 who marked least.
    QVector<cm::AdultParticipation> shown = f.participation;
    if (shown.size() > 35)
        shown = f.participation.mid(0, 15) + f.participation.mid(f.participation.size() - 15);
    REQUIRE(f.participation.size() > 35); // the demo school has that many
    REQUIRE(connected.size() == shown.size());
    for (int i = 0; i < connected.size(); ++i) {
        const cm::AdultParticipation& a = shown[shown.size() - 1 - i];
        CHECK(connected[i] == a.connected);
        CHECK(concern[i] == a.concern);
    }

    const QImage shot = d.grab().toImage();
    CHECK(shot.width() == 1280);
    // Set CARINGMAP_SCREENSHOT to keep a picture of the dashboard.
    if (const QString path = qEnvironmentVariable("CARINGMAP_SCREENSHOT"); !path.isEmpty())
        CHECK(shot.save(path));
    // Set CARINGMAP_CHART_DIR to keep every chart as PNG, to look at them.
    if (const QString dir = qEnvironmentVariable("CARINGMAP_CHART_DIR"); !dir.isEmpty()) {
        for (K kind : cm::ChartFactory::allKinds())
            CHECK(d.panel(kind)
                      ->savePng(QStringLiteral("%1/chart-%2.png").arg(dir).arg(int(kind)))
                      .ok());
    }
}

TEST_CASE("dashboard: refresh follows new marks", "[dashboard]") {
    DemoFixture t;
    cm::Storage& st = t.school.storage();
    cm::Dashboard d(st);
    const cm::Round round = st.rounds().last();
    const int before = d.figures().unconnected;
    REQUIRE(before > 0);
    const cm::RowId student = d.figures().round.id == round.id
                                  ? cm::ConnectionAnalysis::load(st, round.id).unconnected()[0].id
                                  : 0;
    cm::RowId adult = 0;
    for (const cm::Adult& a : st.adults()) {
        if (a.active)
            adult = a.id;
    }
    REQUIRE(st.setMark(round.id, adult, student, cm::MarkKind::Connected).ok());
    d.refresh();
    CHECK(d.figures().unconnected == before - 1);
    CHECK(values(d.panel(K::AdultsPerStudent))[0] == before - 1);

    // An earlier round.
    d.setRound(st.rounds().first().id);
    CHECK(d.figures().round.id == st.rounds().first().id);
    CHECK(d.figures().byRound.size() == 1);
}

TEST_CASE("dashboard: a chart's numbers copy as a table and save as PNG and PDF", "[dashboard]") {
    DemoFixture t;
    cm::Dashboard d(t.school.storage());
    cm::ChartPanel* grade = d.panel(K::ByGrade);
    grade->copyNumbers();
    const QString copied = QApplication::clipboard()->text();
    const QStringList lines = copied.trimmed().split('\n');
    REQUIRE(lines.size() == d.figures().byGrade.size() + 1);
    CHECK(lines[0].startsWith("Grade\tStudents\tConnected\tUnconnected\tPercent connected"));
    const cm::FigureRow& g = d.figures().byGrade[0];
    CHECK(lines[1].startsWith(QStringLiteral("%1\t%2\t%3\t%4\t")
                                  .arg(g.label)
                                  .arg(g.students)
                                  .arg(g.connected())
                                  .arg(g.unconnected)));

    // Small groups: no percentage and no counts in the copied numbers.
    const cm::ChartTable equity = d.panel(K::Equity)->table();
    for (int i = 0; i < equity.rows.size(); ++i) {
        if (d.figures().byGroup[i].suppressed)
            CHECK(equity.rows[i][5].startsWith("not shown"));
    }

    const QString png = t.school.dir() + "/grade.png";
    const QString pdf = t.school.dir() + "/grade.pdf";
    REQUIRE(grade->savePng(png).ok());
    REQUIRE(grade->savePdf(pdf).ok());
    const QImage image(png);
    CHECK(image.width() >= 1000);
    CHECK(QFileInfo(pdf).permissions().testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(QFileInfo(pdf).permissions().testFlag(QFileDevice::ReadOther));
    QProcess p;
    p.start("pdftotext", {pdf, "-"});
    REQUIRE(p.waitForFinished(30000));
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).contains("Percent connected by grade"));
}

TEST_CASE("dashboard: small groups show no percentage", "[dashboard]") {
    cm::SchoolFigures f;
    f.studentsActive = 100;
    f.unconnected = 20;
    f.adultsPerStudent = {20, 30, 30, 10, 10};
    cm::FigureRow big;
    big.category = "Program";
    big.label = "IEP";
    big.students = 40;
    big.unconnected = 10;
    cm::FigureRow tiny = big;
    tiny.label = "New this year";
    tiny.students = 4;
    tiny.unconnected = 4;
    tiny.suppressed = true;
    f.byGroup = {big, tiny};
    std::unique_ptr<QChart> chart(cm::ChartFactory::build(K::Equity, f));
    QAbstractBarSeries* bars = nullptr;
    for (QAbstractSeries* s : chart->series()) {
        if (auto* b = qobject_cast<QAbstractBarSeries*>(s))
            bars = b;
    }
    REQUIRE(bars);
    const QBarSet* set = bars->barSets().at(0);
    REQUIRE(set->count() == 2);
    CHECK(set->at(1) == Approx(75.0)); // IEP, listed first (top)
    CHECK(set->at(0) == 0.0);          // suppressed: no bar
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).first());
    REQUIRE(axis);
    // The percentage in one precision (the bar labels of Qt Charts drop ".0").
    CHECK(axis->categories().at(1) == "IEP (30 of 40) · 75.0%");
    CHECK(axis->categories().at(0).contains("not shown"));
    CHECK_FALSE(axis->categories().at(0).contains("4"));
    const cm::ChartTable t = cm::ChartFactory::table(K::Equity, f);
    CHECK(t.rows[1][3] == "-");
    CHECK(t.rows[1][4] == "-");
}

TEST_CASE("dashboard: a school with no round yet", "[dashboard]") {
    cmtest::TempSchool school;
    cm::Dashboard d(school.storage());
    CHECK(d.figures().studentsActive == 0);
    CHECK(values(d.panel(K::AdultsPerStudent)).size() == 5);
    CHECK(d.grab().width() > 0);
}
