#include "VoiceChange.h"

#include "Storage.h"
#include "VoiceData.h"

#include <QHash>

namespace cm {

VoiceChange::VoiceChange(const VoiceComparison& a, const VoiceComparison& b) {
    QHash<RowId, Agreement> before;
    for (const VoiceStudent& v : a.students())
        before.insert(v.student.id, v.agreement);
    for (int i = 0; i < kAgreementCount; ++i) {
        m_before[i] = a.count(Agreement(i));
        m_after[i] = b.count(Agreement(i));
    }
    m_students = int(b.students().size());
    for (const VoiceStudent& v : b.students()) {
        const Agreement was = before.value(v.student.id, Agreement::NoResponse);
        if (was != Agreement::Both && v.agreement == Agreement::Both)
            ++m_nowAgree;
        if (was == Agreement::Both && v.agreement != Agreement::Both)
            ++m_noLongerAgree;
    }
}

VoiceChange VoiceChange::load(const Storage& storage, RowId roundA, RowId roundB) {
    // No survey in either round (most schools, most rounds): nothing to read.
    if (storage.surveyAnswerCount(roundA) == 0 && storage.surveyAnswerCount(roundB) == 0) {
        VoiceChange none; // every active student is no_response in both
        for (const Student& s : storage.students())
            none.m_students += s.active ? 1 : 0;
        none.m_before[int(Agreement::NoResponse)] = none.m_students;
        none.m_after[int(Agreement::NoResponse)] = none.m_students;
        return none;
    }
    return VoiceChange(VoiceData::compare(storage, roundA), VoiceData::compare(storage, roundB));
}

bool VoiceChange::hasAnswers() const {
    const int none = int(Agreement::NoResponse);
    return m_before[none] < m_students || m_after[none] < m_students;
}

} // namespace cm
