#include "VoiceData.h"

#include "ConnectionAnalysis.h"
#include "NameResolver.h"
#include "Storage.h"

#include <QSet>

#include <algorithm>

namespace cm {

VoiceData VoiceData::load(const Storage& storage, RowId roundId) {
    VoiceData out;
    QVector<Adult> active;
    for (const Adult& a : storage.adults())
        if (a.active)
            active.push_back(a);
    const NameResolver resolver(active, storage.surveyResolutions());
    QSet<RowId> current; // answers of students who have left are not listed to settle
    for (const Student& s : storage.students())
        if (s.active)
            current.insert(s.id);
    QHash<QString, int> byKey; // settle key -> index in m_unresolved
    for (const Storage::SurveyAnswerRow& row : storage.surveyAnswers(roundId)) {
        const AnswerResolution r = resolver.resolve(row.answer);
        out.m_voices.insert(row.studentId, {r.adults, r.unresolved});
        for (const NameResolution& n : r.names) {
            if (!n.unresolved() || !current.contains(row.studentId))
                continue;
            const QString key = NameResolver::settleKey(n.text);
            auto it = byKey.constFind(key);
            if (it == byKey.constEnd()) {
                it = byKey.insert(key, int(out.m_unresolved.size()));
                out.m_unresolved.push_back({n.text, key, {}, n.candidates});
            }
            QVector<RowId>& students = out.m_unresolved[*it].students;
            if (!students.contains(row.studentId))
                students.push_back(row.studentId); // rows come by student row id: sorted
        }
    }
    std::sort(out.m_unresolved.begin(), out.m_unresolved.end(),
              [](const UnresolvedName& a, const UnresolvedName& b) {
                  if (a.students.size() != b.students.size())
                      return a.students.size() > b.students.size();
                  return a.key < b.key;
              });
    return out;
}

VoiceComparison VoiceData::compare(const Storage& storage, RowId roundId) {
    const ConnectionAnalysis rule = ConnectionAnalysis::load(storage, roundId);
    QHash<RowId, QVector<RowId>> staff;
    for (const Student& s : rule.activeStudents())
        staff.insert(s.id, rule.connections(s.id).connecting);
    return VoiceComparison(rule.activeStudents(), staff, load(storage, roundId).voices());
}

bool VoiceData::namesShownToAdults(const Storage& storage) {
    return storage.setting(QLatin1String(kShowNamesToAdultsKey)) == QLatin1String("1");
}

QVector<RowId> VoiceData::studentsNaming(RowId adultId) const {
    QVector<RowId> out;
    for (auto it = m_voices.constBegin(); it != m_voices.constEnd(); ++it)
        if (it->adults.contains(adultId))
            out.push_back(it.key());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace cm
