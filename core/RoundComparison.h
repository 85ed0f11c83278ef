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
    QVector<RowId> adultsBefore; // connecting adults in the earlier round
    QVector<RowId> adultsAfter;  // connecting (active) adults in the later round
    QString reason;              // for fragile students: why, said plainly
};

// Two rounds compared (the earlier one A, the later one B), over the students
// active now. In A every `connected` mark counts (an adult who has left since
// was there then); in B the rule applies as everywhere else.
//
// Fragile (in B): exactly one connecting adult; or every adult with a
// `connected` mark is now inactive or has a leaving date (the student loses
// their only connections when those adults go).
class RoundComparison {
public:
    RoundComparison() = default;
    RoundComparison(const QVector<Student>& students, const QVector<Adult>& adults,
                    const QVector<Mark>& marksA, const QVector<Mark>& marksB);
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
