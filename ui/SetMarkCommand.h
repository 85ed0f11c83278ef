#pragma once

#include "SchoolCommand.h"
#include "Types.h"

#include <optional>

namespace cm {

// Sets one adult's mark for one student in the viewed round: the two
// observations (connected, concern) and the note, as one undoable step.
class SetMarkCommand : public SchoolCommand {
public:
    // after: the whole mark as it should be (neither observation: removed).
    SetMarkCommand(SchoolDocument& document, const Mark& after);

protected:
    Status forward() override;
    Status backward() override;

private:
    RowId m_roundId;
    Mark m_after;
    Mark m_before; // empty when there was none
};

} // namespace cm
