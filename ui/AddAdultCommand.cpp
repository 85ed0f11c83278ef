#include "AddAdultCommand.h"

#include "SchoolContext.h"

#include <QCoreApplication>

namespace cm {

AddAdultCommand::AddAdultCommand(SchoolContext& context, const Adult& adult)
    : SchoolCommand(context)
    , m_adult(adult) {
    setText(QCoreApplication::translate("cm::AddAdultCommand", "Add adult %1")
                .arg(adult.displayName()));
}

Status AddAdultCommand::forward() {
    Result<RowId> r = m_context.addAdult(m_adult);
    if (!r.ok())
        return r.status();
    m_id = r.value();
    return {};
}

Status AddAdultCommand::backward() {
    return m_context.removeAdult(m_id);
}

} // namespace cm
