#pragma once

#include "Types.h"

#include <QString>
#include <QVector>

namespace cm {

// Why a suggested adult fits a student, best first. The order is the
// preference order of the practice.
enum class MatchReason { Concern, Teaches, Homeroom, Grade, Volunteer, Other, None };

QString matchReasonName(MatchReason reason); // "concern", "teaches", ... "none"

// One adult who could take mentees. Only active adults with room are used.
struct MatchCandidate {
    RowId id = 0;
    bool active = true;
    int capacity = -1; // -1: the school default; 0: not available
    bool volunteer = false;
    bool leaving = false; // a leaving date is set: used only when better options are full
    int currentLoad = 0;  // open matches the adult already has
};

// A student to be matched (by row id), with the homeroom and grade used to
// find adults linked to them.
struct MatchStudent {
    RowId id = 0;
    QString grade;
    QString homeroom;
};

// An adult-student relation from the data: a concern mark or a teaching link.
struct MatchPair {
    RowId adultId = 0;
    RowId studentId = 0;
};

// Everything the suggester reads. Pure data: no storage, no SQL.
struct MatchInput {
    QVector<MatchStudent> students; // the students to match
    QVector<MatchCandidate> adults; // every adult (inactive/full ones are skipped)
    QVector<MatchPair> concerns;    // adult flagged "may benefit" for the student
    QVector<MatchPair> teaching;    // adult teaches the student (any student)
    // Homeroom and grade of every student a teaching link names (students to
    // match may be left out: they are known from `students`).
    QVector<MatchStudent> roster;
    int defaultCapacity = 3;
};

struct MatchAssignment {
    RowId studentId = 0;
    RowId adultId = 0; // 0: no adult could be found
    MatchReason reason = MatchReason::None;
};

struct MatchSuggestion {
    QVector<MatchAssignment> assignments; // one per input student, in input order
    QVector<RowId> unmatched;             // students left without an adult, in input order
    int totalCapacity = 0;                // free places among available adults
    // Places still needed so that every student has an adult.
    int shortfall() const { return int(unmatched.size()); }
};

// Suggests one go-to adult for every student as a whole-school optimisation:
// a minimum-cost flow from students to adults (each adult a sink of its free
// capacity), with tiered costs (concern < teaches < homeroom < grade <
// volunteer < any other adult, a leaving date costs extra) and convex per-place
// costs so that load spreads evenly among equally good adults. Homeroom, grade,
// volunteer and any-adult options go through aggregate nodes, so the graph
// stays linear in the data. Deterministic: ties break by row id.
class MatchSuggester {
public:
    static MatchSuggestion suggest(const MatchInput& input);
    // Free places of one adult given the school default (0 when unavailable).
    static int freePlaces(const MatchCandidate& adult, int defaultCapacity);
};

} // namespace cm
