#include "MatchApplyCommand.h"

#include "SchoolDocument.h"

#include <QCoreApplication>

namespace cm {

MatchApplyCommand::MatchApplyCommand(SchoolDocument& document, RowId roundId,
                                     QVector<MatchAssignment> rows, int defaultCapacity,
                                     QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
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
        m_document.applyMatches(m_roundId, m_rows, m_start, m_defaultCapacity);
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
    const Status st = m_document.undoMatches(m_applied);
    if (!st.ok() && onError)
        onError(st.message());
    m_applied = {};
}

} // namespace cm
