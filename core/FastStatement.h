#pragma once

#include "Error.h"

#include <QString>
#include <QtGlobal>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;
class QSqlQuery;

namespace cm {

class Storage;

// One statement a district runs hundreds of thousands of times in one command
// (an import's writes, a round's marks read for every figure), on the
// storage's connection and transaction. On a school file it goes through
// SQLite's own interface, where QtSql's QVariant per value and its row cache
// cost more than SQLite's work itself; on a district server (PostgreSQL) it
// is an ordinary prepared QtSql statement. Storage-layer only.
class FastStatement {
public:
    FastStatement(const Storage& storage, const char* sql);
    ~FastStatement();
    FastStatement(const FastStatement&) = delete;
    FastStatement& operator=(const FastStatement&) = delete;

    // False when the statement could not be prepared (see run()'s status).
    bool isValid() const;

    // Values, by position from 0 (as QSqlQuery::bindValue). A null QString
    // is bound as '' (caringmap's text columns are NOT NULL).
    void bind(int index, qint64 value);
    void bind(int index, const QString& value);

    // Runs a write with the bound values and makes the statement ready for
    // the next ones.
    Status run();

    // Reads: runs the statement (on the first call) and steps to the next
    // row; false at the end or on an error (then status() says which).
    bool next();
    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    Status status() const;

private:
    Status failure() const;

    const Storage& m_storage;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_code = 0; // the last SQLite result code
    // The server's statement (m_db is null then).
    std::unique_ptr<QSqlQuery> m_query;
    bool m_ran = false;
    Status m_queryStatus;
};

} // namespace cm
