// Marking sheets for staff who mark on their own time: sheet export|import.
#include "Cli.h"
#include "CliArgs.h"
#include "Commands.h"
#include "MarkingSheet.h"
#include "SchoolDocument.h"
#include "Storage.h"

namespace cm {

namespace {

int sheetExport(CliContext& ctx, const QStringList& pos, const std::optional<QString>& adult,
                const std::optional<QString>& homeroom, const std::optional<QString>& output,
                bool myStudents) {
    if (pos.size() != 1)
        return ctx.usage(QStringLiteral("sheet export takes no file; use --output FILE"));
    if (adult.has_value() == homeroom.has_value())
        return ctx.usage(QStringLiteral("sheet export needs --adult ID or --homeroom HR"));
    if (!output)
        return ctx.usage(QStringLiteral("sheet export needs --output FILE.csv or FILE.xlsx"));
    const Storage* storage = ctx.storage(true);
    if (!storage)
        return ExitFailure;
    SheetScope scope;
    scope.adultId = adult.value_or(QString());
    scope.homeroom = homeroom.value_or(QString());
    scope.onlyTaught = myStudents;
    if (myStudents && !adult)
        return ctx.usage(QStringLiteral("--my-students goes with --adult ID"));
    const Result<int> r = MarkingSheet::exportTo(*storage, scope, *output);
    if (!r.ok())
        return ctx.fail(r.message());
    ctx.out << "Wrote a marking sheet of " << *r << " students to " << *output << ".\n"
            << "Tick 'connected' for a student you have a positive, trusting relationship "
               "with; 'concern' for one who may benefit from a relationship.\n";
    return ExitOk;
}

int sheetImport(CliContext& ctx, const QStringList& pos, const std::optional<QString>& adult,
                const QString& round, bool dryRun) {
    if (pos.size() != 2)
        return ctx.usage(QStringLiteral("sheet import needs one FILE.csv or FILE.xlsx"));
    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    const Result<SheetReport> r =
        doc->importSheet(pos[1], round, adult.value_or(QString()), dryRun);
    if (!r.ok())
        return ctx.fail(r.message() + QStringLiteral(" (nothing was imported)"));
    ctx.out << (r->dryRun ? "Preview (nothing was changed): " : "") << r->adultName << " ("
            << r->adultId << ") in round " << r->roundName << ": " << r->connected << " connected, "
            << r->concern << " concern; " << r->added << " new marks, " << r->updated
            << " updated, " << r->unchanged << " unchanged.\n";
    if (r->both > 0)
        ctx.out << r->both << " rows had both columns ticked: both are recorded.\n";
    if (!r->backupPath.isEmpty())
        ctx.out << "A backup of the school before the import: " << r->backupPath << "\n";
    return ExitOk;
}

} // namespace

int cmdSheet(CliContext& ctx) {
    const std::optional<QString> adult = ctx.args.option(QStringLiteral("adult"));
    const std::optional<QString> homeroom = ctx.args.option(QStringLiteral("homeroom"));
    const std::optional<QString> output = ctx.args.option(QStringLiteral("output"));
    const QString round = ctx.args.option(QStringLiteral("round"), QString());
    const bool dryRun = ctx.args.flag(QStringLiteral("dry-run"));
    const bool myStudents = ctx.args.flag(QStringLiteral("my-students"));
    const QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (!pos.isEmpty() && pos[0] == QLatin1String("export")) {
        if (!round.isEmpty() || dryRun)
            return ctx.usage(QStringLiteral("--round and --dry-run apply to sheet import"));
        return sheetExport(ctx, pos, adult, homeroom, output, myStudents);
    }
    if (!pos.isEmpty() && pos[0] == QLatin1String("import")) {
        if (homeroom || output || myStudents)
            return ctx.usage(
                QStringLiteral("--homeroom, --output and --my-students apply to sheet export"));
        return sheetImport(ctx, pos, adult, round, dryRun);
    }
    return ctx.usage(QStringLiteral("sheet takes 'export' or 'import'"));
}

} // namespace cm
