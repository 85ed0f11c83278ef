#pragma once

#include "ReportTable.h"
#include "Types.h"
#include "UnconnectedReportData.h"

#include <QString>

class QPagedPaintDevice;

namespace cm {

class Storage;

// Which report, for which round, grouped how.
struct ReportRequest {
    enum class Kind { Unconnected, MarkingSheet, Summary, Mentor, Voice };
    Kind kind = Kind::Unconnected;
    Round round;
    RowId adultId = 0; // the mentor, for Kind::Mentor
    UnconnectedReportData::GroupBy groupBy = UnconnectedReportData::GroupBy::Grade;
};

// The one entry point that the window (print, preview, save as PDF) and the
// `report` command use to paint a report on a printer or a PDF.
class ReportRenderer {
public:
    // Paints the report; returns the number of pages (0: failed).
    static int render(const Storage& storage, const ReportRequest& request,
                      QPagedPaintDevice* device);
    static QString title(ReportRequest::Kind kind);

    // The tables behind the list reports (also used by tests).
    static ReportTable unconnectedTable(const UnconnectedReportData& data);
    static ReportTable markingSheetTable(const Storage& storage, const Round& round);
    // A go-to adult's own list: mentees, plan, follow-up dates, last check-in.
    static ReportTable mentorTable(const Storage& storage, RowId adultId);
};

} // namespace cm
