#include "VoicePanel.h"

#include "ChartFactory.h"
#include "ReportStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cm {

namespace {

const QColor kMain(64, 112, 150);
const QColor kAlert(110, 10, 10);

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setTitle(title);
    chart->setTitleFont(ReportStyle::font(11, true));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->hide();
    return chart;
}

// Horizontal bars listed top to bottom, each row's text beside it.
QChart* barChart(const QString& title, const QStringList& labels, const QVector<double>& values,
                 double max, const QString& format, const QColor& color) {
    QChart* chart = newChart(title);
    auto* set = new QBarSet(title);
    set->setBrush(color);
    set->setPen(QPen(color.darker(130), 1));
    set->setLabelColor(Qt::black);
    set->setLabelFont(ReportStyle::font(8));
    QStringList shown;
    for (qsizetype k = values.size() - 1; k >= 0; --k) {
        *set << values[k];
        shown << labels[k];
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(format);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(shown);
    categories->setLabelsFont(ReportStyle::font(8));
    categories->setTruncateLabels(false);
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, max * 1.15));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setLabelsFont(ReportStyle::font(8));
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(categories);
    return chart;
}

QChartView* chartView(QWidget* parent, const QString& name, const QString& accessibleName) {
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setBackgroundBrush(Qt::white);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(260);
    return view;
}

} // namespace

QString VoicePanel::groupText(Agreement a) {
    switch (a) {
    case Agreement::StaffOnly:
        return tr("Adults know them, they named nobody");
    case Agreement::Neither:
        return tr("No adult either way");
    case Agreement::StudentOnly:
        return tr("They named an adult who did not mark them");
    case Agreement::Both:
        return tr("Both views agree");
    case Agreement::NoResponse:
        return tr("No survey answer");
    }
    return {};
}

VoicePanel::VoicePanel(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("chartPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("voiceDashboardNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_agreement = chartView(this, QStringLiteral("voiceAgreementChart"),
                            tr("Student voice: staff and students compared"));
    m_named = chartView(this, QStringLiteral("voiceNamedChart"),
                        tr("Students who named at least one adult"));
    // One above the other: the rows' names are long and must show whole.
    auto* charts = new QVBoxLayout;
    charts->addWidget(m_agreement);
    charts->addWidget(m_named);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_note);
    layout->addLayout(charts, 1);
    setFigures({});
}

QChart* VoicePanel::agreementChart(QString* spoken) const {
    QStringList labels;
    QVector<double> values;
    QStringList said;
    int max = 0;
    // The students who answered; those who did not are in the note and the
    // description, not a bar that would dwarf the others.
    for (int i = 0; i < kAgreementCount; ++i) {
        const int n = m_figures.count(Agreement(i));
        said << tr("%1: %2").arg(groupText(Agreement(i))).arg(n);
        if (Agreement(i) == Agreement::NoResponse)
            continue;
        labels << tr("%1 (%2)").arg(groupText(Agreement(i))).arg(n);
        values << n;
        max = std::max(max, n);
    }
    *spoken = said.join(QStringLiteral("; "));
    return barChart(tr("Staff and students compared, of those who answered"), labels, values, max,
                    QStringLiteral("@value"), kMain);
}

QChart* VoicePanel::namedChart(QString* spoken) const {
    QStringList labels;
    QVector<double> values;
    QStringList said;
    auto add = [&](const QString& label, const VoiceFigureRow& r) {
        QString text;
        if (r.suppressed)
            text = tr("%1 (fewer than %2 answers: not shown)")
                       .arg(label)
                       .arg(m_figures.privacyThreshold);
        else if (r.responded == 0)
            text = tr("%1 (no answers)").arg(label);
        else
            text = tr("%1 (%2 of %3 who answered)").arg(label).arg(r.named).arg(r.responded);
        labels << text;
        values << (r.suppressed ? 0.0 : std::round(r.percentNamed() * 10.0) / 10.0);
        said << (r.suppressed || r.responded == 0
                     ? text
                     : tr("%1: %2").arg(text, ChartFactory::percentText(r.percentNamed())));
    };
    for (const VoiceFigureRow& r : m_figures.byGrade)
        add(tr("Grade %1").arg(r.label), r);
    for (const VoiceFigureRow& r : m_figures.byGroup)
        add(QStringLiteral("%1: %2").arg(r.category, r.label), r);
    *spoken = said.join(QStringLiteral("; "));
    return barChart(tr("Named at least one adult, of those who answered (%)"), labels, values,
                    100.0 / 1.15, QStringLiteral("@value%"), kMain);
}

void VoicePanel::setFigures(const VoiceFigures& figures) {
    m_figures = figures;
    const bool answers = figures.responded > 0;
    m_note->setText(
        answers ? tr("Student voice: %1 of %2 active students answered the survey; %3 named at "
                     "least one adult. %4 are known to adults but named nobody: act there first.")
                      .arg(figures.responded)
                      .arg(figures.students)
                      .arg(figures.named)
                      .arg(figures.count(Agreement::StaffOnly))
                : tr("Student voice: no survey answers in this round yet (Student voice page, "
                     "Import a student survey)."));
    for (QChartView* view : {m_agreement, m_named}) {
        view->setVisible(answers);
        QChart* old = view->chart();
        QString spoken;
        view->setChart(view == m_agreement ? agreementChart(&spoken) : namedChart(&spoken));
        view->setAccessibleDescription(spoken.isEmpty() ? tr("No survey answers in this round yet.")
                                                        : spoken);
        delete old;
    }
    const int rows = int(figures.byGrade.size() + figures.byGroup.size());
    m_named->setMinimumHeight(std::max(260, 90 + rows * fontMetrics().height() * 2));
}

} // namespace cm
