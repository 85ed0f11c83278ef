#pragma once

#include "Types.h"
#include "VoiceComparison.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace cm {

class Storage;

// A name no rule resolved, with every student who wrote it (compared as
// NameResolver::settleKey gives it): what the counselor settles once.
struct UnresolvedName {
    QString text;              // as the first student wrote it
    QString key;               // NameResolver::settleKey(text)
    QVector<RowId> students;   // student row ids, sorted
    QVector<RowId> candidates; // adults it could be (ambiguous), sorted; empty: unknown
};

// A round's survey answers resolved against the school's active adults and
// settled names, as stored now.
class VoiceData {
public:
    static VoiceData load(const Storage& storage, RowId roundId);

    // Student row id -> their resolved answer (only students who answered).
    const QHash<RowId, StudentVoice>& voices() const { return m_voices; }
    // Most-written first, then by text.
    const QVector<UnresolvedName>& unresolved() const { return m_unresolved; }

    // The round's comparison: the staff view by the core's rule
    // (ConnectionAnalysis) beside these answers, over the active students.
    static VoiceComparison compare(const Storage& storage, RowId roundId);

    // Privacy: an adult's own view (their marking session) shows which
    // students named them only when the counselor turned this school setting
    // on ("1"); off by default.
    static constexpr const char* kShowNamesToAdultsKey = "voice_show_names_to_adults";
    static bool namesShownToAdults(const Storage& storage);
    // The students whose answer in the round names the adult, sorted by row id.
    QVector<RowId> studentsNaming(RowId adultId) const;

private:
    QHash<RowId, StudentVoice> m_voices;
    QVector<UnresolvedName> m_unresolved;
};

} // namespace cm
