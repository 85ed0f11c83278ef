#include "SchoolFigures.h"

#include "ConnectionAnalysis.h"
#include "Storage.h"
#include "StudentGroups.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace cm {

namespace {

double percentOf(int part, int whole) {
    return whole <= 0 ? 0.0 : 100.0 * part / whole;
}

// Adds a student to the row called label in rows (kept in first-seen order).
void tally(QVector<FigureRow>& rows, QHash<QString, int>& index, const QString& label,
           bool unconnected) {
    auto it = index.find(label);
    if (it == index.end()) {
        it = index.insert(label, int(rows.size()));
        FigureRow r;
        r.label = label;
        rows.push_back(r);
    }
    FigureRow& r = rows[*it];
    ++r.students;
    if (unconnected)
        ++r.unconnected;
}

QVector<FigureRow> byRoster(const ConnectionAnalysis& analysis, bool grade) {
    QVector<FigureRow> rows;
    QHash<QString, int> index;
    for (const Student& s : analysis.activeRoster())
        tally(rows, index, grade ? s.grade : s.homeroom, analysis.isUnconnected(s.id));
    std::sort(rows.begin(), rows.end(), [grade](const FigureRow& a, const FigureRow& b) {
        if (grade)
            return compareGrades(a.label, b.label) < 0;
        return ConnectionAnalysis::compareNames(a.label, b.label) < 0;
    });
    return rows;
}

QVector<FigureRow> groupRows(const Storage& storage, const ConnectionAnalysis& analysis,
                             int threshold) {
    const QHash<RowId, QVector<RowId>> members = StudentGroups::members(storage);
    QVector<FigureRow> rows;
    for (const StudentGroup& g : StudentGroups::all(storage)) {
        FigureRow r;
        r.category = g.category;
        r.label = g.name;
        for (RowId id : members.value(g.id)) {
            if (!analysis.isActive(id))
                continue;
            ++r.students;
            if (analysis.isUnconnected(id))
                ++r.unconnected;
        }
        // Too small a group could identify students: its counts never leave
        // the core, so no view, file or chart can show them.
        r.suppressed = r.students < threshold;
        if (r.suppressed)
            r.students = r.unconnected = 0;
        rows.push_back(r);
    }
    return rows;
}

QVector<AdultParticipation> participationRows(const QVector<Student>& students,
                                              const QVector<Adult>& adults,
                                              const QVector<MarkFlags>& marks) {
    QHash<RowId, int> index;
    QVector<AdultParticipation> rows;
    for (const Adult& a : adults) {
        if (!a.active)
            continue;
        index.insert(a.id, int(rows.size()));
        rows.push_back(AdultParticipation{a.id, a.displayName(), a.role, 0, 0, 0});
    }
    QSet<RowId> activeStudents;
    for (const Student& s : students) {
        if (s.active)
            activeStudents.insert(s.id);
    }
    for (const MarkFlags& m : marks) {
        auto it = index.constFind(m.adultId);
        if (it == index.constEnd() || !activeStudents.contains(m.studentId))
            continue;
        AdultParticipation& p = rows[*it];
        ++p.marked;
        p.connected += m.connected ? 1 : 0;
        p.concern += m.concern ? 1 : 0;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AdultParticipation& a, const AdultParticipation& b) {
                         if (a.marked != b.marked)
                             return a.marked > b.marked;
                         return ConnectionAnalysis::compareNames(a.name, b.name) < 0;
                     });
    return rows;
}

} // namespace

double FigureRow::percentConnected() const {
    return percentOf(connected(), students);
}

double SchoolFigures::percentConnected() const {
    return percentOf(connected(), studentsActive);
}

QVector<AdultParticipation> SchoolFigures::notMarked() const {
    QVector<AdultParticipation> out;
    for (const AdultParticipation& a : participation) {
        if (a.marked == 0)
            out.push_back(a);
    }
    std::sort(out.begin(), out.end(), [](const AdultParticipation& a, const AdultParticipation& b) {
        return ConnectionAnalysis::compareNames(a.name, b.name) < 0;
    });
    return out;
}

SchoolFigures SchoolFigures::compute(const Storage& storage, const Round& round,
                                     int privacyThreshold) {
    SchoolFigures f;
    f.school = storage.schoolName();
    f.round = round;
    f.privacyThreshold = privacyThreshold;

    const QVector<Student> students = storage.students();
    const QVector<Adult> adults = storage.adults();
    const QVector<MarkFlags> marks = storage.markFlags(round.id);
    const ConnectionAnalysis analysis(students, adults, marks);
    const ConnectionTotals& t = analysis.totals();
    f.studentsActive = t.studentsActive;
    f.unconnected = t.unconnected;
    f.exactlyOne = t.exactlyOne;
    f.twoOrMore = t.twoOrMore;
    f.fragile = t.fragile;

    f.adultsPerStudent = QVector<int>(5, 0);
    for (const Student& s : analysis.activeRoster())
        ++f.adultsPerStudent[std::min(analysis.count(s.id), 4)];

    f.byGrade = byRoster(analysis, true);
    f.byHomeroom = byRoster(analysis, false);
    f.byGroup = groupRows(storage, analysis, privacyThreshold);
    f.participation = participationRows(students, adults, marks);

    // Change over rounds: every round opened up to this one, against today's
    // roster (the rule is the same one; only the marks differ).
    QSet<RowId> previouslyUnconnected;
    bool first = true;
    for (const Round& r : storage.rounds()) {
        const bool isThis = r.id == round.id;
        if (!isThis && r.opened.isValid() && round.opened.isValid() && r.opened > round.opened)
            continue;
        const ConnectionAnalysis a =
            isThis ? analysis : ConnectionAnalysis(students, adults, storage.markFlags(r.id));
        RoundFigure rf;
        rf.roundId = r.id;
        rf.row.label = r.name;
        rf.row.students = a.totals().studentsActive;
        rf.row.unconnected = a.totals().unconnected;
        QSet<RowId> nowUnconnected;
        for (const Student& s : a.activeRoster()) {
            if (a.isUnconnected(s.id))
                nowUnconnected.insert(s.id);
            else if (!first && previouslyUnconnected.contains(s.id))
                ++rf.movedToConnected;
        }
        previouslyUnconnected = nowUnconnected;
        first = false;
        f.byRound.push_back(rf);
        if (isThis)
            break;
    }
    return f;
}

} // namespace cm
