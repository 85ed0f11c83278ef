#include "StorageRows.h"

namespace cm::storage {

qint64 returnedId(QSqlQuery& q) {
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    // SQLite keeps an INSERT ... RETURNING statement open until it is reset,
    // and refuses to commit while a write statement is open.
    q.finish();
    return id;
}

QString inSchool(const Storage& s) {
    return s.isServer() ? QStringLiteral("school_id, ") : QString();
}

namespace {

// Digits at text[from, from + n) as a number, or -1.
int digits(const QString& text, int from, int n) {
    int value = 0;
    for (int i = from; i < from + n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The times caringmap writes, "2026-11-24T04:15:29.126Z", read without the
// general parser (a district round holds hundreds of thousands of them).
QDateTime fromUtcStamp(const QString& t) {
    const bool ms = t.size() == 24;
    if ((t.size() != 20 && !ms) || t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' ||
        t[16] != u':' || t[t.size() - 1] != u'Z' || (ms && t[19] != u'.'))
        return {};
    const QDate date(digits(t, 0, 4), digits(t, 5, 2), digits(t, 8, 2));
    const QTime time(digits(t, 11, 2), digits(t, 14, 2), digits(t, 17, 2),
                     ms ? digits(t, 20, 3) : 0);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QString isoTime(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& v) {
    if (v.isNull())
        return {};
    const QString text = v.toString();
    const QDateTime fast = fromUtcStamp(text);
    return fast.isValid() ? fast : QDateTime::fromString(text, Qt::ISODateWithMs);
}

// "SELECT <columns> FROM <table> <rest>" with a file's fixed column list.
QString selectSql(const char* columns, const char* table, const char* rest) {
    return QStringLiteral("SELECT %1 FROM %2 %3")
        .arg(QLatin1String(columns), QLatin1String(table), QLatin1String(rest));
}

} // namespace cm::storage
