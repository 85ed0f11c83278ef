#include "ReportStyle.h"

namespace cm {

QFont ReportStyle::font(double points, bool bold) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No shaping for Latin text: no ligatures (fi, fl, ff) in the PDF.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace cm
