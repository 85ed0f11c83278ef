#include "RoundComparison.h"

#include "ConnectionAnalysis.h"
#include "Storage.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cm {

namespace {

// Student row id -> adults with a `connected` mark (any adult), by adult id.
QHash<RowId, QVector<RowId>> connectedMarks(const QVector<Mark>& marks) {
    QHash<RowId, QVector<RowId>> out;
    for (const Mark& m : marks) {
        if (m.kind == MarkKind::Connected)
            out[m.studentId].push_back(m.adultId);
    }
    for (QVector<RowId>& ids : out)
        std::sort(ids.begin(), ids.end());
    return out;
}

} // namespace

RoundComparison::RoundComparison(const QVector<Student>& students, const QVector<Adult>& adults,
                                 const QVector<Mark>& marksA, const QVector<Mark>& marksB) {
    QHash<RowId, const Adult*> adultById;
    for (const Adult& a : adults)
        adultById.insert(a.id, &a);
    const QHash<RowId, QVector<RowId>> before = connectedMarks(marksA);
    const QHash<RowId, QVector<RowId>> marked = connectedMarks(marksB);
    const ConnectionAnalysis after(students, adults, marksB);

    for (const Student& s : after.activeStudents()) { // sorted by grade and name
        ++m_active;
        ComparedStudent c;
        c.student = s;
        c.adultsBefore = before.value(s.id);
        c.adultsAfter = after.connections(s.id).connecting;
        std::sort(c.adultsAfter.begin(), c.adultsAfter.end());
        const bool was = !c.adultsBefore.isEmpty();
        const bool is = !c.adultsAfter.isEmpty();
        if (!was && is)
            m_newly.push_back(c);
        else if (was && !is)
            m_lost.push_back(c);
        else if (!was && !is)
            m_still.push_back(c);

        const QVector<RowId> all = marked.value(s.id);
        if (all.isEmpty())
            continue;
        int leaving = 0, gone = 0;
        QDate firstLeaving;
        for (RowId id : all) {
            const Adult* a = adultById.value(id);
            if (!a || !a->active) {
                ++gone;
            } else if (a->leavingDate.isValid()) {
                ++leaving;
                if (!firstLeaving.isValid() || a->leavingDate < firstLeaving)
                    firstLeaving = a->leavingDate;
            }
        }
        if (leaving + gone == all.size()) {
            if (leaving == 0)
                c.reason = QStringLiteral("every connecting adult has left");
            else if (all.size() == 1)
                c.reason = QStringLiteral("the only connecting adult is leaving on %1")
                               .arg(firstLeaving.toString(Qt::ISODate));
            else
                c.reason = QStringLiteral("every connecting adult has left or is leaving "
                                          "(from %1)")
                               .arg(firstLeaving.toString(Qt::ISODate));
        } else if (c.adultsAfter.size() == 1) {
            c.reason = QStringLiteral("exactly one connecting adult");
        } else {
            continue;
        }
        m_fragile.push_back(c);
    }
}

RoundComparison RoundComparison::load(const Storage& storage, RowId roundA, RowId roundB) {
    return RoundComparison(storage.students(), storage.adults(), storage.marks(roundA),
                           storage.marks(roundB));
}

} // namespace cm
