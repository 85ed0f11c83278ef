#pragma once

#include "SchoolCommand.h"
#include "Types.h"

namespace cm {

// Changes a adult's details (id, names, role, email, active).
class EditAdultCommand : public SchoolCommand {
public:
    EditAdultCommand(SchoolDocument& context, const Adult& before, const Adult& after);

protected:
    Status forward() override;
    Status backward() override;

private:
    Adult m_before;
    Adult m_after;
};

} // namespace cm
