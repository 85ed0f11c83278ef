// Purge (issue 15): a student and everything about them leave the school's
// file for good. Declared in Storage.h's "Purge" block.
#include "AuditTrail.h"
#include "Storage.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cm {

namespace {

const char* const kNoUpdate = "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                              " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END";

} // namespace

Status Storage::purgeStudent(RowId id) {
    const std::optional<Student> s = studentById(id);
    if (!s)
        return Status::fail(QStringLiteral("no student with row id %1").arg(id));
    Transaction tx(*this);
    if (Status st = tx.status(); !st.ok())
        return st;
    static const char* const deletes[] = {
        "DELETE FROM mark WHERE student_id = ?",
        "DELETE FROM checkin WHERE match_id IN (SELECT id FROM mentor_match WHERE student_id = ?)",
        "DELETE FROM mentor_match WHERE student_id = ?",
        "DELETE FROM survey_answer WHERE student_id = ?",
        "DELETE FROM student_group_member WHERE student_id = ?",
        "DELETE FROM teaching_link WHERE student_id = ?",
        "DELETE FROM student WHERE id = ?"};
    for (const char* sql : deletes)
        if (Status st = exec(QLatin1String(sql), {id}); !st.ok())
            return st;
    // The audit rows stay, with the student's id and names replaced: the
    // one change the append-only trigger ever lets through, inside this
    // transaction (a file: the trigger is dropped and made again; a server:
    // the transaction says it is a purge, which the trigger lets update).
    if (Status st =
            exec(isServer() ? QStringLiteral("SELECT set_config('caringmap.purging', 'on', true)")
                            : QStringLiteral("DROP TRIGGER audit_no_update"));
        !st.ok())
        return st;
    const QString purged = AuditTrail::purgedStudent();
    QStringList names{
        AuditTrail::label(*s), s->displayName(), s->givenName + QLatin1Char(' ') + s->familyName,
        s->studentId,          s->preferredName, s->givenName,
        s->familyName};
    names.removeAll(QString());
    names.removeDuplicates();
    if (Status st = exec(QStringLiteral("UPDATE audit SET student_row = NULL, student = ?"
                                        " WHERE student_row = ?"),
                         {purged, id});
        !st.ok())
        return st;
    for (const QString& name : names)
        for (const char* column : {"student", "before", "after"})
            if (Status st =
                    exec(QStringLiteral("UPDATE audit SET %1 = replace(%1, ?, ?)"
                                        " WHERE %2(%1, ?) > 0")
                             .arg(QLatin1String(column),
                                  isServer() ? QStringLiteral("strpos") : QStringLiteral("instr")),
                         {name, purged, name});
                !st.ok())
                return st;
    if (Status st =
            exec(isServer() ? QStringLiteral("SELECT set_config('caringmap.purging', 'off', true)")
                            : QLatin1String(kNoUpdate));
        !st.ok())
        return st;
    return tx.commit();
}

QVector<RowId> Storage::inactiveStudentsBefore(const QDate& date) const {
    const QString at = date.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    QVector<RowId> out;
    QSqlQuery q(database());
    if (exec(q,
             QStringLiteral(
                 "SELECT id FROM student s WHERE active = 0"
                 " AND NOT EXISTS (SELECT 1 FROM mark WHERE student_id = s.id AND marked_at >= ?)"
                 " AND NOT EXISTS (SELECT 1 FROM survey_answer WHERE student_id = s.id"
                 "  AND answered_at >= ?)"
                 " AND NOT EXISTS (SELECT 1 FROM audit WHERE student_row = s.id AND at >= ?)"
                 " ORDER BY id"),
             {at, at, at})
            .ok()) {
        while (q.next())
            out.push_back(q.value(0).toLongLong());
    }
    return out;
}

Status Storage::compact() {
    // A server's free space is reclaimed by its own VACUUM, which district
    // IT runs (README, "District server").
    if (isServer())
        return {};
    for (const char* sql :
         {"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        QSqlQuery q(database());
        if (!q.exec(QLatin1String(sql)))
            return describeSqlError(QStringLiteral("compacting the school"), q.lastError());
    }
    return {};
}

} // namespace cm
