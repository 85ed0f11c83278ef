#include "VoiceComparison.h"

#include "StudentOrder.h"

#include <algorithm>

namespace cm {

namespace {

const char* const kNames[kAgreementCount] = {"staff_only", "neither", "student_only", "both",
                                             "no_response"};

QVector<RowId> sortedUnique(QVector<RowId> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

QString agreementName(Agreement a) {
    return QLatin1String(kNames[int(a)]);
}

bool parseAgreement(const QString& text, Agreement* a) {
    const QString t = text.trimmed().toLower();
    for (int i = 0; i < kAgreementCount; ++i) {
        if (t == QLatin1String(kNames[i])) {
            *a = Agreement(i);
            return true;
        }
    }
    return false;
}

Agreement VoiceComparison::agreement(bool staff, bool responded, bool named) {
    if (!responded)
        return Agreement::NoResponse;
    if (staff)
        return named ? Agreement::Both : Agreement::StaffOnly;
    return named ? Agreement::StudentOnly : Agreement::Neither;
}

VoiceComparison::VoiceComparison(const QVector<Student>& students,
                                 const QHash<RowId, QVector<RowId>>& staffAdults,
                                 const QHash<RowId, StudentVoice>& voices) {
    for (const Student& s : students) {
        if (!s.active)
            continue;
        VoiceStudent v;
        v.student = s;
        v.staffAdults = sortedUnique(staffAdults.value(s.id));
        const auto voice = voices.constFind(s.id);
        const bool responded = voice != voices.constEnd();
        if (responded) {
            v.studentAdults = sortedUnique(voice->adults);
            v.unresolved = voice->unresolved;
            std::set_intersection(v.staffAdults.cbegin(), v.staffAdults.cend(),
                                  v.studentAdults.cbegin(), v.studentAdults.cend(),
                                  std::back_inserter(v.mutual));
            ++m_responded;
            if (!v.studentAdults.isEmpty())
                ++m_named;
        }
        v.agreement = agreement(!v.staffAdults.isEmpty(), responded, !v.studentAdults.isEmpty());
        ++m_counts[int(v.agreement)];
        m_students.push_back(std::move(v));
    }
    // The shared order (ranked once), then the groups, keeping that order.
    StudentOrder::sortBy(m_students,
                         [](const VoiceStudent& v) -> const Student& { return v.student; });
    std::stable_sort(m_students.begin(), m_students.end(),
                     [](const VoiceStudent& a, const VoiceStudent& b) {
                         return int(a.agreement) < int(b.agreement);
                     });
}

} // namespace cm
