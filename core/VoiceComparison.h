#pragma once

#include "Types.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

// Staff and student views of one student, side by side.
enum class Agreement {
    StaffOnly,   // adults marked the student; the student named nobody (the hidden disconnection)
    Neither,     // no adult marked the student; the student named nobody
    StudentOnly, // the student named an adult; no adult marked them (ask that adult)
    Both,        // adults marked the student and the student named at least one adult
    NoResponse,  // no survey answer this round
};
constexpr int kAgreementCount = 5;

// "staff_only", "neither", "student_only", "both", "no_response".
QString agreementName(Agreement a);
bool parseAgreement(const QString& text, Agreement* a);

// A student's answer, resolved (see NameResolver): the adults named and
// the names that stay unresolved (never counted as adults).
struct StudentVoice {
    QVector<RowId> adults;
    QStringList unresolved;
};

struct VoiceStudent {
    Student student;
    QVector<RowId> staffAdults;   // adults with a connected mark (by the rule), sorted
    QVector<RowId> studentAdults; // adults the student named, resolved, sorted
    QVector<RowId> mutual;        // in both, sorted
    QStringList unresolved;       // names in the answer that are not resolved
    Agreement agreement = Agreement::NoResponse;
};

// The comparison of one round, over the active students. Students are listed
// by group in the order of Agreement (staff_only first), then by grade and
// name. Pure: the caller gives the staff view (from the core's rule) and
// the student view (answers resolved against the active adults).
class VoiceComparison {
public:
    VoiceComparison() = default;
    // staffAdults: student row id -> adults connecting them. voices: student
    // row id -> their resolved answer; a student missing has no response.
    VoiceComparison(const QVector<Student>& students,
                    const QHash<RowId, QVector<RowId>>& staffAdults,
                    const QHash<RowId, StudentVoice>& voices);

    static Agreement agreement(bool staff, bool responded, bool named);

    const QVector<VoiceStudent>& students() const { return m_students; }
    int count(Agreement a) const { return m_counts[int(a)]; }
    // Of the students who answered, how many named at least one adult.
    int responded() const { return m_responded; }
    int namedAnyone() const { return m_named; }

private:
    QVector<VoiceStudent> m_students;
    int m_counts[kAgreementCount] = {0, 0, 0, 0, 0};
    int m_responded = 0;
    int m_named = 0;
};

} // namespace cm
