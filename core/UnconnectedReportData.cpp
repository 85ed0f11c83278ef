#include "UnconnectedReportData.h"

#include "ConnectionAnalysis.h"
#include "Mentoring.h"
#include "SchoolDocument.h"
#include "Storage.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace cm {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("cm::UnconnectedReportData", text);
}
} // namespace

QHash<RowId, RowId> UnconnectedReportData::openMatches(const Storage& storage) {
    QHash<RowId, RowId> out;
    for (const MentorMatch& m : Mentoring::matches(storage, true))
        out.insert(m.studentId, m.adultId);
    return out;
}

QString UnconnectedReportData::Filter::text() const {
    QStringList parts;
    if (!grade.isEmpty())
        parts << tr("Grade %1").arg(grade);
    if (!homeroom.isEmpty())
        parts << tr("Homeroom %1").arg(homeroom);
    return parts.join(QStringLiteral(" · "));
}

UnconnectedReportData UnconnectedReportData::load(const Storage& storage, const Round& round,
                                                  GroupBy groupBy, const Filter& filter) {
    UnconnectedReportData d;
    d.school = storage.schoolName();
    d.round = round;
    d.printed = QDate::currentDate();
    d.groupBy = groupBy;
    d.filter = filter;
    d.noMarks = SchoolDocument::noMarksText(storage, round.id);
    if (!d.noMarks.isEmpty())
        return d; // no mapping yet: no list of "everyone unconnected"

    const ConnectionAnalysis analysis = ConnectionAnalysis::load(storage, round.id);
    d.studentsActive = analysis.totals().studentsActive;
    d.unconnected = analysis.totals().unconnected;
    QVector<Student> list = analysis.unconnected(); // grade, family, given
    if (!filter.isEmpty()) {
        // The filter's share of the rule's figures: its active students and
        // its unconnected ones.
        d.studentsActive = 0;
        for (const Student& s : storage.students())
            d.studentsActive += s.active && filter.accepts(s) ? 1 : 0;
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const Student& s) { return !filter.accepts(s); }),
                   list.end());
        d.unconnected = int(list.size());
    }

    QHash<RowId, QString> adultNames;
    for (const Adult& a : storage.adults())
        adultNames.insert(a.id, a.displayName());
    const QHash<RowId, RowId> matches = openMatches(storage);

    if (groupBy == GroupBy::Homeroom) {
        std::stable_sort(list.begin(), list.end(), [](const Student& a, const Student& b) {
            return ConnectionAnalysis::compareNames(a.homeroom, b.homeroom) < 0;
        });
    }
    for (const Student& s : list) {
        const QString key = groupBy == GroupBy::Grade ? s.grade : s.homeroom;
        const QString heading =
            groupBy == GroupBy::Grade
                ? (key.isEmpty() ? tr("No grade") : tr("Grade %1").arg(key))
                : (key.isEmpty() ? tr("No homeroom") : tr("Homeroom %1").arg(key));
        if (d.sections.isEmpty() || d.sections.last().heading != heading)
            d.sections.push_back(UnconnectedSection{heading, {}});
        UnconnectedRow row;
        row.student = s;
        for (RowId a : analysis.connections(s.id).concerned)
            row.concernBy.push_back(adultNames.value(a));
        std::sort(row.concernBy.begin(), row.concernBy.end(),
                  [](const QString& a, const QString& b) {
                      return ConnectionAnalysis::compareNames(a, b) < 0;
                  });
        if (auto it = matches.constFind(s.id); it != matches.constEnd())
            row.assignedAdult = adultNames.value(*it);
        d.sections.last().rows.push_back(row);
    }
    return d;
}

} // namespace cm
