#pragma once

#include "Types.h"

#include <QHash>
#include <QVector>

namespace cm {

class Storage;

struct StudentConnections {
    RowId studentId = 0;       // student row id
    QVector<RowId> connecting; // active adults with a `connected` mark
    QVector<RowId> concerned;  // active adults who flagged "may benefit"
    int count() const { return int(connecting.size()); }
};

struct ConnectionTotals {
    int studentsActive = 0;
    int unconnected = 0;
    int exactlyOne = 0;
    int twoOrMore = 0;
};

// The rule of the practice, in one place: in a round, an active student is
// unconnected when no active adult has a `connected` mark for them. Concern
// marks never connect; inactive adults' marks stay on record but never count.
class ConnectionAnalysis {
public:
    ConnectionAnalysis() = default;
    ConnectionAnalysis(const QVector<Student>& students, const QVector<Adult>& adults,
                       const QVector<Mark>& marks);

    // Reads the roster and the round's marks from storage.
    static ConnectionAnalysis load(const Storage& storage, RowId roundId);

    const ConnectionTotals& totals() const { return m_totals; }
    // Active students only, sorted by grade, family name, given name.
    const QVector<Student>& activeStudents() const { return m_active; }
    QVector<Student> unconnected() const;
    // Connections of a student (by row id); empty for unknown/inactive ones.
    StudentConnections connections(RowId studentId) const;
    int count(RowId studentId) const;
    bool isUnconnected(RowId studentId) const;

    // Sort order shared by every list: grade, family name, given name, id.
    static bool lessThan(const Student& a, const Student& b);
    // Compares people's names as a person expects (accents, case, numbers).
    static int compareNames(const QString& a, const QString& b);

private:
    QVector<Student> m_active;
    QHash<RowId, StudentConnections> m_byStudent;
    ConnectionTotals m_totals;
};

} // namespace cm
