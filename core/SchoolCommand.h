#pragma once

#include "Error.h"

#include <QUndoCommand>

namespace cm {

class SchoolDocument;

// Base of every undoable edit: apply() writes through the document; the
// first redo() after SchoolDocument::run() is skipped because run() already
// applied it and checked the outcome.
class SchoolCommand : public QUndoCommand {
public:
    explicit SchoolCommand(SchoolDocument& document)
        : m_document(document) {}

    Status apply() { return forward(); }
    void markApplied() { m_skipRedo = true; }

    void redo() override;
    void undo() override;

protected:
    virtual Status forward() = 0;
    virtual Status backward() = 0;
    SchoolDocument& m_document;

private:
    bool m_skipRedo = false;
};

} // namespace cm
