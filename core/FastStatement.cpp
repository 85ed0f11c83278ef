#include "FastStatement.h"

#include "Storage.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

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

FastStatement::FastStatement(const Storage& storage, const char* sql)
    : m_storage(storage)
    , m_db(handleOf(storage)) {
    if (!m_db) {
        if (storage.engine() == Storage::Engine::Sqlite) {
            m_code = SQLITE_MISUSE;
            return;
        }
        m_query = std::make_unique<QSqlQuery>(storage.database());
        m_query->setForwardOnly(true);
        if (!m_query->prepare(QString::fromUtf8(sql)))
            m_queryStatus = storage.failure(m_query->lastError());
        return;
    }
    m_code = sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr);
    if (m_code != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

FastStatement::~FastStatement() {
    sqlite3_finalize(m_stmt);
}

bool FastStatement::isValid() const {
    return m_stmt != nullptr || (m_query && m_queryStatus.ok());
}

void FastStatement::bind(int index, qint64 value) {
    if (m_query)
        m_query->bindValue(index, value);
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index + 1, value);
}

void FastStatement::bind(int index, const QString& value) {
    if (m_query)
        m_query->bindValue(index, value.isNull() ? QString(QLatin1String("")) : value);
    if (!m_stmt)
        return;
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index + 1, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_TRANSIENT);
}

Status FastStatement::run() {
    if (m_query) {
        if (Status st = m_storage.flushPendingWrites(); !st.ok())
            return st;
        if (m_queryStatus.ok() && !m_query->exec())
            return m_storage.failure(m_query->lastError());
        return m_queryStatus;
    }
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

bool FastStatement::next() {
    if (m_query) {
        if (!m_queryStatus.ok())
            return false;
        if (!m_ran) {
            m_ran = true;
            if (Status st = m_storage.flushPendingWrites(); !st.ok()) {
                m_queryStatus = st;
                return false;
            }
            if (!m_query->exec()) {
                m_queryStatus = m_storage.failure(m_query->lastError());
                return false;
            }
        }
        return m_query->next();
    }
    if (!m_stmt)
        return false;
    m_code = sqlite3_step(m_stmt);
    return m_code == SQLITE_ROW;
}

qint64 FastStatement::int64(int column) const {
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

QString FastStatement::text(int column) const {
    if (m_query)
        return m_query->value(column).toString();
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

bool FastStatement::isNull(int column) const {
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Status FastStatement::status() const {
    if (m_query)
        return m_queryStatus;
    if (m_code == SQLITE_OK || m_code == SQLITE_ROW || m_code == SQLITE_DONE)
        return {};
    return failure();
}

Status FastStatement::failure() const {
    const QString message =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no school is open");
    return m_storage.failure(QSqlError(QStringLiteral("SQLite"), message, QSqlError::StatementError,
                                       QString::number(m_code)));
}

} // namespace cm
