#include "SqliteStatement.h"

#include "Storage.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace cm {

namespace {
// The sqlite3* under Qt's SQLite driver (the same library, linked once).
sqlite3* handleOf(const Storage& storage) {
    const QSqlDatabase db = storage.database();
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}
} // namespace

SqliteStatement::SqliteStatement(const Storage& storage, const char* sql)
    : m_storage(storage)
    , m_db(handleOf(storage)) {
    if (!m_db) {
        m_code = SQLITE_MISUSE;
        return;
    }
    m_code = sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr);
    if (m_code != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value) {
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index + 1, value);
}

void SqliteStatement::bind(int index, const QString& value) {
    if (!m_stmt)
        return;
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index + 1, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_TRANSIENT);
}

Status SqliteStatement::run() {
    if (!m_stmt)
        return failure();
    m_code = sqlite3_step(m_stmt);
    const int done = m_code;
    sqlite3_reset(m_stmt);
    if (done == SQLITE_DONE || done == SQLITE_ROW) {
        m_code = SQLITE_OK;
        return {};
    }
    m_code = done;
    return failure();
}

bool SqliteStatement::next() {
    if (!m_stmt)
        return false;
    m_code = sqlite3_step(m_stmt);
    return m_code == SQLITE_ROW;
}

qint64 SqliteStatement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Status SqliteStatement::status() const {
    if (m_code == SQLITE_OK || m_code == SQLITE_ROW || m_code == SQLITE_DONE)
        return {};
    return failure();
}

Status SqliteStatement::failure() const {
    const QString message =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no school is open");
    return m_storage.failure(QSqlError(QStringLiteral("SQLite"), message, QSqlError::StatementError,
                                       QString::number(m_code)));
}

} // namespace cm
