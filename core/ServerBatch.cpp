#include "ServerBatch.h"

#include "Storage.h"

namespace cm {

namespace {

// An element of a PostgreSQL array literal: quoted, with \ and " escaped.
void appendElement(QString& out, const QString& value) {
    out += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
}

} // namespace

ServerBatch::ServerBatch(Storage& storage, const QString& sql, const QStringList& types,
                         int rowsPerStatement)
    : m_storage(storage)
    , m_types(types)
    , m_limit(rowsPerStatement)
    , m_columns(types.size()) {
    QStringList arrays;
    for (const QString& type : types)
        arrays << QStringLiteral("?::%1[]").arg(type);
    m_sql = sql.arg(arrays.join(QStringLiteral(", ")));
}

Status ServerBatch::add(const QVector<QString>& row) {
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_rows > 0)
            m_columns[i] += QLatin1Char(',');
        appendElement(m_columns[i], row.value(i));
    }
    ++m_rows;
    return m_rows >= m_limit ? flush() : Status();
}

Status ServerBatch::flush() {
    if (m_rows == 0)
        return {};
    QVariantList values;
    for (QString& column : m_columns) {
        values << QString(QLatin1Char('{') + column + QLatin1Char('}'));
        column.clear();
    }
    m_rows = 0;
    return m_storage.exec(m_sql, values);
}

} // namespace cm
