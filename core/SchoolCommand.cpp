#include "SchoolCommand.h"

#include "SchoolDocument.h"

namespace cm {

void SchoolCommand::redo() {
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (Status s = forward(); !s.ok())
        emit m_document.writeFailed(s.message());
}

void SchoolCommand::undo() {
    if (Status s = backward(); !s.ok())
        emit m_document.writeFailed(s.message());
}

} // namespace cm
