#include "AddAdultCommand.h"

#include "SchoolDocument.h"

#include <QCoreApplication>

namespace cm {

AddAdultCommand::AddAdultCommand(SchoolDocument& context, const Adult& adult)
    : SchoolCommand(context)
    , m_adult(adult) {
    setText(QCoreApplication::translate("cm::AddAdultCommand", "Add adult %1")
                .arg(adult.displayName()));
}

Status AddAdultCommand::forward() {
    Result<RowId> r = m_document.addAdult(m_adult);
    if (!r.ok())
        return r.status();
    m_id = r.value();
    return {};
}

Status AddAdultCommand::backward() {
    return m_document.removeAdult(m_id);
}

} // namespace cm
