#pragma once

#include "SchoolCommand.h"
#include "Types.h"

#include <optional>

namespace cm {

// Sets, switches or clears one adult's mark for one student in the viewed
// round (one mark per adult and student: concern replaces connected).
class SetMarkCommand : public SchoolCommand {
public:
    SetMarkCommand(SchoolContext& context, RowId adultId, RowId studentId,
                   std::optional<MarkKind> kind, const QString& note);

protected:
    Status forward() override;
    Status backward() override;

private:
    RowId m_roundId;
    RowId m_adultId;
    RowId m_studentId;
    std::optional<MarkKind> m_kind;
    QString m_note;
    std::optional<MarkKind> m_oldKind;
    QString m_oldNote;
};

} // namespace cm
