#include "TableReportPainter.h"

#include "ReportStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace cm {

namespace {

const QColor kRule(90, 90, 90);
const QColor kShade(236, 236, 236);
const QColor kHeaderFill(60, 60, 60);
const QColor kMuted(85, 85, 85);

QFont font(double points, bool bold = false) {
    return ReportStyle::font(points, bold);
}

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("cm::TableReportPainter", text, nullptr, n);
}

constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;

} // namespace

TableReportPainter::TableReportPainter(const ReportTable& table)
    : m_table(table) {}

void TableReportPainter::setUpMetrics(QPagedPaintDevice* device) {
    m_width = device->width();
    m_height = device->height();
    m_mm = device->logicalDpiX() / 25.4;
    m_pad = 1.2 * m_mm;
    m_body = font(9);
    m_bold = font(8.5, true);
    m_small = font(7.5);
    m_title = font(16, true);
    m_heading = font(10.5, true);

    double total = 0;
    for (const ReportTable::Column& c : m_table.columns)
        total += c.weight;
    m_colX.clear();
    m_colW.clear();
    double x = 0;
    for (const ReportTable::Column& c : m_table.columns) {
        const double w = total > 0 ? m_width * c.weight / total : 0;
        m_colX.push_back(x);
        m_colW.push_back(w);
        x += w;
    }
}

QRectF TableReportPainter::cellRect(int column, double y, double height) const {
    return QRectF(m_colX[column] + m_pad, y, m_colW[column] - 2 * m_pad, height);
}

double TableReportPainter::rowHeight(QPainter& painter, const QStringList& cells) const {
    const QFontMetricsF fm(m_body, painter.device());
    double h = fm.height();
    for (int c = 0; c < m_table.columns.size() && c < cells.size(); ++c) {
        if (m_table.columns[c].cell != ReportTable::Cell::Text || cells[c].isEmpty())
            continue;
        const QRectF r = fm.boundingRect(cellRect(c, 0, 1e6), kTextFlags, cells[c]);
        h = std::max(h, r.height());
    }
    // Room to write by hand in the write-in and box columns.
    double minimum = fm.height();
    for (const ReportTable::Column& col : m_table.columns) {
        if (col.cell != ReportTable::Cell::Text)
            minimum = std::max(minimum, 5.5 * m_mm);
    }
    return std::max(h, minimum) + 2 * m_pad;
}

double TableReportPainter::noteHeight(QPainter& painter) const {
    return QFontMetricsF(m_body, painter.device())
        .boundingRect(QRectF(0, 0, m_width, 1e6), Qt::AlignLeft | Qt::TextWordWrap, m_table.note)
        .height();
}

double TableReportPainter::titleBlockHeight(QPainter& painter) const {
    const QPaintDevice* d = painter.device();
    double h = QFontMetricsF(m_title, d).height() * 1.3;
    h += m_table.subtitleLines.size() * QFontMetricsF(m_body, d).height() * 1.25;
    if (!m_table.highlight.isEmpty())
        h += QFontMetricsF(m_heading, d).height() * 1.8;
    if (!m_table.note.isEmpty())
        h += noteHeight(painter) + QFontMetricsF(m_body, d).height() * 0.4;
    return h + 3 * m_mm;
}

QVector<TableReportPainter::Page> TableReportPainter::layout(QPainter& painter) const {
    QVector<Page> pages(1);
    const double bottom = m_height - m_footerHeight;
    const double firstTop = titleBlockHeight(painter);
    const double laterTop = m_runningHeight;
    double y = firstTop + m_headerHeight;
    auto newPage = [&] {
        pages.push_back(Page{});
        y = laterTop + m_headerHeight;
    };
    for (int s = 0; s < m_table.sections.size(); ++s) {
        const ReportTable::Section& sec = m_table.sections[s];
        if (sec.rows.isEmpty())
            continue;
        if (m_table.newPagePerSection && !pages.last().items.isEmpty())
            newPage();
        for (int r = 0; r < sec.rows.size(); ++r) {
            const double h = rowHeight(painter, sec.rows[r]);
            const bool first = r == 0;
            // A heading never ends a page: it is kept with its first row.
            const double need = first ? m_sectionHeight + h : h;
            if (y + need > bottom && !pages.last().items.isEmpty())
                newPage();
            if (first || pages.last().items.isEmpty()) {
                pages.last().items.push_back(Item{Item::Heading, s, r, y, m_sectionHeight, !first});
                y += m_sectionHeight;
            }
            pages.last().items.push_back(Item{Item::Row, s, r, y, h, false});
            y += h;
        }
    }
    return pages;
}

