#include "EditStudentCommand.h"

#include "SchoolDocument.h"

#include <QCoreApplication>

namespace cm {

EditStudentCommand::EditStudentCommand(SchoolDocument& context, const Student& before,
                                       const Student& after)
    : SchoolCommand(context)
    , m_before(before)
    , m_after(after) {
    setText(QCoreApplication::translate("cm::EditStudentCommand", "Edit student %1")
                .arg(after.displayName()));
}

Status EditStudentCommand::forward() {
    return m_document.updateStudent(m_after);
}

Status EditStudentCommand::backward() {
    return m_document.updateStudent(m_before);
}

} // namespace cm
