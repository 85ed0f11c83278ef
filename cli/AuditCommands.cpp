// `caringmap audit`: who changed what, when (issue 15).
#include "AuditTrail.h"
#include "Cli.h"
#include "CliArgs.h"
#include "Commands.h"
#include "Storage.h"

#include <QDate>

namespace cm {

int cmdAudit(CliContext& ctx) {
    const std::optional<QString> studentId = ctx.args.option(QStringLiteral("student"));
    const std::optional<QString> adultId = ctx.args.option(QStringLiteral("adult"));
    const std::optional<QString> since = ctx.args.option(QStringLiteral("since"));
    const QString format = ctx.args.option(QStringLiteral("format"), QStringLiteral("text"));
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (!ctx.args.positionals().isEmpty())
        return ctx.usage(QStringLiteral("audit takes no positional arguments"));
    if (format != QLatin1String("text") && format != QLatin1String("csv") &&
        format != QLatin1String("json"))
        return ctx.usage(QStringLiteral("--format must be text, csv or json"));
    AuditFilter filter;
    if (since) {
        filter.since = QDate::fromString(*since, Qt::ISODate);
        if (!filter.since.isValid())
            return ctx.usage(
                QStringLiteral("--since needs a date as YYYY-MM-DD, not '%1'").arg(*since));
    }
    const Storage* storage = ctx.storage(true);
    if (!storage)
        return ExitFailure;
    if (studentId) {
        const std::optional<Student> s = storage->studentByExternalId(*studentId);
        if (!s)
            return ctx.fail(QStringLiteral("no student with id '%1'").arg(*studentId));
        filter.studentRow = s->id;
    }
    if (adultId) {
        const std::optional<Adult> a = storage->adultByExternalId(*adultId);
        if (!a)
            return ctx.fail(QStringLiteral("no adult with id '%1'").arg(*adultId));
        filter.adultRow = a->id;
    }
    const QVector<AuditEntry> rows = storage->auditEntries(filter);
    if (format == QLatin1String("csv"))
        ctx.out << AuditTrail::toCsv(rows);
    else if (format == QLatin1String("json"))
        ctx.out << AuditTrail::toJson(rows);
    else
        ctx.out << AuditTrail::toText(rows);
    return ExitOk;
}

} // namespace cm