void TableReportPainter::paintTitleBlock(QPainter& painter) const {
    const QPaintDevice* d = painter.device();
    double y = 0;
    painter.setPen(Qt::black);
    painter.setFont(m_title);
    const double th = QFontMetricsF(m_title, d).height();
    painter.drawText(QRectF(0, y, m_width, th), Qt::AlignLeft | Qt::AlignVCenter, m_table.title);
    y += th * 1.3;
    painter.setFont(m_body);
    painter.setPen(kMuted);
    const double bh = QFontMetricsF(m_body, d).height();
    for (const QString& line : m_table.subtitleLines) {
        painter.drawText(QRectF(0, y, m_width, bh), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += bh * 1.25;
    }
    painter.setPen(Qt::black);
    if (!m_table.highlight.isEmpty()) {
        const double hh = QFontMetricsF(m_heading, d).height();
        y += hh * 0.3;
        painter.setFont(m_heading);
        painter.drawText(QRectF(0, y, m_width, hh), Qt::AlignLeft | Qt::AlignVCenter,
                         m_table.highlight);
        y += hh * 1.5;
    }
    if (!m_table.note.isEmpty()) {
        painter.setFont(m_body);
        painter.drawText(QRectF(0, y, m_width, noteHeight(painter)),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_table.note);
    }
}

void TableReportPainter::paintHeader(QPainter& painter, double y) const {
    painter.fillRect(QRectF(0, y, m_width, m_headerHeight), kHeaderFill);
    painter.setPen(Qt::white);
    painter.setFont(m_bold);
    for (int c = 0; c < m_table.columns.size(); ++c)
        painter.drawText(cellRect(c, y, m_headerHeight), kTextFlags, m_table.columns[c].title);
}

void TableReportPainter::paintItem(QPainter& painter, const Item& item, bool shaded) const {
    const ReportTable::Section& sec = m_table.sections[item.section];
    if (item.kind == Item::Heading) {
        painter.setPen(Qt::black);
        painter.setFont(m_heading);
        QString text = sec.heading;
        if (item.continued)
            text = tr("%1 (continued)").arg(text);
        else
            text = sec.rows.size() == 1 ? tr("%1: 1 student").arg(text)
                                        : tr("%1: %2 students").arg(text).arg(sec.rows.size());
        const QRectF r(m_pad, item.y, m_width - 2 * m_pad, item.height);
        painter.drawText(r, Qt::AlignLeft | Qt::AlignBottom, text);
        painter.setPen(QPen(Qt::black, 0.35 * m_mm));
        painter.drawLine(QPointF(0, item.y + item.height), QPointF(m_width, item.y + item.height));
        return;
    }
    const QStringList& cells = sec.rows[item.row];
    if (shaded)
        painter.fillRect(QRectF(0, item.y, m_width, item.height), kShade);
    painter.setFont(m_body);
    for (int c = 0; c < m_table.columns.size(); ++c) {
        const ReportTable::Cell kind = m_table.columns[c].cell;
        const QRectF cell = cellRect(c, item.y + m_pad, item.height - 2 * m_pad);
        if (kind == ReportTable::Cell::Text) {
            painter.setPen(Qt::black);
            if (c < cells.size())
                painter.drawText(cell, kTextFlags, cells[c]);
        } else if (kind == ReportTable::Cell::Box) {
            const double side = 4.2 * m_mm;
            const QRectF box(m_colX[c] + (m_colW[c] - side) / 2, item.y + (item.height - side) / 2,
                             side, side);
            painter.setPen(QPen(Qt::black, 0.3 * m_mm));
            painter.fillRect(box, Qt::white);
            painter.drawRect(box);
        } else {
            painter.setPen(QPen(kRule, 0.2 * m_mm));
            const double ly = item.y + item.height - 1.5 * m_pad;
            painter.drawLine(QPointF(cell.left(), ly), QPointF(cell.right(), ly));
        }
    }
    painter.setPen(QPen(QColor(200, 200, 200), 0.15 * m_mm));
    painter.drawLine(QPointF(0, item.y + item.height), QPointF(m_width, item.y + item.height));
}

void TableReportPainter::paintFooter(QPainter& painter, int page, int pages) const {
    const double y = m_height - m_footerHeight;
    painter.setPen(QPen(kRule, 0.2 * m_mm));
    painter.drawLine(QPointF(0, y + m_pad), QPointF(m_width, y + m_pad));
    painter.setFont(m_small);
    painter.setPen(Qt::black);
    const QRectF r(0, y + 2 * m_pad, m_width, m_footerHeight - 2 * m_pad);
    painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, m_table.footer);
    painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(page).arg(pages));
}

int TableReportPainter::paint(QPagedPaintDevice* device) {
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const int n = paint(painter, device);
    painter.end();
    return n;
}

int TableReportPainter::paint(QPainter& painter, QPagedPaintDevice* device) {
    setUpMetrics(device);
    const QPaintDevice* d = painter.device();
    // The header is as tall as its longest (wrapped) column title.
    const QFontMetricsF hm(m_bold, d);
    m_headerHeight = hm.height();
    for (int c = 0; c < m_table.columns.size(); ++c)
        m_headerHeight = std::max(
            m_headerHeight,
            hm.boundingRect(cellRect(c, 0, 1e6), kTextFlags, m_table.columns[c].title).height());
    m_headerHeight += 2.5 * m_pad;
    m_sectionHeight = QFontMetricsF(m_heading, d).height() * 1.9;
    m_footerHeight = QFontMetricsF(m_small, d).height() + 4 * m_pad;
    m_runningHeight = QFontMetricsF(m_small, d).height() + 3 * m_pad;

    const QVector<Page> pages = layout(painter);
    const int total = int(pages.size());
    for (int p = 0; p < total; ++p) {
        if (p > 0)
            device->newPage();
        double top;
        if (p == 0) {
            paintTitleBlock(painter);
            top = titleBlockHeight(painter);
        } else {
            painter.setFont(m_small);
            painter.setPen(kMuted);
            painter.drawText(QRectF(0, 0, m_width, m_runningHeight - m_pad),
                             Qt::AlignLeft | Qt::AlignVCenter, m_table.runningHeader);
            top = m_runningHeight;
        }
        if (m_table.rowCount() == 0) {
            painter.setFont(m_heading);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, top, m_width, m_sectionHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, m_table.emptyText);
        } else {
            paintHeader(painter, top);
        }
        int stripe = 0;
        for (const Item& item : pages[p].items) {
            if (item.kind == Item::Heading)
                stripe = 0;
            paintItem(painter, item, item.kind == Item::Row && (stripe++ % 2 == 1));
        }
        paintFooter(painter, p + 1, total);
    }
    return total;
}

} // namespace cm
