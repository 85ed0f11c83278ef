#include "StudentGroups.h"

#include "Storage.h"

#include <QSqlQuery>

namespace cm {

QVector<StudentGroup> StudentGroups::all(const Storage& storage) {
    QVector<StudentGroup> out;
    QSqlQuery q(storage.database());
    if (storage
            .exec(q, QStringLiteral(
                         "SELECT id, category, name FROM student_group ORDER BY category, name"))
            .ok()) {
        while (q.next())
            out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

QHash<RowId, QVector<RowId>> StudentGroups::members(const Storage& storage) {
    QHash<RowId, QVector<RowId>> out;
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    if (storage
            .exec(q, QStringLiteral("SELECT group_id, student_id FROM student_group_member "
                                    "ORDER BY group_id, student_id"))
            .ok()) {
        while (q.next())
            out[q.value(0).toLongLong()].push_back(q.value(1).toLongLong());
    }
    return out;
}

Result<RowId> StudentGroups::ensure(Storage& storage, const QString& category,
                                    const QString& name) {
    const QString c = category.trimmed();
    const QString n = name.trimmed();
    if (c.isEmpty() || n.isEmpty())
        return Error{QStringLiteral("a student group needs a category and a name"), {}, 0};
    QSqlQuery q(storage.database());
    if (Status st = storage.exec(q,
                                 QStringLiteral("INSERT INTO student_group (category, name) "
                                                "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                 {c, n});
        !st.ok())
        return st.error();
    if (Status st = storage.exec(
            q, QStringLiteral("SELECT id FROM student_group WHERE category = ? AND name = ?"),
            {c, n});
        !st.ok())
        return st.error();
    if (!q.next())
        return Error{QStringLiteral("the student group %1: %2 was not stored").arg(c, n), {}, 0};
    return q.value(0).toLongLong();
}

Status StudentGroups::addMember(Storage& storage, RowId groupId, RowId studentId) {
    return storage.exec(QStringLiteral("INSERT INTO student_group_member (group_id, student_id) "
                                       "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                        {groupId, studentId});
}

Status StudentGroups::clearCategory(Storage& storage, RowId studentId, const QString& category) {
    return storage.exec(QStringLiteral("DELETE FROM student_group_member WHERE student_id = ? AND "
                                       "group_id IN (SELECT id FROM student_group WHERE "
                                       "category = ?)"),
                        {studentId, category.trimmed()});
}

} // namespace cm
