#include "ReportRenderer.h"

#include "ConnectionAnalysis.h"
#include "Mentoring.h"
#include "SchoolDocument.h"
#include "SchoolFigures.h"
#include "Storage.h"
#include "SummaryReport.h"
#include "TableReportPainter.h"
#include "VoiceReport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>

#include <algorithm>

namespace cm {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("cm::ReportRenderer", text, nullptr, n);
}

// "Family, Preferred": the roster order, with the name the student goes by.
QString listName(const Student& s) {
    const QString first = s.preferredName.isEmpty() ? s.givenName : s.preferredName;
    return first.isEmpty() ? s.familyName : s.familyName + QStringLiteral(", ") + first;
}

QString dateText(const QDate& date) {
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(date, QLocale::LongFormat);
}

} // namespace

QString ReportRenderer::title(ReportRequest::Kind kind) {
    switch (kind) {
    case ReportRequest::Kind::Unconnected:
        return tr("Students without a caring adult connection");
    case ReportRequest::Kind::MarkingSheet:
        return tr("Relationship mapping: marking sheet");
    case ReportRequest::Kind::Summary:
        return tr("Relationship mapping: summary");
    case ReportRequest::Kind::Mentor:
        return tr("My go-to students");
    case ReportRequest::Kind::Voice:
        return tr("Student voice: staff and students side by side");
    case ReportRequest::Kind::Mentors:
        return tr("Mentor lists");
    }
    return QString();
}

QString ReportRenderer::title(const Storage& storage, const ReportRequest& request) {
    const QString base = title(request.kind);
    if (request.kind == ReportRequest::Kind::Unconnected && !request.filter.isEmpty())
        return base + QStringLiteral(" · ") + request.filter.text();
    if (request.kind == ReportRequest::Kind::Mentor) {
        if (const std::optional<Adult> a = storage.adultById(request.adultId))
            return base + QStringLiteral(" · ") + a->displayName();
    }
    return base;
}

QVector<RowId> ReportRenderer::mentorsWithMatches(const Storage& storage) {
    QSet<RowId> ids;
    for (const MentorMatch& m : Mentoring::matches(storage, true))
        ids.insert(m.adultId);
    QVector<Adult> adults;
    for (const Adult& a : storage.adults()) {
        if (ids.contains(a.id))
            adults.push_back(a);
    }
    std::stable_sort(adults.begin(), adults.end(), [](const Adult& a, const Adult& b) {
        if (int f = ConnectionAnalysis::compareNames(a.familyName, b.familyName); f != 0)
            return f < 0;
        return ConnectionAnalysis::compareNames(a.givenName, b.givenName) < 0;
    });
    QVector<RowId> out;
    for (const Adult& a : adults)
        out.push_back(a.id);
    return out;
}

ReportTable ReportRenderer::noMarksTable(const QString& school, const Round& round,
                                         const QString& reportTitle, const QString& noMarks) {
    ReportTable t;
    t.title = reportTitle;
    t.subtitleLines = {school, tr("Round: %1").arg(round.name) + QStringLiteral("   ·   ") +
                                   tr("Printed: %1").arg(dateText(QDate::currentDate()))};
    t.highlight = noMarks;
    t.note = tr("Record this round's marks first (a marking session or marking sheets); until "
                "then the last mapped round is the one to act on.");
    t.emptyText = tr("No marks have been recorded in this round yet.");
    t.runningHeader = QStringLiteral("%1   ·   %2   ·   %3").arg(school, t.title, round.name);
    t.footer = tr("Confidential: student information");
    t.columns = {{tr("Student"), 1, ReportTable::Cell::Text}};
    return t;
}

