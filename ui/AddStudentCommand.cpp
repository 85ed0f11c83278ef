#include "AddStudentCommand.h"

#include "SchoolDocument.h"

#include <QCoreApplication>

namespace cm {

AddStudentCommand::AddStudentCommand(SchoolDocument& context, const Student& student)
    : SchoolCommand(context)
    , m_student(student) {
    setText(QCoreApplication::translate("cm::AddStudentCommand", "Add student %1")
                .arg(student.displayName()));
}

Status AddStudentCommand::forward() {
    Result<RowId> r = m_document.addStudent(m_student);
    if (!r.ok())
        return r.status();
    m_id = r.value();
    return {};
}

Status AddStudentCommand::backward() {
    return m_document.removeStudent(m_id);
}

} // namespace cm
