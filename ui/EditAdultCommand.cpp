#include "EditAdultCommand.h"

#include "SchoolContext.h"

#include <QCoreApplication>

namespace cm {

EditAdultCommand::EditAdultCommand(SchoolContext& context, const Adult& before, const Adult& after)
    : SchoolCommand(context)
    , m_before(before)
    , m_after(after) {
    setText(QCoreApplication::translate("cm::EditAdultCommand", "Edit adult %1")
                .arg(after.displayName()));
}

Status EditAdultCommand::forward() {
    return m_context.updateAdult(m_after);
}

Status EditAdultCommand::backward() {
    return m_context.updateAdult(m_before);
}

} // namespace cm
