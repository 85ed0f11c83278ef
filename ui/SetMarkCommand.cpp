#include "SetMarkCommand.h"

#include "SchoolDocument.h"

#include <QCoreApplication>

namespace cm {

namespace {
QString describe(const Mark& before, const Mark& after, const QString& who) {
    auto tr = [](const char* text) {
        return QCoreApplication::translate("cm::SetMarkCommand", text);
    };
    if (after.isEmpty())
        return tr("Clear marks for %1").arg(who);
    if (after.connected != before.connected)
        return (after.connected ? tr("Mark %1 connected") : tr("Unmark %1 connected")).arg(who);
    if (after.concern != before.concern)
        return (after.concern ? tr("Mark %1 may benefit") : tr("Unmark %1 may benefit")).arg(who);
    return tr("Edit the note for %1").arg(who);
}
} // namespace

SetMarkCommand::SetMarkCommand(SchoolDocument& document, const Mark& after)
    : SchoolCommand(document)
    , m_roundId(document.viewedRound())
    , m_after(after) {
    m_before =
        document.mark(after.adultId, after.studentId)
            .value_or(Mark{0, m_roundId, after.adultId, after.studentId, false, false, {}, {}});
    m_after.markedAt = QDateTime();
    if (m_after.isEmpty())
        m_after.note.clear(); // a note belongs to a mark
    const Student* s = document.student(after.studentId);
    setText(describe(m_before, m_after, s ? s->displayName() : QString()));
}

Status SetMarkCommand::forward() {
    return m_document.writeMark(m_roundId, m_after);
}

Status SetMarkCommand::backward() {
    return m_document.writeMark(m_roundId, m_before);
}

} // namespace cm
