#pragma once

#include "ChartFactory.h"
#include "Error.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace cm {

// One chart of the Dashboard with its actions: copy the numbers behind it as
// a table, save it as PNG or PDF.
class ChartPanel : public QFrame {
    Q_OBJECT
public:
    ChartPanel(ChartFactory::Kind kind, QWidget* parent = nullptr);

    ChartFactory::Kind kind() const { return m_kind; }
    void setFigures(const SchoolFigures& figures);
    QChart* chart() const;
    QChartView* view() const { return m_view; }
    ChartTable table() const { return ChartFactory::table(m_kind, m_figures); }
    // A note under the chart (the participation panel lists who is missing).
    void setNote(const QString& text);

    Status savePng(const QString& path) const;
    Status savePdf(const QString& path) const;

public slots:
    void copyNumbers() const;
    void saveAs();

private:
    QString spokenNumbers() const;

    ChartFactory::Kind m_kind;
    SchoolFigures m_figures;
    QChartView* m_view = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace cm
