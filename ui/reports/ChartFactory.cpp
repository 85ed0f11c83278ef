#include "ChartFactory.h"

#include "ReportStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cm {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("cm::ChartFactory", text, nullptr, n);
}

const QColor kMain(64, 112, 150);    // mid-dark: the dashed school line stays visible, also in gray
const QColor kSecond(170, 170, 170); // light gray, hatched
const QColor kAlert(110, 10, 10);    // "no adult" bar: clearly darker, also in grayscale

QFont chartFont(double points, bool bold = false) {
    return ReportStyle::font(points, bold);
}

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setLocalizeNumbers(true); // 85,7 in Spanish
    chart->setTitle(title);
    chart->setTitleFont(chartFont(11, true));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setFont(chartFont(8.5));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QBarSet* barSet(const QString& label, const QColor& color,
                Qt::BrushStyle style = Qt::SolidPattern) {
    auto* set = new QBarSet(label);
    QBrush brush(color, style);
    set->setBrush(brush);
    set->setPen(QPen(style == Qt::SolidPattern ? color.darker(130) : QColor(60, 60, 60), 1));
    set->setLabelColor(Qt::black);
    set->setLabelFont(chartFont(8));
    return set;
}

QValueAxis* percentAxis() {
    auto* axis = new QValueAxis;
    axis->setTitleText(tr("Percent connected"));
    axis->setTitleFont(chartFont(8.5));
    axis->setRange(0, 100);
    axis->setTickCount(6);
    // "%.0f": Qt 6.4 drops "%d" labels when numbers are localized.
    axis->setLabelFormat(QStringLiteral("%.0f%"));
    axis->setLabelsFont(chartFont(8));
    return axis;
}

QBarCategoryAxis* categoryAxis(const QStringList& labels, const QString& title = QString()) {
    auto* axis = new QBarCategoryAxis;
    axis->setTitleText(title);
    axis->setTitleFont(chartFont(8.5));
    axis->append(labels);
    axis->setLabelsFont(chartFont(8));
    axis->setTruncateLabels(false);
    return axis;
}

QString countLabel(const FigureRow& r) {
    return QCoreApplication::translate("cm::ChartFactory", "%1 of %2")
        .arg(r.connected())
        .arg(r.students);
}

QString rowLabel(const FigureRow& r) {
    return QStringLiteral("%1 (%2)").arg(r.label, countLabel(r));
}

double oneDecimal(double v) {
    return std::round(v * 10.0) / 10.0;
}

// Percent connected per row, with the whole school's rate as a dashed
// reference line; horizontal bars (listed top to bottom) when there are many
// rows. Suppressed rows show no bar.
QChart* percentChart(const QString& title, const QVector<FigureRow>& rows,
                     const QStringList& rowLabels, double overall, bool horizontal,
                     const QString& categoryTitle) {
    QChart* chart = newChart(title);
    QBarSet* set =
        barSet(QCoreApplication::translate("cm::ChartFactory", "Percent connected"), kMain);
    set->setLabelColor(Qt::white);
    QStringList labels;
    for (int k = 0; k < rows.size(); ++k) {
        const int i = horizontal ? int(rows.size()) - 1 - k : k;
        *set << (rows[i].suppressed ? 0.0 : oneDecimal(rows[i].percentConnected()));
        // The percentage in the label, in the one precision used everywhere
        // (ChartFactory::percentText: 85.7%, 86.0%; Qt's bar labels drop ".0").
        // Axis labels are rich text: the school's names in them are escaped.
        const QString name = rowLabels[i].toHtmlEscaped();
        // Horizontal bars: one line, so that printed charts keep every label.
        const QString separator = horizontal ? QStringLiteral(" · ") : QStringLiteral("<br>");
        labels << (rows[i].suppressed
                       ? name
                       : name + separator + ChartFactory::percentText(rows[i].percentConnected()));
    }
    QAbstractBarSeries* series;
    if (horizontal)
        series = new QHorizontalBarSeries;
    else
        series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto* line = new QLineSeries;
    line->setName(QCoreApplication::translate("cm::ChartFactory", "Whole school: %1")
                      .arg(ChartFactory::percentText(overall)));
    line->setPen(QPen(kAlert, 2.5, Qt::DashLine));
    chart->addSeries(line);
    auto* span = new QValueAxis; // positions the line across all bars; not shown
    span->setRange(0, 1);
    span->setVisible(false);
    QValueAxis* percent = percentAxis();
    if (horizontal) {
        line->append(overall, 0);
        line->append(overall, 1);
        chart->addAxis(percent, Qt::AlignBottom);
        chart->addAxis(categoryAxis(labels, categoryTitle), Qt::AlignLeft);
        chart->addAxis(span, Qt::AlignRight);
    } else {
        line->append(0, overall);
        line->append(1, overall);
        chart->addAxis(categoryAxis(labels, categoryTitle), Qt::AlignBottom);
        chart->addAxis(percent, Qt::AlignLeft);
        chart->addAxis(span, Qt::AlignTop);
    }
    for (QAbstractAxis* axis : chart->axes()) {
        if (axis != span)
            series->attachAxis(axis);
    }
    line->attachAxis(percent);
    line->attachAxis(span);
    return chart;
}

