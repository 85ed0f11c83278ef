#pragma once

#include "Error.h"
#include "MatchSuggester.h"
#include "Mentoring.h"
#include "Types.h"

#include <QDate>
#include <QVector>

namespace cm {

class Storage;

// A suggestion for a round, with what the counselor needs to review it.
struct MentorSuggestion {
    Round round;
    int defaultCapacity = 3;
    // Unconnected students (sorted by grade and name) who have no go-to adult
    // yet, each with the suggested adult (0: none) and why.
    QVector<Student> students;
    QVector<MatchAssignment> assignments; // parallel to students
    // Unconnected students who already have a go-to adult (the plan stands;
    // the mark has not come yet).
    QVector<Student> alreadyMatched;
    QVector<MentorMatch> existing; // parallel to alreadyMatched
    int totalCapacity = 0;         // free places among available adults
    QVector<RowId> unmatched;      // students without a suggested adult
    int shortfall() const { return int(unmatched.size()); }
};

// What applying a suggestion changed, so that it can be undone exactly.
struct AppliedMatches {
    QVector<RowId> created; // new matches
    QVector<RowId> ended;   // previous open matches that the new ones replaced
};

// Glue between the school's data and the pure MatchSuggester: reads the round,
// the roster, teaching links, concern marks, capacities and open matches;
// applies a reviewed suggestion in one transaction.
class MentoringSuggestions {
public:
    // defaultCapacity < 0: the school's setting. alsoMatch: connected
    // students to offer too, at the counselor's choice (student voice: adults
    // marked them but they named nobody); the adults who marked them come
    // first, like a concern.
    static Result<MentorSuggestion> suggest(const Storage& storage, RowId roundId,
                                            int defaultCapacity = -1,
                                            const QVector<RowId>& alsoMatch = {});
    // Assigns every row with an adult, all or nothing. Rows without an adult
    // are skipped.
    static Result<AppliedMatches> apply(Storage& storage, RowId roundId,
                                        const QVector<MatchAssignment>& rows,
                                        const QDate& start = QDate(), int defaultCapacity = -1);
    // Reverses apply(), in one transaction. A match that has check-ins by
    // then is ended today instead of deleted, so no check-in is lost.
    static Status undo(Storage& storage, const AppliedMatches& applied);
};

} // namespace cm
