#pragma once

#include "SchoolFigures.h"
#include "Types.h"
#include "VoiceComparison.h"

#include <QString>
#include <QVector>

namespace cm {

class Storage;

// Of the students of one part of the school (a grade, a student group) who
// answered the survey, how many named at least one adult.
struct VoiceFigureRow {
    QString category; // groups only
    QString label;
    int responded = 0;
    int named = 0;
    // Groups only: fewer active students, or fewer answers, than the privacy
    // threshold; a suppressed row carries no counts, like SchoolFigures' groups.
    bool suppressed = false;
    double percentNamed() const { return responded > 0 ? 100.0 * named / responded : 0.0; }
};

// The dashboard's student voice figures for a round, all from one
// VoiceComparison (VoiceData::compare): the five groups' counts, and the
// share who named at least one adult by grade (school order) and by student
// group (small groups suppressed as in SchoolFigures).
struct VoiceFigures {
    int counts[kAgreementCount] = {0, 0, 0, 0, 0};
    int students = 0;
    int responded = 0;
    int named = 0;
    int unresolved = 0; // distinct names not yet settled
    int privacyThreshold = SchoolFigures::kDefaultPrivacyThreshold;
    QVector<VoiceFigureRow> byGrade;
    QVector<VoiceFigureRow> byGroup;

    int count(Agreement a) const { return counts[int(a)]; }
    static VoiceFigures compute(const Storage& storage, RowId roundId,
                                int privacyThreshold = SchoolFigures::kDefaultPrivacyThreshold);
};

} // namespace cm