// Many homerooms: the ones with the lowest share connected (those needing
// attention), so that the chart stays readable; every row stays in the
// numbers behind the chart.
constexpr int kMostHomerooms = 25;
// Many adults: the ones who marked most and least.
constexpr int kParticipationEnds = 15;

QVector<FigureRow> homeroomsShown(const QVector<FigureRow>& rows) {
    if (rows.size() <= kMostHomerooms + 5)
        return rows;
    QVector<FigureRow> sorted = rows;
    std::stable_sort(sorted.begin(), sorted.end(), [](const FigureRow& a, const FigureRow& b) {
        if (a.suppressed != b.suppressed)
            return b.suppressed;
        return a.percentConnected() < b.percentConnected();
    });
    sorted.resize(kMostHomerooms);
    return sorted;
}

QVector<AdultParticipation> participationShown(const QVector<AdultParticipation>& all) {
    if (all.size() <= 2 * kParticipationEnds + 5)
        return all;
    return all.mid(0, kParticipationEnds) + all.mid(all.size() - kParticipationEnds);
}

QStringList rowLabels(const QVector<FigureRow>& rows) {
    QStringList out;
    for (const FigureRow& r : rows)
        out << rowLabel(r);
    return out;
}

} // namespace

QString ChartTable::toTsv() const {
    QString out = columns.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const QStringList& r : rows)
        out += r.join(QLatin1Char('\t')) + QLatin1Char('\n');
    return out;
}

QVector<ChartFactory::Kind> ChartFactory::allKinds() {
    return {Kind::AdultsPerStudent, Kind::ByGrade,    Kind::Equity,
            Kind::Rounds,           Kind::ByHomeroom, Kind::Participation};
}

QString ChartFactory::percentText(double percent) {
    // In the user's locale: "85.7%" in English, "85,7 %" in Spanish.
    return tr("%1%").arg(QLocale().toString(percent, 'f', 1));
}

QString ChartFactory::title(Kind kind) {
    switch (kind) {
    case Kind::AdultsPerStudent:
        return tr("Caring adults per student");
    case Kind::ByGrade:
        return tr("Percent connected by grade");
    case Kind::ByHomeroom:
        return tr("Percent connected by homeroom");
    case Kind::Equity:
        return tr("Equity: percent connected by student group");
    case Kind::Rounds:
        return tr("Change over rounds");
    case Kind::Participation:
        return tr("Participation: students each adult marked");
    }
    return QString();
}

int ChartFactory::preferredHeight(Kind kind, const SchoolFigures& f) {
    switch (kind) {
    case Kind::ByHomeroom:
        return std::max(320, 110 + 34 * int(homeroomsShown(f.byHomeroom).size()));
    case Kind::Equity:
        return std::max(320, 110 + 34 * int(f.byGroup.size()));
    case Kind::Participation:
        return std::max(320, 110 + 20 * int(participationShown(f.participation).size()));
    default:
        return 320;
    }
}

