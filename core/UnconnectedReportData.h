#pragma once

#include "Types.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

class Storage;

// One line of the printed list of unconnected students.
struct UnconnectedRow {
    Student student;
    QStringList concernBy; // adults who flagged "may benefit", by name
    QString assignedAdult; // the open mentor match's adult, if any
};

// The rows under one heading ("Grade 07", "Homeroom 7A").
struct UnconnectedSection {
    QString heading;
    QVector<UnconnectedRow> rows;
};

// Everything the printed list of unconnected students shows, read from the
// core's rule (ConnectionAnalysis) so the list and the figures agree.
struct UnconnectedReportData {
    enum class GroupBy { Grade, Homeroom };
    // One grade and/or one homeroom (empty: all).
    struct Filter {
        QString grade;
        QString homeroom;
        bool isEmpty() const { return grade.isEmpty() && homeroom.isEmpty(); }
        bool accepts(const Student& s) const {
            return (grade.isEmpty() || s.grade == grade) &&
                   (homeroom.isEmpty() || s.homeroom == homeroom);
        }
        // "Grade 08 · Homeroom 8B"; empty for no filter.
        QString text() const;
    };

    QString school;
    Round round;
    QDate printed;
    int studentsActive = 0;
    int unconnected = 0;
    GroupBy groupBy = GroupBy::Grade;
    Filter filter;
    // Empty, or "Spring 2027: no marks yet; ..." for a round without marks.
    QString noMarks;
    QVector<UnconnectedSection> sections;

    // studentsActive and unconnected count the filter's students only.
    static UnconnectedReportData load(const Storage& storage, const Round& round,
                                      GroupBy groupBy = GroupBy::Grade,
                                      const Filter& filter = Filter());
    // Open mentor matches: student row id -> adult row id.
    static QHash<RowId, RowId> openMatches(const Storage& storage);
};

} // namespace cm
