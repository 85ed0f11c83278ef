#pragma once

#include "SchoolCommand.h"
#include "Types.h"

namespace cm {

// Deactivates or reactivates a student or an adult. Marks are never touched:
// an inactive person's marks stay on record and count again on reactivation.
class SetActiveCommand : public SchoolCommand {
public:
    enum class Who { Student, Adult };
    SetActiveCommand(SchoolDocument& context, Who who, RowId id, bool active);

protected:
    Status forward() override;
    Status backward() override;

private:
    Status write(bool active);
    Who m_who;
    RowId m_id;
    bool m_active;
};

} // namespace cm
