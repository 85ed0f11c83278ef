#include "SetMarkCommand.h"

#include "SchoolContext.h"

#include <QCoreApplication>

namespace cm {

SetMarkCommand::SetMarkCommand(SchoolContext& context, RowId adultId, RowId studentId,
                               std::optional<MarkKind> kind, const QString& note)
    : SchoolCommand(context)
    , m_roundId(context.viewedRound())
    , m_adultId(adultId)
    , m_studentId(studentId)
    , m_kind(kind)
    , m_note(note) {
    if (const std::optional<Mark> old = context.mark(adultId, studentId)) {
        m_oldKind = old->kind;
        m_oldNote = old->note;
    }
    const Student* s = context.student(studentId);
    const QString who = s ? s->displayName() : QString();
    if (!kind)
        setText(QCoreApplication::translate("cm::SetMarkCommand", "Clear mark for %1").arg(who));
    else if (*kind == MarkKind::Connected)
        setText(QCoreApplication::translate("cm::SetMarkCommand", "Mark %1 connected").arg(who));
    else
        setText(QCoreApplication::translate("cm::SetMarkCommand", "Mark %1 may benefit").arg(who));
}

Status SetMarkCommand::forward() {
    return m_context.writeMark(m_roundId, m_adultId, m_studentId, m_kind, m_note);
}

Status SetMarkCommand::backward() {
    return m_context.writeMark(m_roundId, m_adultId, m_studentId, m_oldKind, m_oldNote);
}

} // namespace cm
