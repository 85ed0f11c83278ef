#include "EditAdultCommand.h"

#include "SchoolDocument.h"

#include <QCoreApplication>

namespace cm {

EditAdultCommand::EditAdultCommand(SchoolDocument& context, const Adult& before, const Adult& after)
    : SchoolCommand(context)
    , m_before(before)
    , m_after(after) {
    setText(QCoreApplication::translate("cm::EditAdultCommand", "Edit adult %1")
                .arg(after.displayName()));
}

Status EditAdultCommand::forward() {
    return m_document.updateAdult(m_after);
}

Status EditAdultCommand::backward() {
    return m_document.updateAdult(m_before);
}

} // namespace cm
