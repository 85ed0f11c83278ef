#pragma once

#include "ReportTable.h"

#include <QFont>
#include <QRectF>
#include <QVector>

class QPagedPaintDevice;
class QPainter;

namespace cm {

// Lays a ReportTable out on pages and paints it: the title block on page 1,
// the table header repeated on every page, section headings kept with their
// first row, no row split across pages, and "Page X of Y" with the footer.
class TableReportPainter {
public:
    explicit TableReportPainter(const ReportTable& table);

    // Paints every page on device (calls newPage() between pages). Returns the
    // number of pages, or 0 when the painter could not start.
    int paint(QPagedPaintDevice* device);
    // Paints on an active painter whose device is paged.
    int paint(QPainter& painter, QPagedPaintDevice* device);

private:
    struct Item {
        enum Kind { Heading, Row } kind = Row;
        int section = 0;
        int row = 0;
        double y = 0;
        double height = 0;
        bool continued = false;
    };
    struct Page {
        QVector<Item> items;
    };

    void setUpMetrics(QPagedPaintDevice* device);
    QVector<Page> layout(QPainter& painter) const;
    double rowHeight(QPainter& painter, const QStringList& cells) const;
    double titleBlockHeight(QPainter& painter) const;
    double noteHeight(QPainter& painter) const;
    void paintTitleBlock(QPainter& painter) const;
    void paintHeader(QPainter& painter, double y) const;
    void paintItem(QPainter& painter, const Item& item, bool shaded) const;
    void paintFooter(QPainter& painter, int page, int pages) const;
    QRectF cellRect(int column, double y, double height) const;

    const ReportTable& m_table;
    double m_width = 0;  // printable width, device units
    double m_height = 0; // printable height
    double m_mm = 1;     // device units per millimetre
    double m_pad = 0;    // cell padding
    QVector<double> m_colX, m_colW;
    QFont m_body, m_bold, m_small, m_title, m_heading;
    double m_headerHeight = 0, m_footerHeight = 0, m_runningHeight = 0, m_sectionHeight = 0;
};

} // namespace cm
