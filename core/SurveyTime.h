#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cm {

// The submission times that survey tools write: Google Forms' "Timestamp"
// ("2026/09/14 8:02:11 AM GMT-4" or "9/14/2026 8:02:11"), Microsoft Forms'
// "Completion time" ("9/14/26 8:02:11"), ISO 8601, and day-first dates
// ("14/09/2026 08:02"), and Excel's serial dates (46279.33693, in a workbook
// from Microsoft Forms). Without a zone, times are the computer's local time.
class SurveyTime {
public:
    enum class Order { MonthFirst, DayFirst };

    // The order of "a/b/year" dates that fits every text: day first when a
    // day above 12 comes first somewhere, else month first (the Forms
    // default). *conflict is set to the index of a text that fits neither
    // order, given the others, or -1.
    static Order order(const QStringList& texts, int* conflict);
    // Invalid when the text is not a time in that order.
    static QDateTime parse(const QString& text, Order order);
};

} // namespace cm
