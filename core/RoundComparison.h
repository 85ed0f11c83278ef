#pragma once

#include "Types.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace cm {

class Storage;

// One student in a comparison of two rounds.
struct ComparedStudent {
    Student student;
    QVector<RowId> adultsBefore; // connecting adults in round A
    QVector<RowId> adultsAfter;  // connecting adults in round B
    QString reason;              // for fragile students: why, said plainly
};

// Two rounds compared (A and B, in either order), over the students active
// now, with the one rule of ConnectionAnalysis applied to both rounds:
// newly connected = unconnected in A and connected in B; lost = connected in A
// and unconnected in B; still unconnected = unconnected in both; fragile = the
// students ConnectionAnalysis calls fragile in B. Comparing a round with itself
// finds no newly connected and no lost student.
class RoundComparison {
public:
    RoundComparison() = default;
    RoundComparison(const QVector<Student>& students, const QVector<Adult>& adults,
                    const QVector<MarkFlags>& marksA, const QVector<MarkFlags>& marksB);
    static RoundComparison load(const Storage& storage, RowId roundA, RowId roundB);

    // Each list is sorted by grade and name.
    const QVector<ComparedStudent>& newlyConnected() const { return m_newly; }
    const QVector<ComparedStudent>& lostConnection() const { return m_lost; }
    const QVector<ComparedStudent>& stillUnconnected() const { return m_still; }
    const QVector<ComparedStudent>& fragile() const { return m_fragile; }
    int studentsActive() const { return m_active; }

private:
    QVector<ComparedStudent> m_newly;
    QVector<ComparedStudent> m_lost;
    QVector<ComparedStudent> m_still;
    QVector<ComparedStudent> m_fragile;
    int m_active = 0;
};

} // namespace cm
