#include "Dashboard.h"

#include "ChartPanel.h"
#include "SchoolDocument.h"
#include "Storage.h"
#include "VoicePanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace cm {

Dashboard::Dashboard(const Storage& storage, QWidget* parent)
    : QWidget(parent)
    , m_storage(storage) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Dashboard: figures and charts"));
    outer->addWidget(scroll);

    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("dashboardContent"));
    content->setStyleSheet(
        // The desktop's palette, so that a high-contrast theme is used here too
        // (the charts themselves are black on white whatever the theme).
        QStringLiteral("#dashboardContent { background: palette(window); }"
                       "#chartPanel { background: palette(base); border: 1px solid palette(mid); }"
                       "#figureCard { background: palette(base); border: 1px solid palette(mid); }"
                       "#figureValue { font-size: 22pt; font-weight: bold; color: palette(text); }"
                       "#figureCaption { color: palette(text); }"
                       "#dashboardHeading { font-size: 15pt; font-weight: bold; }"));
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(10);

    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    m_heading->setTextFormat(Qt::PlainText); // school and round names
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto* figures = new QHBoxLayout;
    figures->setSpacing(10);
    m_students = addFigure(figures, tr("active students"));
    m_unconnected = addFigure(figures, tr("have no caring adult yet"));
    m_percent = addFigure(figures, tr("have at least one caring adult"));
    m_one = addFigure(figures, tr("have exactly one caring adult"));
    m_fragile = addFigure(figures, tr("fragile: one adult, or all leaving"));
    layout->addLayout(figures);
    m_noMarks = new QLabel(content);
    m_noMarks->setObjectName(QStringLiteral("dashboardNoMarks"));
    m_noMarks->setTextFormat(Qt::PlainText); // the round name
    m_noMarks->setWordWrap(true);
    m_noMarks->setAlignment(Qt::AlignCenter);
    m_noMarks->setMinimumHeight(m_noMarks->fontMetrics().height() * 6);
    m_noMarks->setVisible(false);
    layout->addWidget(m_noMarks);

    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    const QVector<ChartFactory::Kind> kinds = ChartFactory::allKinds();
    int cell = 0;
    for (ChartFactory::Kind kind : kinds) {
        auto* panel = new ChartPanel(kind, content);
        m_panels.insert(int(kind), panel);
        // Long lists and long labels (groups, homerooms, adults) take the full width.
        const bool wide = kind == ChartFactory::Kind::ByHomeroom ||
                          kind == ChartFactory::Kind::Participation ||
                          kind == ChartFactory::Kind::Equity;
        if (wide) {
            if (cell % 2 == 1)
                ++cell;
            grid->addWidget(panel, cell / 2, 0, 1, 2);
            cell += 2;
        } else {
            grid->addWidget(panel, cell / 2, cell % 2);
            ++cell;
        }
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_voice = new VoicePanel(content);
    layout->addWidget(m_voice);
    layout->addStretch(1);
    refresh();
}

QLabel* Dashboard::addFigure(QHBoxLayout* row, const QString& caption) {
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("figureCard"));
    auto* v = new QVBoxLayout(card);
    v->setContentsMargins(12, 8, 12, 8);
    auto* value = new QLabel(card);
    value->setObjectName(QStringLiteral("figureValue"));
    auto* text = new QLabel(caption, card);
    text->setObjectName(QStringLiteral("figureCaption"));
    text->setWordWrap(true);
    v->addWidget(value);
    v->addWidget(text);
    row->addWidget(card, 1);
    return value;
}

void Dashboard::showEvent(QShowEvent* event) {
    // Current whenever it comes into view, even if a change was not signalled.
    refresh();
    QWidget::showEvent(event);
}

void Dashboard::setRound(RowId roundId) {
    m_roundId = roundId;
    refresh();
}

void Dashboard::refresh() {
    Round round;
    if (m_storage.isOpen()) {
        if (m_roundId != 0) {
            if (auto r = m_storage.roundById(m_roundId))
                round = *r;
        } else if (const QVector<Round> all = m_storage.rounds(); !all.isEmpty()) {
            round = all.last();
        }
    }
    m_figures = round.id != 0 && m_storage.isOpen() ? SchoolFigures::compute(m_storage, round)
                                                    : SchoolFigures();
    if (m_figures.adultsPerStudent.isEmpty())
        m_figures.adultsPerStudent = QVector<int>(5, 0);

    m_heading->setText(round.id == 0 ? tr("No mapping round yet")
                                     : tr("%1 · round %2").arg(m_figures.school, round.name));
    const SchoolFigures& f = m_figures;
    // A round without marks is not a mapping: no alarming zeros.
    const QString noMarks =
        m_storage.isOpen() ? SchoolDocument::noMarksText(m_storage, round.id) : QString();
    if (!noMarks.isEmpty())
        m_heading->setText(tr("%1 · %2").arg(m_figures.school, noMarks));
    const auto figure = [&noMarks](const QString& text) {
        return noMarks.isEmpty() ? text : QStringLiteral("–");
    };
    m_students->setText(QString::number(f.studentsActive));
    m_unconnected->setText(figure(QString::number(f.unconnected)));
    m_percent->setText(figure(ChartFactory::percentText(f.percentConnected())));
    m_one->setText(figure(QString::number(f.exactlyOne)));
    m_fragile->setText(figure(QString::number(f.fragile)));

    for (ChartPanel* panel : std::as_const(m_panels)) {
        panel->setFigures(f);
        panel->setVisible(noMarks.isEmpty()); // no charts of zeros for an unmapped round
    }
    const VoiceFigures voice = round.id != 0 && m_storage.isOpen()
                                   ? VoiceFigures::compute(m_storage, round.id, f.privacyThreshold)
                                   : VoiceFigures();
    m_voice->setFigures(voice);
    // A round nobody has marked yet: a sentence, not charts of zeros.
    m_noMarks->setText(noMarks.isEmpty()
                           ? QString()
                           : tr("%1: no marks yet. The charts appear as soon as adults mark the "
                                "students they know (the Mark page, or a marking sheet).")
                                 .arg(round.name));
    m_noMarks->setVisible(!noMarks.isEmpty());
    // Students' answers without any marks yet still say something.
    m_voice->setVisible(noMarks.isEmpty() || voice.responded > 0);

    QStringList missing;
    for (const AdultParticipation& a : f.notMarked())
        missing << a.name;
    panel(ChartFactory::Kind::Participation)
        ->setNote(missing.isEmpty() ? tr("Every active adult has marked at least one student.")
                                    : tr("Not marked anyone yet (%1): %2")
                                          .arg(missing.size())
                                          .arg(missing.join(QStringLiteral(", "))));
}

} // namespace cm