QChart* ChartFactory::build(Kind kind, const SchoolFigures& f) {
    switch (kind) {
    case Kind::AdultsPerStudent: {
        QChart* chart = newChart(title(kind));
        QBarSet* set = barSet(tr("Students"), kMain);
        for (int n : f.adultsPerStudent)
            *set << n;
        // The students with no caring adult stand out, also in gray.
        set->setSelectedColor(kAlert);
        set->selectBar(0);
        auto* series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        chart->addSeries(series);
        chart->addAxis(categoryAxis({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                     QStringLiteral("3"), QStringLiteral("4+")}),
                       Qt::AlignBottom);
        auto* y = new QValueAxis;
        const int top = f.adultsPerStudent.isEmpty() ? 1
                                                     : *std::max_element(f.adultsPerStudent.begin(),
                                                                         f.adultsPerStudent.end());
        y->setRange(0, std::max(4.0, top * 1.15));
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->applyNiceNumbers();
        y->setLabelsFont(chartFont(8));
        y->setTitleText(tr("Students"));
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractAxis* axis : chart->axes())
            series->attachAxis(axis);
        chart->axes(Qt::Horizontal).first()->setTitleText(tr("Caring adults (0: none yet)"));
        chart->legend()->hide();
        return chart;
    }
    case Kind::ByGrade: {
        // Short labels: the counts are in the numbers behind the chart.
        QStringList labels;
        for (const FigureRow& r : f.byGrade)
            labels << r.label;
        return percentChart(title(kind), f.byGrade, labels, f.percentConnected(), false,
                            tr("Grade"));
    }
    case Kind::ByHomeroom: {
        const QVector<FigureRow> shown = homeroomsShown(f.byHomeroom);
        QChart* chart = percentChart(title(kind), shown, rowLabels(shown), f.percentConnected(),
                                     true, tr("Homeroom"));
        if (shown.size() < f.byHomeroom.size())
            chart->setTitle(QCoreApplication::translate(
                                "cm::ChartFactory",
                                "%1<br><small>The %2 homerooms with the lowest share connected, "
                                "of %n; every homeroom is in the numbers</small>",
                                nullptr, int(f.byHomeroom.size()))
                                .arg(title(kind))
                                .arg(shown.size()));
        return chart;
    }
    case Kind::Equity: {
        QStringList labels;
        for (const FigureRow& r : f.byGroup) {
            const QString& name = r.label; // the category is in the numbers' table
            // Too few students to show a percentage without exposing them.
            labels << (r.suppressed ? name + QStringLiteral(" (") +
                                          tr("fewer than %1, not shown").arg(f.privacyThreshold) +
                                          QLatin1Char(')')
                                    : QStringLiteral("%1 (%2)").arg(name, countLabel(r)));
        }
        return percentChart(title(kind), f.byGroup, labels, f.percentConnected(), true,
                            tr("Student group"));
    }
    case Kind::Rounds: {
        QChart* chart = newChart(title(kind));
        QBarSet* set = barSet(tr("Percent connected"), kMain);
        set->setLabelColor(Qt::white);
        QStringList labels;
        for (const RoundFigure& r : f.byRound) {
            *set << oneDecimal(r.row.percentConnected());
            labels << r.row.label.toHtmlEscaped() + QStringLiteral("<br>") +
                          percentText(r.row.percentConnected());
        }
        if (f.byRound.size() > 1) {
            chart->setTitle(tr("%1<br><small>%2 newly connected</small>")
                                .arg(title(kind))
                                .arg(f.byRound.last().movedToConnected));
        }
        auto* series = new QBarSeries;
        series->append(set); // the percentages are in the labels (see percentChart)
        chart->addSeries(series);
        chart->addAxis(categoryAxis(labels, tr("Round")), Qt::AlignBottom);
        chart->addAxis(percentAxis(), Qt::AlignLeft);
        for (QAbstractAxis* axis : chart->axes())
            series->attachAxis(axis);
        chart->legend()->hide();
        return chart;
    }
    case Kind::Participation: {
        QChart* chart = newChart(title(kind));
        QBarSet* connected = barSet(tr("Positive relationship"), kMain);
        QBarSet* concern = barSet(tr("May benefit"), kSecond, Qt::BDiagPattern);
        QStringList labels;
        int top = 1;
        const QVector<AdultParticipation> shown = participationShown(f.participation);
        if (shown.size() < f.participation.size())
            chart->setTitle(QCoreApplication::translate(
                                "cm::ChartFactory",
                                "%1<br><small>The %2 adults who marked most and the %2 who "
                                "marked least, of %n; every adult is in the numbers</small>",
                                nullptr, int(f.participation.size()))
                                .arg(title(kind))
                                .arg(kParticipationEnds));
        for (int i = int(shown.size()) - 1; i >= 0; --i) {
            const AdultParticipation& a = shown[i];
            *connected << a.connected;
            *concern << a.concern;
            const QString name = a.name.toHtmlEscaped(); // axis labels are rich text
            labels << (a.marked == 0 ? tr("%1 (not marked yet)").arg(name) : name);
            top = std::max({top, a.marked, a.connected + a.concern});
        }
        auto* series = new QHorizontalStackedBarSeries;
        series->append(connected);
        series->append(concern);
        // The values on the bars: readable without counting grid lines.
        connected->setLabelColor(Qt::white);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
        chart->addSeries(series);
        auto* x = new QValueAxis;
        x->setRange(0, top);
        // "%.0f": Qt 6.4 drops "%d" labels when numbers are localized.
        x->setLabelFormat(QStringLiteral("%.0f"));
        x->applyNiceNumbers();
        x->setLabelsFont(chartFont(8));
        x->setTitleText(tr("Students marked"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(categoryAxis(labels, tr("Adult")), Qt::AlignLeft);
        for (QAbstractAxis* axis : chart->axes())
            series->attachAxis(axis);
        return chart;
    }
    }
    return newChart(title(kind));
}

ChartTable ChartFactory::table(Kind kind, const SchoolFigures& f) {
    ChartTable t;
    auto percentRows = [&](const QVector<FigureRow>& rows, const QString& first, bool groups) {
        t.columns = {first,
                     tr("Students"),
                     tr("Connected"),
                     tr("Unconnected"),
                     tr("Percent connected"),
                     tr("Whole school")};
        if (groups)
            t.columns.prepend(tr("Category"));
        for (const FigureRow& r : rows) {
            QStringList row;
            if (groups)
                row << r.category;
            row << r.label << QString::number(r.students) << QString::number(r.connected())
                << QString::number(r.unconnected)
                << (r.suppressed ? tr("not shown (fewer than %1)").arg(f.privacyThreshold)
                                 : percentText(r.percentConnected()))
                << percentText(f.percentConnected());
            if (r.suppressed) // counts of tiny groups are not printed either
                row[groups ? 3 : 2] = row[groups ? 4 : 3] = QStringLiteral("-");
            t.rows.push_back(row);
        }
    };
    switch (kind) {
    case Kind::AdultsPerStudent: {
        t.columns = {tr("Caring adults"), tr("Students")};
        const QStringList labels{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                 QStringLiteral("3"), QStringLiteral("4+")};
        for (int i = 0; i < f.adultsPerStudent.size(); ++i)
            t.rows.push_back({labels.value(i), QString::number(f.adultsPerStudent[i])});
        break;
    }
    case Kind::ByGrade:
        percentRows(f.byGrade, tr("Grade"), false);
        break;
    case Kind::ByHomeroom:
        percentRows(f.byHomeroom, tr("Homeroom"), false);
        break;
    case Kind::Equity:
        percentRows(f.byGroup, tr("Group"), true);
        break;
    case Kind::Rounds:
        t.columns = {tr("Round"), tr("Students"), tr("Unconnected"), tr("Percent connected"),
                     tr("Newly connected")};
        for (const RoundFigure& r : f.byRound)
            t.rows.push_back(
                {r.row.label, QString::number(r.row.students), QString::number(r.row.unconnected),
                 percentText(r.row.percentConnected()), QString::number(r.movedToConnected)});
        break;
    case Kind::Participation:
        t.columns = {tr("Adult"), tr("Role"), tr("Positive relationship"), tr("May benefit"),
                     tr("Students marked")};
        for (const AdultParticipation& a : f.participation)
            t.rows.push_back({a.name, a.role, QString::number(a.connected),
                              QString::number(a.concern), QString::number(a.marked)});
        break;
    }
    return t;
}

void ChartFactory::paint(QPainter& painter, Kind kind, const SchoolFigures& figures,
                         const QRectF& target, const QSizeF& logicalSize) {
    QGraphicsScene scene;
    QChart* chart = build(kind, figures);
    scene.addItem(chart); // the scene owns and deletes the chart
    chart->setGeometry(QRectF(QPointF(0, 0), logicalSize));
    scene.setSceneRect(QRectF(QPointF(0, 0), logicalSize));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    painter.restore();
}

} // namespace cm
