#include "SchoolCommand.h"

#include "SchoolContext.h"

namespace cm {

void SchoolCommand::redo() {
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (Status s = forward(); !s.ok())
        emit m_context.writeFailed(s.message());
}

void SchoolCommand::undo() {
    if (Status s = backward(); !s.ok())
        emit m_context.writeFailed(s.message());
}

} // namespace cm
