#pragma once

// Row reading shared by the storage layer's files (Storage.cpp,
// StorageMarks.cpp): times as caringmap writes them and the select helpers.
// Storage-layer only.
#include "Storage.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace cm::storage {

// The id an INSERT ... RETURNING id gave back (both engines).
qint64 returnedId(QSqlQuery& q);
// "school_id, " on a server (where natural keys are unique per school), ""
// in a file: for ON CONFLICT targets.
QString inSchool(const Storage& s);

// A time as caringmap stores it: UTC, ISO 8601 with milliseconds.
QString isoTime(const QDateTime& t);
// A stored time (or NULL: invalid).
QDateTime fromIso(const QVariant& v);
// "SELECT <columns> FROM <table> <rest>" with a file's fixed column list.
QString selectSql(const char* columns, const char* table, const char* rest);

template <typename T>
inline QVector<T> selectAll(const Storage& s, T (*read)(const QSqlQuery&), const QString& sql,
                            const QVariantList& values = {}) {
    QVector<T> out;
    QSqlQuery q(s.database());
    q.setForwardOnly(true);
    if (s.exec(q, sql, values).ok()) {
        while (q.next())
            out.push_back(read(q));
    }
    return out;
}

template <typename T>
inline std::optional<T> selectOne(const Storage& s, T (*read)(const QSqlQuery&), const QString& sql,
                                  const QVariantList& values) {
    QSqlQuery q(s.database());
    if (s.exec(q, sql, values).ok() && q.next())
        return read(q);
    return std::nullopt;
}

} // namespace cm::storage
