#pragma once

#include <QFont>

namespace cm {

// Shared look of printed reports and charts.
class ReportStyle {
public:
    // The sans-serif used on paper. Ligatures are off so that text copied
    // or searched in a PDF ("flagged", "benefit") stays plain letters.
    static QFont font(double points, bool bold = false);
};

} // namespace cm
