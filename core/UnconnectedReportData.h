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

    QString school;
    Round round;
    QDate printed;
    int studentsActive = 0;
    int unconnected = 0;
    GroupBy groupBy = GroupBy::Grade;
    QVector<UnconnectedSection> sections;

    static UnconnectedReportData load(const Storage& storage, const Round& round,
                                      GroupBy groupBy = GroupBy::Grade);
    // Open mentor matches: student row id -> adult row id.
    static QHash<RowId, RowId> openMatches(const Storage& storage);
};

} // namespace cm
