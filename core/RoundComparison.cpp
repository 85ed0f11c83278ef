#include "RoundComparison.h"

#include "ConnectionAnalysis.h"
#include "Storage.h"

#include <QHash>

#include <algorithm>

namespace cm {

namespace {

QVector<RowId> sorted(QVector<RowId> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString fragileReason(const StudentConnections& c, const QHash<RowId, QDate>& leaving) {
    if (c.fragility() == Fragility::OneAdult)
        return QStringLiteral("exactly one connecting adult");
    QDate first;
    for (RowId id : c.connecting) {
        const QDate d = leaving.value(id);
        if (d.isValid() && (!first.isValid() || d < first))
            first = d;
    }
    if (c.count() == 1)
        return QStringLiteral("the only connecting adult is leaving on %1")
            .arg(first.toString(Qt::ISODate));
    return QStringLiteral("every connecting adult is leaving (from %1)")
        .arg(first.toString(Qt::ISODate));
}

} // namespace

RoundComparison::RoundComparison(const QVector<Student>& students, const QVector<Adult>& adults,
                                 const QVector<MarkFlags>& marksA,
                                 const QVector<MarkFlags>& marksB) {
    QHash<RowId, QDate> leaving;
    for (const Adult& a : adults)
        leaving.insert(a.id, a.leavingDate);
    // The same rule for both rounds, over today's roster.
    const ConnectionAnalysis before(students, adults, marksA);
    const ConnectionAnalysis after(students, adults, marksB);

    for (const Student& s : after.activeStudents()) { // sorted by grade and name
        ++m_active;
        ComparedStudent c;
        c.student = s;
        c.adultsBefore = sorted(before.connections(s.id).connecting);
        const StudentConnections now = after.connections(s.id);
        c.adultsAfter = sorted(now.connecting);
        const bool was = !c.adultsBefore.isEmpty();
        const bool is = !c.adultsAfter.isEmpty();
        if (!was && is)
            m_newly.push_back(c);
        else if (was && !is)
            m_lost.push_back(c);
        else if (!was && !is)
            m_still.push_back(c);
        if (now.fragility() != Fragility::None) {
            c.reason = fragileReason(now, leaving);
            m_fragile.push_back(c);
        }
    }
}

RoundComparison RoundComparison::load(const Storage& storage, RowId roundA, RowId roundB) {
    return RoundComparison(storage.students(), storage.adults(), storage.markFlags(roundA),
                           storage.markFlags(roundB));
}

} // namespace cm