ReportTable ReportRenderer::unconnectedTable(const UnconnectedReportData& d) {
    const QString filter = d.filter.text();
    const QString reportTitle =
        filter.isEmpty() ? title(ReportRequest::Kind::Unconnected)
                         : title(ReportRequest::Kind::Unconnected) + QStringLiteral(" · ") + filter;
    if (!d.noMarks.isEmpty())
        return noMarksTable(d.school, d.round, reportTitle, d.noMarks);
    ReportTable t;
    t.title = reportTitle;
    t.subtitleLines = {d.school, tr("Round: %1").arg(d.round.name) + QStringLiteral("   ·   ") +
                                     tr("Printed: %1").arg(dateText(d.printed))};
    t.highlight =
        filter.isEmpty()
            ? (d.unconnected == 1 ? tr("%1 of %2 students has no caring adult connection")
                                  : tr("%1 of %2 students have no caring adult connection"))
                  .arg(d.unconnected)
                  .arg(d.studentsActive)
            : (d.unconnected == 1 ? tr("%1 of %2 students in %3 has no caring adult connection")
                                  : tr("%1 of %2 students in %3 have no caring adult connection"))
                  .arg(d.unconnected)
                  .arg(d.studentsActive)
                  .arg(filter);
    if (d.unconnected > 0)
        t.note = tr("Write your name under \"Volunteer adult\" if you will be this student's "
                    "go-to adult.");
    t.emptyText = filter.isEmpty()
                      ? tr("Every active student has at least one caring adult.")
                      : tr("Every active student in %1 has at least one caring adult.").arg(filter);
    t.runningHeader = QStringLiteral("%1   ·   %2   ·   %3").arg(d.school, t.title, d.round.name);
    t.footer = tr("Confidential: student information");
    t.columns = {{tr("Student"), 21, ReportTable::Cell::Text},
                 {tr("ID"), 9.5, ReportTable::Cell::Text},
                 {tr("Grade"), 7.5, ReportTable::Cell::Text},
                 {tr("Homeroom"), 12.5, ReportTable::Cell::Text},
                 {tr("Concern flagged by"), 17.5, ReportTable::Cell::Text},
                 {tr("Assigned adult"), 15, ReportTable::Cell::Text},
                 {tr("Volunteer adult"), 17, ReportTable::Cell::WriteIn}};
    for (const UnconnectedSection& sec : d.sections) {
        ReportTable::Section s;
        s.heading = sec.heading;
        s.rows.reserve(sec.rows.size());
        for (const UnconnectedRow& r : sec.rows) {
            s.rows.push_back({listName(r.student), r.student.shownId(), r.student.grade,
                              r.student.homeroom, r.concernBy.join(QStringLiteral(", ")),
                              r.assignedAdult, QString()});
        }
        t.sections.push_back(s);
    }
    return t;
}

ReportTable ReportRenderer::markingSheetTable(const Storage& storage, const Round& round) {
    ReportTable t;
    t.title = title(ReportRequest::Kind::MarkingSheet);
    t.subtitleLines = {storage.schoolName(),
                       tr("Round: %1").arg(round.name) + QStringLiteral("   ·   ") +
                           tr("Printed: %1").arg(dateText(QDate::currentDate()))};
    t.highlight = tr("Staff member: ________________________________");
    t.note = tr("Tick \"Positive, trusting relationship\" for each student you know well and "
                "who would come to you; tick \"May benefit\" for a student you worry about.");
    t.emptyText = tr("There are no active students.");
    t.runningHeader = QStringLiteral("%1   ·   %2   ·   %3   ·   %4")
                          .arg(storage.schoolName(), t.title, round.name,
                               tr("Staff member: ______________________"));
    t.footer = tr("Confidential: student information. Hand this sheet back at the end of the "
                  "meeting.");
    t.columns = {{tr("Student"), 30, ReportTable::Cell::Text},
                 {tr("ID"), 12, ReportTable::Cell::Text},
                 {tr("Grade"), 8, ReportTable::Cell::Text},
                 {tr("Positive, trusting relationship"), 17, ReportTable::Cell::Box},
                 {tr("May benefit from a relationship"), 17, ReportTable::Cell::Box}};
    QVector<Student> students;
    for (const Student& s : storage.students()) {
        if (s.active)
            students.push_back(s);
    }
    std::stable_sort(students.begin(), students.end(), [](const Student& a, const Student& b) {
        if (int h = ConnectionAnalysis::compareNames(a.homeroom, b.homeroom); h != 0)
            return h < 0;
        return ConnectionAnalysis::lessThan(a, b);
    });
    for (const Student& s : students) {
        const QString heading =
            s.homeroom.isEmpty() ? tr("No homeroom") : tr("Homeroom %1").arg(s.homeroom);
        if (t.sections.isEmpty() || t.sections.last().heading != heading)
            t.sections.push_back(ReportTable::Section{heading, {}});
        t.sections.last().rows.push_back({listName(s), s.shownId(), s.grade, QString(), QString()});
    }
    return t;
}

