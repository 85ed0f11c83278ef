#pragma once

#include "SchoolFigures.h"

class QPagedPaintDevice;
class QPainter;

namespace cm {

// The summary for leaders, on two pages: the key figures, adults per
// student, percent connected by grade and over rounds, the adults who have
// not marked yet; then equity by student group and by homeroom.
class SummaryReport {
public:
    explicit SummaryReport(SchoolFigures figures);
    int paint(QPagedPaintDevice* device) const; // pages, 0 on failure

private:
    double paintHeader(QPainter& painter, double width, double mm) const;
    void paintFooter(QPainter& painter, double width, double height, double mm, int page,
                     int pages) const;
    SchoolFigures m_figures;
};

} // namespace cm
