#include "MatchApplyCommand.h"

#include <QCoreApplication>

namespace cm {

MatchApplyCommand::MatchApplyCommand(Storage& storage, RowId roundId, QVector<MatchAssignment> rows,
                                     int defaultCapacity, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_storage(storage)
    , m_roundId(roundId)
    , m_rows(std::move(rows))
    , m_defaultCapacity(defaultCapacity)
    , m_start(QDate::currentDate()) {
    for (const MatchAssignment& r : m_rows) {
        if (r.adultId != 0)
            ++m_count;
    }
    setText(QCoreApplication::translate("MatchApplyCommand", "Apply %n go-to adult match(es)",
                                        nullptr, m_count));
}

void MatchApplyCommand::redo() {
    const Result<AppliedMatches> r =
        MentoringSuggestions::apply(m_storage, m_roundId, m_rows, m_start, m_defaultCapacity);
    if (!r.ok()) {
        m_applied = {};
        setObsolete(true);
        if (onError)
            onError(r.message());
        return;
    }
    m_applied = *r;
}

void MatchApplyCommand::undo() {
    const Status st = MentoringSuggestions::undo(m_storage, m_applied);
    if (!st.ok() && onError)
        onError(st.message());
    m_applied = {};
}

} // namespace cm
