#include "VoiceFigures.h"

#include "Storage.h"
#include "StudentGroups.h"
#include "VoiceData.h"

#include <QHash>

#include <algorithm>

namespace cm {

namespace {

void add(VoiceFigureRow& row, const VoiceStudent& v) {
    if (v.agreement == Agreement::NoResponse)
        return;
    ++row.responded;
    if (!v.studentAdults.isEmpty())
        ++row.named;
}

QVector<VoiceFigureRow> gradeRows(const VoiceComparison& c) {
    QVector<VoiceFigureRow> rows;
    QHash<QString, int> index;
    for (const VoiceStudent& v : c.students()) {
        if (!index.contains(v.student.grade)) {
            index.insert(v.student.grade, int(rows.size()));
            rows.push_back(VoiceFigureRow{QString(), v.student.grade, 0, 0, false});
        }
        add(rows[index.value(v.student.grade)], v);
    }
    std::sort(rows.begin(), rows.end(), [](const VoiceFigureRow& a, const VoiceFigureRow& b) {
        return compareGrades(a.label, b.label) < 0;
    });
    return rows;
}

QVector<VoiceFigureRow> groupRows(const Storage& storage, const VoiceComparison& c, int threshold) {
    QHash<RowId, const VoiceStudent*> byId;
    for (const VoiceStudent& v : c.students())
        byId.insert(v.student.id, &v);
    const QHash<RowId, QVector<RowId>> members = StudentGroups::members(storage);
    QVector<VoiceFigureRow> rows;
    for (const StudentGroup& g : StudentGroups::all(storage)) {
        VoiceFigureRow r{g.category, g.name, 0, 0, false};
        int active = 0;
        for (RowId id : members.value(g.id)) {
            if (const VoiceStudent* v = byId.value(id)) {
                ++active;
                add(r, *v);
            }
        }
        // As in SchoolFigures, a group too small could identify students, so
        // its counts never leave the core; here the answers count too (three
        // answers in a group of forty would say who named nobody).
        r.suppressed = active < threshold || r.responded < threshold;
        if (r.suppressed)
            r.responded = r.named = 0;
        rows.push_back(r);
    }
    return rows;
}

} // namespace

VoiceFigures VoiceFigures::compute(const Storage& storage, RowId roundId, int privacyThreshold) {
    VoiceFigures f;
    f.privacyThreshold = privacyThreshold;
    // No survey this round: no answers to read and nothing to resolve.
    if (roundId == 0 || storage.surveyAnswerCount(roundId) == 0)
        return f;
    const VoiceComparison c = VoiceData::compare(storage, roundId);
    for (int i = 0; i < kAgreementCount; ++i)
        f.counts[i] = c.count(Agreement(i));
    f.students = int(c.students().size());
    f.responded = c.responded();
    f.named = c.namedAnyone();
    f.unresolved = int(VoiceData::load(storage, roundId).unresolved().size());
    f.byGrade = gradeRows(c);
    f.byGroup = groupRows(storage, c, privacyThreshold);
    return f;
}

} // namespace cm
