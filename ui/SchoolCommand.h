#pragma once

#include "Error.h"

#include <QUndoCommand>

namespace cm {

class SchoolContext;

// Base of every undoable edit: apply() writes through the context; the
// first redo() after SchoolContext::run() is skipped because run() already
// applied it and checked the outcome.
class SchoolCommand : public QUndoCommand {
public:
    explicit SchoolCommand(SchoolContext& context)
        : m_context(context) {}

    Status apply() { return forward(); }
    void markApplied() { m_skipRedo = true; }

    void redo() override;
    void undo() override;

protected:
    virtual Status forward() = 0;
    virtual Status backward() = 0;
    SchoolContext& m_context;

private:
    bool m_skipRedo = false;
};

} // namespace cm
