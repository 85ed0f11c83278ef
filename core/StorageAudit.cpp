// Storage of the audit trail (issue 15): append and read only. Declared in
// Storage.h's "Audit trail" block.
#include "Storage.h"

#include <QSqlQuery>

namespace cm {

namespace {

QVariant rowOrNull(RowId id) {
    return id > 0 ? QVariant(id) : QVariant();
}

AuditEntry readAudit(const QSqlQuery& q) {
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.who = q.value(2).toString();
    e.action = q.value(3).toString();
    e.studentRow = q.value(4).toLongLong();
    e.student = q.value(5).toString();
    e.adultRow = q.value(6).toLongLong();
    e.adult = q.value(7).toString();
    e.before = q.value(8).toString();
    e.after = q.value(9).toString();
    return e;
}

} // namespace

Status Storage::appendAudit(const AuditEntry& e) {
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc();
    return exec(QStringLiteral("INSERT INTO audit (at, who, action, student_row, student,"
                               " adult_row, adult, before, after)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {at.toUTC().toString(Qt::ISODateWithMs), e.who, e.action, rowOrNull(e.studentRow),
                 e.student, rowOrNull(e.adultRow), e.adult, e.before, e.after});
}

QVector<AuditEntry> Storage::auditEntries(const AuditFilter& filter) const {
    QString sql = QStringLiteral("SELECT id, at, who, action, student_row, student, adult_row,"
                                 " adult, before, after FROM audit WHERE 1 = 1");
    QVariantList values;
    if (filter.studentRow > 0) {
        sql += QStringLiteral(" AND student_row = ?");
        values << filter.studentRow;
    }
    if (filter.adultRow > 0) {
        sql += QStringLiteral(" AND adult_row = ?");
        values << filter.adultRow;
    }
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        values << filter.since.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    }
    sql += QStringLiteral(" ORDER BY id");
    QVector<AuditEntry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (exec(q, sql, values).ok()) {
        while (q.next())
            out.push_back(readAudit(q));
    }
    return out;
}

QVector<QPair<QString, int>> Storage::rowCounts() const {
    static const char* const tables[][2] = {{"students", "student"},
                                            {"adults", "adult"},
                                            {"rounds", "round"},
                                            {"marks", "mark"},
                                            {"matches", "mentor_match"},
                                            {"check-ins", "checkin"},
                                            {"survey answers", "survey_answer"},
                                            {"settled names", "survey_resolution"}};
    QVector<QPair<QString, int>> out;
    QSqlQuery q(database());
    for (const auto& t : tables) {
        // Fixed table names from the list above: nothing from outside.
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t[1]));
        out.push_back(
            {QLatin1String(t[0]), exec(q, sql).ok() && q.next() ? q.value(0).toInt() : 0});
    }
    return out;
}

} // namespace cm
