#include "TeachingLinks.h"

#include "Storage.h"

#include <QSqlQuery>

namespace cm {

namespace {
QVector<TeachingLink> read(const Storage& storage, const QString& where, const QVariantList& args) {
    QVector<TeachingLink> out;
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    if (storage
            .exec(q,
                  QStringLiteral("SELECT adult_id, student_id, class_id, class_title FROM "
                                 "teaching_link %1 ORDER BY adult_id, student_id, class_id")
                      .arg(where),
                  args)
            .ok()) {
        while (q.next())
            out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString()});
    }
    return out;
}
} // namespace

QVector<TeachingLink> TeachingLinks::all(const Storage& storage) {
    return read(storage, QString(), {});
}

QVector<TeachingLink> TeachingLinks::forAdult(const Storage& storage, RowId adultId) {
    return read(storage, QStringLiteral("WHERE adult_id = ?"), {adultId});
}

Status TeachingLinks::add(Storage& storage, const TeachingLink& link) {
    return storage.exec(QStringLiteral("INSERT INTO teaching_link (adult_id, student_id, class_id, "
                                       "class_title) VALUES (?, ?, ?, ?) ON CONFLICT (adult_id, "
                                       "student_id, class_id) DO UPDATE SET class_title = "
                                       "excluded.class_title"),
                        {link.adultId, link.studentId, link.classId, link.classTitle});
}

Status TeachingLinks::remove(Storage& storage, const TeachingLink& link) {
    return storage.exec(QStringLiteral("DELETE FROM teaching_link WHERE adult_id = ? AND "
                                       "student_id = ? AND class_id = ?"),
                        {link.adultId, link.studentId, link.classId});
}

Status TeachingLinks::clear(Storage& storage) {
    return storage.exec(QStringLiteral("DELETE FROM teaching_link"));
}

} // namespace cm
