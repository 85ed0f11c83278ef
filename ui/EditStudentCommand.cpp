#include "EditStudentCommand.h"

#include "SchoolContext.h"

#include <QCoreApplication>

namespace cm {

EditStudentCommand::EditStudentCommand(SchoolContext& context, const Student& before,
                                       const Student& after)
    : SchoolCommand(context)
    , m_before(before)
    , m_after(after) {
    setText(QCoreApplication::translate("cm::EditStudentCommand", "Edit student %1")
                .arg(after.displayName()));
}

Status EditStudentCommand::forward() {
    return m_context.updateStudent(m_after);
}

Status EditStudentCommand::backward() {
    return m_context.updateStudent(m_before);
}

} // namespace cm
