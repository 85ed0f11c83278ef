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
    // Mentors: every adult with an open match, one adult per page.
    enum class Kind { Unconnected, MarkingSheet, Summary, Mentor, Voice, Mentors };
    Kind kind = Kind::Unconnected;
    Round round;
    RowId adultId = 0; // the mentor, for Kind::Mentor
    UnconnectedReportData::GroupBy groupBy = UnconnectedReportData::GroupBy::Grade;
    // The unconnected list of one grade and/or homeroom (empty: all), as the
    // Unconnected page shows it.
    UnconnectedReportData::Filter filter;
};

// The one entry point that the window (print, preview, save as PDF) and the
// `report` command use to paint a report on a printer or a PDF.
class ReportRenderer {
public:
    // Paints the report; returns the number of pages (0: failed).
    static int render(const Storage& storage, const ReportRequest& request,
                      QPagedPaintDevice* device);
    static QString title(ReportRequest::Kind kind);
    // The title with what the report holds: "... · Grade 08", a mentor's name.
    static QString title(const Storage& storage, const ReportRequest& request);
    // The adults with an open match, by name: Kind::Mentors prints these.
    static QVector<RowId> mentorsWithMatches(const Storage& storage);

    // The tables behind the list reports (also used by tests).
    static ReportTable unconnectedTable(const UnconnectedReportData& data);
    static ReportTable markingSheetTable(const Storage& storage, const Round& round);
    // A go-to adult's own list: mentees, plan, follow-up dates, last check-in.
    static ReportTable mentorTable(const Storage& storage, RowId adultId);
    // What an unconnected list or summary prints for a round without marks.
    static ReportTable noMarksTable(const QString& school, const Round& round,
                                    const QString& reportTitle, const QString& noMarks);

private:
    static int renderMentors(const Storage& storage, QPagedPaintDevice* device);
};

} // namespace cm
