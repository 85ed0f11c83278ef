#include "MentoringSuggestions.h"

#include "ConnectionAnalysis.h"
#include "Storage.h"
#include "TeachingLinks.h"

#include <QHash>

namespace cm {

Result<MentorSuggestion> MentoringSuggestions::suggest(const Storage& storage, RowId roundId,
                                                       int defaultCapacity,
                                                       const QVector<RowId>& alsoMatch) {
    const std::optional<Round> round = storage.roundById(roundId);
    if (!round)
        return Error{QStringLiteral("there is no round %1").arg(roundId), {}, 0};
    MentorSuggestion out;
    out.round = *round;
    out.defaultCapacity =
        defaultCapacity >= 0 ? defaultCapacity : Mentoring::settings(storage).defaultCapacity;

    const QVector<Student> students = storage.students();
    const QVector<Adult> adults = storage.adults();
    const ConnectionAnalysis analysis(students, adults, storage.marks(roundId));
    QHash<RowId, MentorMatch> open;
    for (const MentorMatch& m : Mentoring::matches(storage, true))
        open.insert(m.studentId, m);

    MatchInput in;
    in.defaultCapacity = out.defaultCapacity;
    QVector<Student> toMatch = analysis.unconnected();
    for (const Student& s : analysis.activeStudents())
        if (alsoMatch.contains(s.id) && !analysis.isUnconnected(s.id))
            toMatch.push_back(s);
    for (const Student& s : toMatch) {
        if (open.contains(s.id)) {
            out.alreadyMatched.push_back(s);
            out.existing.push_back(open.value(s.id));
            continue;
        }
        out.students.push_back(s);
        in.students.push_back({s.id, s.grade, s.homeroom});
        const StudentConnections c = analysis.connections(s.id);
        for (RowId a : c.concerned)
            in.concerns.push_back({a, s.id});
        for (RowId a : c.connecting) // only students offered by choice have any
            in.concerns.push_back({a, s.id});
    }
    for (const Student& s : analysis.activeStudents())
        in.roster.push_back({s.id, s.grade, s.homeroom});
    const QHash<RowId, int> load = Mentoring::openLoad(storage);
    for (const Adult& a : adults) {
        MatchCandidate c;
        c.id = a.id;
        c.active = a.active;
        c.capacity = a.capacity;
        c.volunteer = a.volunteer;
        c.leaving = a.leavingDate.isValid();
        c.currentLoad = load.value(a.id);
        in.adults.push_back(c);
    }
    for (const TeachingLink& t : TeachingLinks::all(storage))
        in.teaching.push_back({t.adultId, t.studentId});

    const MatchSuggestion s = MatchSuggester::suggest(in);
    out.assignments = s.assignments;
    out.totalCapacity = s.totalCapacity;
    out.unmatched = s.unmatched;
    return out;
}

Result<AppliedMatches> MentoringSuggestions::apply(Storage& storage, RowId roundId,
                                                   const QVector<MatchAssignment>& rows,
                                                   const QDate& start, int defaultCapacity) {
    AppliedMatches applied;
    Storage::Transaction tx(storage);
    for (const MatchAssignment& row : rows) {
        if (row.adultId == 0)
            continue;
        const std::optional<MentorMatch> before =
            Mentoring::openMatchOfStudent(storage, row.studentId);
        if (before && before->adultId == row.adultId)
            continue; // already so
        const Result<RowId> id = Mentoring::assign(storage, row.studentId, row.adultId, start,
                                                   QString(), roundId, defaultCapacity);
        if (!id.ok())
            return id.error();
        applied.created.push_back(*id);
        if (before)
            applied.ended.push_back(before->id);
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return applied;
}

Status MentoringSuggestions::undo(Storage& storage, const AppliedMatches& applied) {
    Storage::Transaction tx(storage);
    // Newest first, so that a student's earlier match can be reopened. A match
    // that has check-ins by now is ended, not deleted: its history stays.
    for (auto it = applied.created.crbegin(); it != applied.created.crend(); ++it) {
        const Status st = Mentoring::checkIns(storage, *it).isEmpty()
                              ? Mentoring::deleteMatch(storage, *it)
                              : Mentoring::endMatch(storage, *it, QDate::currentDate());
        if (!st.ok())
            return st;
    }
    for (RowId id : applied.ended) {
        if (Status st = Mentoring::reopenMatch(storage, id); !st.ok())
            return st;
    }
    return tx.commit();
}

} // namespace cm
