#pragma once

#include "SchoolFigures.h"

#include <QString>
#include <QStringList>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
class QRectF;
class QSizeF;
QT_END_NAMESPACE

namespace cm {

// The numbers behind one chart, as a table (for "Copy numbers" and tests).
struct ChartTable {
    QStringList columns;
    QVector<QStringList> rows;
    // Tab-separated, header first: pastes into a spreadsheet as a table.
    QString toTsv() const;
};

// Builds the charts shared by the Dashboard and the summary PDF from
// SchoolFigures. Every chart reads in grayscale: bars carry value labels and
// the comparison series uses a hatch pattern, not only a colour.
class ChartFactory {
public:
    enum class Kind { AdultsPerStudent, ByGrade, ByHomeroom, Equity, Rounds, Participation };
    static QVector<Kind> allKinds();

    static QString title(Kind kind);
    // A new chart (caller owns it).
    static QChart* build(Kind kind, const SchoolFigures& figures);
    static ChartTable table(Kind kind, const SchoolFigures& figures);
    // Category labels of the equity chart and the participation chart grow
    // with the data; a good height for the chart in pixels at 96 dpi.
    static int preferredHeight(Kind kind, const SchoolFigures& figures);

    static QString percentText(double percent);

    // Paints a fresh chart into target on any painter (PDF, printer, image);
    // laid out at logicalSize pixels and scaled, so text keeps its proportions.
    static void paint(QPainter& painter, Kind kind, const SchoolFigures& figures,
                      const QRectF& target, const QSizeF& logicalSize);
};

} // namespace cm
