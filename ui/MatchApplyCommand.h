#pragma once

#include "MatchSuggester.h"
#include "MentoringSuggestions.h"

#include <QDate>
#include <QUndoCommand>
#include <QVector>

#include <functional>

namespace cm {

class SchoolDocument;

// Applies a reviewed suggestion (one row per student, adult 0 = skip) in one
// transaction; undo removes the matches it made (ending, not deleting, any
// that has check-ins by then) and reopens the ones they replaced, in one
// transaction. When the first redo fails (an adult has no
// free place any more) nothing changes, the command marks itself obsolete so
// QUndoStack::push() drops it, and onError (if set) gets the reason.
class MatchApplyCommand : public QUndoCommand {
public:
    MatchApplyCommand(SchoolDocument& document, RowId roundId, QVector<MatchAssignment> rows,
                      int defaultCapacity = -1, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    std::function<void(const QString&)> onError;
    const AppliedMatches& applied() const { return m_applied; }
    int matchCount() const { return m_count; }

private:
    SchoolDocument& m_document;
    RowId m_roundId;
    QVector<MatchAssignment> m_rows;
    int m_defaultCapacity;
    int m_count = 0;
    QDate m_start; // the first redo's date, kept for every redo
    AppliedMatches m_applied;
};

} // namespace cm
