#include "SetActiveCommand.h"

#include "SchoolDocument.h"

#include <QCoreApplication>

namespace cm {

SetActiveCommand::SetActiveCommand(SchoolDocument& context, Who who, RowId id, bool active)
    : SchoolCommand(context)
    , m_who(who)
    , m_id(id)
    , m_active(active) {
    QString name;
    if (who == Who::Student) {
        if (const Student* s = context.student(id))
            name = s->displayName();
    } else if (const Adult* a = context.adult(id)) {
        name = a->displayName();
    }
    setText(active
                ? QCoreApplication::translate("cm::SetActiveCommand", "Reactivate %1").arg(name)
                : QCoreApplication::translate("cm::SetActiveCommand", "Deactivate %1").arg(name));
}

Status SetActiveCommand::write(bool active) {
    return m_who == Who::Student ? m_document.setStudentActive(m_id, active)
                                 : m_document.setAdultActive(m_id, active);
}

Status SetActiveCommand::forward() {
    return write(m_active);
}

Status SetActiveCommand::backward() {
    return write(!m_active);
}

} // namespace cm
