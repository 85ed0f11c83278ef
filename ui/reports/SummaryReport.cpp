#include "SummaryReport.h"

#include "ReportStyle.h"

#include "ChartFactory.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace cm {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cm::SummaryReport", text);
}

QFont font(double points, bool bold = false) {
    return ReportStyle::font(points, bold);
}

} // namespace

SummaryReport::SummaryReport(SchoolFigures figures)
    : m_figures(std::move(figures)) {}

double SummaryReport::paintHeader(QPainter& painter, double width, double mm) const {
    const SchoolFigures& f = m_figures;
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    double y = 0;
    painter.setPen(Qt::black);
    painter.setFont(font(16, true));
    const double th = QFontMetricsF(painter.font(), painter.device()).height();
    painter.drawText(QRectF(0, y, width, th), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Relationship mapping: summary"));
    y += th * 1.25;
    painter.setFont(font(9));
    painter.setPen(QColor(85, 85, 85));
    const double bh = QFontMetricsF(painter.font(), painter.device()).height();
    painter.drawText(
        QRectF(0, y, width, bh), Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("%1   ·   %2   ·   %3")
            .arg(
                f.school, tr("Round: %1").arg(f.round.name),
                tr("Printed: %1").arg(locale.toString(QDate::currentDate(), QLocale::LongFormat))));
    y += bh * 1.8;

    // Key figures: five boxes (the definitions are ConnectionAnalysis's).
    const double boxH = 17 * mm;
    const double gap = 3 * mm;
    const double boxW = (width - 4 * gap) / 5;
    const QStringList values{QString::number(f.studentsActive), QString::number(f.unconnected),
                             ChartFactory::percentText(f.percentConnected()),
                             QString::number(f.exactlyOne), QString::number(f.fragile)};
    const QStringList captions{
        tr("active students"), tr("have no caring adult yet"), tr("have at least one caring adult"),
        tr("have exactly one caring adult"), tr("fragile: one adult, or all leaving")};
    for (int i = 0; i < values.size(); ++i) {
        const QRectF box(i * (boxW + gap), y, boxW, boxH);
        painter.setPen(QPen(QColor(120, 120, 120), 0.25 * mm));
        painter.setBrush(i == 1 ? QColor(232, 232, 232) : QColor(Qt::white));
        painter.drawRect(box);
        painter.setPen(Qt::black);
        painter.setFont(font(17, true));
        painter.drawText(box.adjusted(3 * mm, 1 * mm, -2 * mm, -boxH / 2),
                         Qt::AlignLeft | Qt::AlignBottom, values[i]);
        painter.setFont(font(8));
        painter.drawText(box.adjusted(3 * mm, boxH / 2 + 1 * mm, -2 * mm, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, captions[i]);
    }
    painter.setBrush(Qt::NoBrush);
    return y + boxH + 5 * mm;
}

void SummaryReport::paintFooter(QPainter& painter, double width, double height, double mm, int page,
                                int pages) const {
    painter.setFont(font(7.5));
    const double h = QFontMetricsF(painter.font(), painter.device()).height();
    const QRectF r(0, height - h, width, h);
    painter.setPen(QPen(QColor(90, 90, 90), 0.2 * mm));
    painter.drawLine(QPointF(0, r.top() - 1.5 * mm), QPointF(width, r.top() - 1.5 * mm));
    painter.setPen(Qt::black);
    painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, tr("Confidential: student information"));
    painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(page).arg(pages));
}

int SummaryReport::paint(QPagedPaintDevice* device) const {
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const double w = device->width();
    const double h = device->height();
    const double mm = device->logicalDpiX() / 25.4;
    const double gap = 5 * mm;
    const double footer = 9 * mm;
    using K = ChartFactory::Kind;
    auto chart = [&](K kind, const QRectF& target) {
        // Laid out at about 86 pixels per inch, so chart text prints at about
        // its point size.
        const double logicalW = target.width() / mm * 3.4;
        const QSizeF logical(logicalW, logicalW * target.height() / target.width());
        ChartFactory::paint(painter, kind, m_figures, target, logical);
        painter.setPen(QPen(QColor(190, 190, 190), 0.2 * mm));
        painter.drawRect(target);
    };

    // Page 1: figures, adults per student and by grade, rounds, who is missing.
    double y = paintHeader(painter, w, mm);
    const double half = (w - gap) / 2;
    const double rowH = (h - footer - y - gap) / 2;
    chart(K::AdultsPerStudent, QRectF(0, y, half, rowH));
    chart(K::ByGrade, QRectF(half + gap, y, half, rowH));
    y += rowH + gap;
    chart(K::Rounds, QRectF(0, y, half, rowH));
    {
        const QRectF box(half + gap, y, half, rowH);
        painter.setPen(QPen(QColor(190, 190, 190), 0.2 * mm));
        painter.drawRect(box);
        QStringList missing;
        for (const AdultParticipation& a : m_figures.notMarked())
            missing << a.name;
        int marked = 0;
        for (const AdultParticipation& a : m_figures.participation)
            marked += a.marked > 0 ? 1 : 0;
        painter.setPen(Qt::black);
        painter.setFont(font(11, true));
        const QRectF inner = box.adjusted(4 * mm, 3 * mm, -4 * mm, -3 * mm);
        const double th = QFontMetricsF(painter.font(), painter.device()).height();
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), th),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("Participation"));
        painter.setFont(font(9));
        QString text = tr("%1 of %2 active adults have marked students this round.")
                           .arg(marked)
                           .arg(m_figures.participation.size());
        text += QStringLiteral("\n\n");
        text += missing.isEmpty() ? tr("Every active adult has marked at least one student.")
                                  : tr("Not marked anyone yet:") + QLatin1Char('\n') +
                                        missing.join(QLatin1Char('\n'));
        painter.drawText(inner.adjusted(0, th * 1.5, 0, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    }
    paintFooter(painter, w, h, mm, 1, 2);

    // Page 2: equity and homerooms.
    device->newPage();
    painter.setFont(font(13, true));
    painter.setPen(Qt::black);
    const double th = QFontMetricsF(painter.font(), painter.device()).height();
    painter.drawText(QRectF(0, 0, w, th), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Who is left out? Percent connected by group"));
    painter.setFont(font(8.5));
    const double nh = QFontMetricsF(painter.font(), painter.device()).height() * 2.4;
    painter.drawText(QRectF(0, th * 1.2, w, nh), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("Solid bars: the group's percent of students with at least one caring "
                        "adult. Dashed line: the whole school (%1). Groups with fewer than %2 "
                        "students are not shown, to protect their privacy.")
                         .arg(ChartFactory::percentText(m_figures.percentConnected()))
                         .arg(m_figures.privacyThreshold));
    y = th * 1.2 + nh + 2 * mm;
    const double avail = h - footer - y - gap;
    // Each chart needs room for its title and axes plus a line per bar.
    const double overhead = 32 * mm;
    const double groups = std::max<double>(3, m_figures.byGroup.size());
    const double rooms = std::max<double>(3, m_figures.byHomeroom.size());
    const double perRow = std::max(0.0, avail - gap - 2 * overhead) / (groups + rooms);
    const double equityH = overhead + groups * perRow;
    chart(K::Equity, QRectF(0, y, w, equityH));
    chart(K::ByHomeroom, QRectF(0, y + equityH + gap, w, avail - equityH - gap));
    paintFooter(painter, w, h, mm, 2, 2);
    painter.end();
    return 2;
}

} // namespace cm
