#pragma once

#include "Types.h"
#include "VoiceComparison.h"

namespace cm {

class Storage;

// The change in agreement between two rounds (beside RoundComparison): each
// round's five group counts by VoiceData::compare, over the students active
// now, and how many students moved into or out of "both" (staff and student
// views agree). A round with no survey answers counts everyone as
// no_response.
class VoiceChange {
public:
    VoiceChange() = default;
    VoiceChange(const VoiceComparison& a, const VoiceComparison& b);
    static VoiceChange load(const Storage& storage, RowId roundA, RowId roundB);

    int before(Agreement g) const { return m_before[int(g)]; }
    int after(Agreement g) const { return m_after[int(g)]; }
    int change(Agreement g) const { return after(g) - before(g); }
    // Students not "both" in A and "both" in B, and the other way round.
    int nowAgree() const { return m_nowAgree; }
    int noLongerAgree() const { return m_noLongerAgree; }
    // Whether either round has any survey answer.
    bool hasAnswers() const;

private:
    int m_before[kAgreementCount] = {0, 0, 0, 0, 0};
    int m_after[kAgreementCount] = {0, 0, 0, 0, 0};
    int m_nowAgree = 0;
    int m_noLongerAgree = 0;
    int m_students = 0;
};

} // namespace cm
