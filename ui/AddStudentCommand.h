#pragma once

#include "SchoolCommand.h"
#include "Types.h"

namespace cm {

// Adds a student; undo removes the student again.
class AddStudentCommand : public SchoolCommand {
public:
    AddStudentCommand(SchoolDocument& context, const Student& student);
    RowId studentRowId() const { return m_id; }

protected:
    Status forward() override;
    Status backward() override;

private:
    Student m_student;
    RowId m_id = 0;
};

} // namespace cm
