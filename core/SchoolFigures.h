#pragma once

#include "Types.h"

#include <QString>
#include <QVector>

namespace cm {

class Storage;

// Students and unconnected students of one part of the school (a grade, a
// homeroom, a student group, a round).
struct FigureRow {
    QString category; // groups only: "Ethnicity", "Program", ...
    QString label;    // "07", "7A", "English learner", "Fall 2026"
    int students = 0;
    int unconnected = 0;
    // Groups only: too small to show (privacy). A suppressed row carries no
    // counts at all (students and unconnected are 0): show "fewer than N".
    bool suppressed = false;

    int connected() const { return students - unconnected; }
    // Percent of students with at least one caring adult; 0 when empty.
    double percentConnected() const;
};

// A round in the change-over-rounds chart.
struct RoundFigure {
    RowId roundId = 0;
    FigureRow row;
    // Students unconnected in the previous round and connected in this one;
    // 0 for the first round.
    int movedToConnected = 0;
};

// How many students each active adult marked in the round.
struct AdultParticipation {
    RowId adultId = 0;
    QString name;
    QString role;
    int connected = 0; // students with a `connected` mark
    int concern = 0;   // students flagged "may benefit"
    int marked = 0;    // students with either (each counted once)
};

// Every count and percentage that the dashboard, the printed reports and
// `caringmap summary` show, computed once from ConnectionAnalysis so that
// they never disagree.
struct SchoolFigures {
    static constexpr int kDefaultPrivacyThreshold = 10;

    QString school;
    Round round;
    int studentsActive = 0;
    int unconnected = 0;
    int exactlyOne = 0;
    int twoOrMore = 0;
    int fragile = 0; // see ConnectionAnalysis
    // Students by number of caring adults: 0, 1, 2, 3, 4 or more.
    QVector<int> adultsPerStudent;
    QVector<FigureRow> byGrade;                // in grade order
    QVector<FigureRow> byHomeroom;             // in name order
    QVector<FigureRow> byGroup;                // by category, name
    QVector<RoundFigure> byRound;              // oldest first, up to and including round
    QVector<AdultParticipation> participation; // active adults, most marks first
    int privacyThreshold = kDefaultPrivacyThreshold;

    int connected() const { return studentsActive - unconnected; }
    double percentConnected() const;
    // Active adults with no mark of either kind in the round, by name.
    QVector<AdultParticipation> notMarked() const;

    static SchoolFigures compute(const Storage& storage, const Round& round,
                                 int privacyThreshold = kDefaultPrivacyThreshold);
};

} // namespace cm
