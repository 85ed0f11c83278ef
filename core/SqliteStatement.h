#pragma once

#include "Error.h"

#include <QString>
#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

namespace cm {

class Storage;

// One statement run through SQLite's own interface on the storage's
// connection (same connection, same transaction). For the few statements a
// district runs hundreds of thousands of times in one command (an import's
// writes, a round's marks read for every figure), where QtSql's QVariant per
// value and its row cache cost more than SQLite's work itself. Everything
// else stays on QtSql. Storage-layer only.
class SqliteStatement {
public:
    SqliteStatement(const Storage& storage, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // False when the statement could not be prepared (see run()'s status).
    bool isValid() const { return m_stmt != nullptr; }

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
};

} // namespace cm
