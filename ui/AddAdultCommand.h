#pragma once

#include "SchoolCommand.h"
#include "Types.h"

namespace cm {

// Adds a adult; undo removes the adult again.
class AddAdultCommand : public SchoolCommand {
public:
    AddAdultCommand(SchoolDocument& context, const Adult& adult);
    RowId adultRowId() const { return m_id; }

protected:
    Status forward() override;
    Status backward() override;

private:
    Adult m_adult;
    RowId m_id = 0;
};

} // namespace cm
