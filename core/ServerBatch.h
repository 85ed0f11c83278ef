#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

class Storage;

// Many rows written by one statement on a district server (issue 17): each
// column's values are bound as one array and the statement reads them with
// unnest(), so the server plans the statement and checks the school's
// row-level security once per batch instead of once per row, and there is
// one round trip per batch. For the bulk writes of imports (marks, teaching
// links); storage layer only. Rows of one batch must not touch the same row
// twice (ON CONFLICT cannot update a row twice in one statement): callers
// merge them first.
class ServerBatch {
public:
    // sql holds %1 where the arrays go, e.g. "INSERT INTO t (a, b) SELECT *
    // FROM unnest(%1)"; types are the columns' array element types ("bigint",
    // "text"), in order.
    ServerBatch(Storage& storage, const QString& sql, const QStringList& types,
                int rowsPerStatement = 20000);

    // One row, values in column order; runs the batch when it is full.
    Status add(const QVector<QString>& row);
    // Runs what is pending.
    Status flush();

private:
    Storage& m_storage;
    QString m_sql;
    QStringList m_types;
    int m_limit;
    int m_rows = 0;
    QVector<QString> m_columns; // each column's array literal, without its braces
};

} // namespace cm
