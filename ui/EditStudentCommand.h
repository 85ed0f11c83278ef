#pragma once

#include "SchoolCommand.h"
#include "Types.h"

namespace cm {

// Changes a student's details (id, names, grade, homeroom, active).
class EditStudentCommand : public SchoolCommand {
public:
    EditStudentCommand(SchoolDocument& context, const Student& before, const Student& after);

protected:
    Status forward() override;
    Status backward() override;

private:
    Student m_before;
    Student m_after;
};

} // namespace cm
