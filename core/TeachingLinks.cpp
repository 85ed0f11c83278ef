#include "TeachingLinks.h"

#include "FastStatement.h"
#include "ServerBatch.h"
#include "Storage.h"

#include <QSqlQuery>

#include <algorithm>

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

namespace {
// The table's key order (adult, student, class): the order links are read in
// and written in, so that new rows append to the table's b-tree.
bool keyLess(const TeachingLink& a, const TeachingLink& b) {
    if (a.adultId != b.adultId)
        return a.adultId < b.adultId;
    if (a.studentId != b.studentId)
        return a.studentId < b.studentId;
    return a.classId < b.classId;
}

bool sameKey(const TeachingLink& a, const TeachingLink& b) {
    return a.adultId == b.adultId && a.studentId == b.studentId && a.classId == b.classId;
}
} // namespace

// A district server takes the links to add or change, and those to drop, in
// batches (one statement each, ServerBatch): the keys are unique.
Status TeachingLinks::writeBatches(Storage& storage, const QVector<TeachingLink>& put,
                                   const QVector<TeachingLink>& drop) {
    ServerBatch puts(storage,
                     QStringLiteral("INSERT INTO teaching_link (adult_id, student_id, class_id, "
                                    "class_title) SELECT * FROM unnest(%1) ON CONFLICT (adult_id, "
                                    "student_id, class_id) DO UPDATE SET class_title = "
                                    "excluded.class_title"),
                     {QStringLiteral("bigint"), QStringLiteral("bigint"), QStringLiteral("text"),
                      QStringLiteral("text")});
    ServerBatch drops(storage,
                      QStringLiteral("DELETE FROM teaching_link WHERE (adult_id, student_id, "
                                     "class_id) IN (SELECT * FROM unnest(%1))"),
                      {QStringLiteral("bigint"), QStringLiteral("bigint"), QStringLiteral("text")});
    for (const TeachingLink& l : drop)
        if (Status st =
                drops.add({QString::number(l.adultId), QString::number(l.studentId), l.classId});
            !st.ok())
            return st;
    if (Status st = drops.flush(); !st.ok())
        return st;
    for (const TeachingLink& l : put)
        if (Status st = puts.add({QString::number(l.adultId), QString::number(l.studentId),
                                  l.classId, l.classTitle});
            !st.ok())
            return st;
    return puts.flush();
}

Result<int> TeachingLinks::replaceAll(Storage& storage, QVector<TeachingLink> links) {
    std::sort(links.begin(), links.end(), &keyLess);
    links.erase(std::unique(links.begin(), links.end(), &sameKey), links.end());
    const QVector<TeachingLink> stored = all(storage);
    QVector<TeachingLink> serverPut, serverDrop; // a server's, written in batches
    FastStatement put(storage, "INSERT INTO teaching_link (adult_id, student_id, class_id, "
                               "class_title) VALUES (?, ?, ?, ?) ON CONFLICT (adult_id, "
                               "student_id, class_id) DO UPDATE SET class_title = "
                               "excluded.class_title");
    FastStatement drop(storage, "DELETE FROM teaching_link WHERE adult_id = ? AND "
                                "student_id = ? AND class_id = ?");
    auto run = [](FastStatement& q, const TeachingLink& l, bool withTitle) {
        q.bind(0, l.adultId);
        q.bind(1, l.studentId);
        q.bind(2, l.classId);
        if (withTitle)
            q.bind(3, l.classTitle);
        return q.run();
    };
    // Both lists are in key order: one merge finds what to add, change, drop.
    int i = 0, j = 0;
    while (i < links.size() || j < stored.size()) {
        const bool takeNew =
            j == stored.size() || (i < links.size() && !keyLess(stored[j], links[i]));
        const bool same = takeNew && j < stored.size() && sameKey(links[i], stored[j]);
        Status st;
        if (takeNew && !(same && links[i].classTitle == stored[j].classTitle))
            st = storage.isServer() ? (serverPut.push_back(links[i]), Status())
                                    : run(put, links[i], true);
        else if (!takeNew)
            st = storage.isServer() ? (serverDrop.push_back(stored[j]), Status())
                                    : run(drop, stored[j], false);
        if (!st.ok())
            return st.error();
        i += takeNew ? 1 : 0;
        j += (!takeNew || same) ? 1 : 0;
    }
    if (storage.isServer())
        if (Status st = writeBatches(storage, serverPut, serverDrop); !st.ok())
            return st.error();
    return int(links.size());
}

} // namespace cm
