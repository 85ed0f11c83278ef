#include "AddStudentCommand.h"

#include "SchoolContext.h"

#include <QCoreApplication>

namespace cm {

AddStudentCommand::AddStudentCommand(SchoolContext& context, const Student& student)
    : SchoolCommand(context)
    , m_student(student) {
    setText(QCoreApplication::translate("cm::AddStudentCommand", "Add student %1")
                .arg(student.displayName()));
}

Status AddStudentCommand::forward() {
    Result<RowId> r = m_context.addStudent(m_student);
    if (!r.ok())
        return r.status();
    m_id = r.value();
    return {};
}

Status AddStudentCommand::backward() {
    return m_context.removeStudent(m_id);
}

} // namespace cm
