#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

// A printable table: what TableReportPainter lays out on pages. Plain data,
// filled by each report (unconnected list, marking sheet).
struct ReportTable {
    enum class Cell { Text, Box, WriteIn };
    struct Column {
        QString title;
        double weight = 1.0; // share of the page width
        Cell cell = Cell::Text;
    };
    struct Section {
        QString heading; // "Grade 07"; repeated with "(continued)" on later pages
        QVector<QStringList> rows;
    };

    QString title;             // "Students without a caring adult connection"
    QStringList subtitleLines; // school, round, date printed
    QString highlight;         // "37 of 612 students have no caring adult connection"
    QString note;              // one line of instructions under the highlight
    QString emptyText;         // printed instead of the table when there are no rows
    QString runningHeader;     // top of pages 2..n
    QString footer;            // "Confidential: student information"
    QVector<Column> columns;
    QVector<Section> sections;
    bool newPagePerSection = false;

    int rowCount() const {
        int n = 0;
        for (const Section& s : sections)
            n += int(s.rows.size());
        return n;
    }
};

} // namespace cm