ReportTable ReportRenderer::mentorTable(const Storage& storage, RowId adultId) {
    const std::optional<Adult> adult = storage.adultById(adultId);
    const QString name = adult ? adult->displayName() : QString();
    const QVector<Mentee> mentees = Mentoring::menteesOf(storage, adultId);
    ReportTable t;
    t.title = title(ReportRequest::Kind::Mentor);
    t.subtitleLines = {storage.schoolName(),
                       tr("Go-to adult: %1").arg(name) + QStringLiteral("   ·   ") +
                           tr("Printed: %1").arg(dateText(QDate::currentDate()))};
    t.highlight = mentees.size() == 1
                      ? tr("You are the go-to adult for 1 student")
                      : tr("You are the go-to adult for %1 students").arg(mentees.size());
    QStringList plans;
    for (const Mentee& m : mentees) {
        if (!plans.contains(m.match.plan))
            plans.push_back(m.match.plan);
    }
    t.note = plans.size() == 1 ? tr("Plan: %1").arg(plans.first())
                               : tr("Each student's plan is in the last column.");
    t.emptyText = tr("No students are assigned to you yet.");
    t.runningHeader =
        QStringLiteral("%1   ·   %2   ·   %3").arg(storage.schoolName(), t.title, name);
    t.footer = tr("Confidential: student information");
    t.columns = {{tr("Student"), 19, ReportTable::Cell::Text},
                 {tr("Grade"), 6.5, ReportTable::Cell::Text},
                 {tr("Homeroom"), 11, ReportTable::Cell::Text},
                 {tr("Started"), 12, ReportTable::Cell::Text},
                 {tr("Follow-up 1"), 12, ReportTable::Cell::Text},
                 {tr("Follow-up 2"), 12, ReportTable::Cell::Text},
                 {tr("Last check-in"), 15.5, ReportTable::Cell::Text},
                 {plans.size() == 1 ? tr("Notes") : tr("Plan"), 12,
                  plans.size() == 1 ? ReportTable::Cell::WriteIn : ReportTable::Cell::Text}};
    ReportTable::Section section;
    section.heading = tr("Students");
    for (const Mentee& m : mentees) {
        QString last = tr("none yet");
        if (m.lastCheckIn)
            last = QStringLiteral("%1 %2").arg(m.lastCheckIn->date.toString(Qt::ISODate),
                                               checkInStatusName(m.lastCheckIn->status));
        if (m.connected && !(m.lastCheckIn && m.lastCheckIn->status == CheckInStatus::Connected))
            last += tr(" (marked connected)");
        section.rows.push_back({listName(m.student), m.student.grade, m.student.homeroom,
                                m.match.startDate.toString(Qt::ISODate),
                                m.match.firstFollowUp.toString(Qt::ISODate),
                                m.match.secondFollowUp.toString(Qt::ISODate), last,
                                plans.size() == 1 ? QString() : m.match.plan});
    }
    if (!section.rows.isEmpty())
        t.sections.push_back(section);
    return t;
}

int ReportRenderer::render(const Storage& storage, const ReportRequest& request,
                           QPagedPaintDevice* device) {
    switch (request.kind) {
    case ReportRequest::Kind::Unconnected: {
        const ReportTable t = unconnectedTable(
            UnconnectedReportData::load(storage, request.round, request.groupBy, request.filter));
        return TableReportPainter(t).paint(device);
    }
    case ReportRequest::Kind::MarkingSheet: {
        const ReportTable t = markingSheetTable(storage, request.round);
        return TableReportPainter(t).paint(device);
    }
    case ReportRequest::Kind::Summary: {
        const QString noMarks = SchoolDocument::noMarksText(storage, request.round.id);
        if (!noMarks.isEmpty()) {
            const ReportTable t =
                noMarksTable(storage.schoolName(), request.round, title(request.kind), noMarks);
            return TableReportPainter(t).paint(device);
        }
        return SummaryReport(SchoolFigures::compute(storage, request.round)).paint(device);
    }
    case ReportRequest::Kind::Mentor:
        return TableReportPainter(mentorTable(storage, request.adultId)).paint(device);
    case ReportRequest::Kind::Voice:
        return TableReportPainter(VoiceReport::table(storage, request.round)).paint(device);
    case ReportRequest::Kind::Mentors:
        return renderMentors(storage, device);
    }
    return 0;
}

// Every mentor's list in one document, each adult starting on a new page
// (for the staff mailbox run).
int ReportRenderer::renderMentors(const Storage& storage, QPagedPaintDevice* device) {
    const QVector<RowId> mentors = mentorsWithMatches(storage);
    if (mentors.isEmpty()) {
        ReportTable t = mentorTable(storage, 0);
        t.title = title(ReportRequest::Kind::Mentors);
        t.highlight = tr("No adult has a go-to student yet.");
        t.note.clear();
        return TableReportPainter(t).paint(device);
    }
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    int pages = 0;
    for (RowId id : mentors) {
        if (pages > 0)
            device->newPage();
        const ReportTable t = mentorTable(storage, id);
        const int n = TableReportPainter(t).paint(painter, device);
        if (n == 0)
            return 0;
        pages += n;
    }
    painter.end();
    return pages;
}

} // namespace cm
