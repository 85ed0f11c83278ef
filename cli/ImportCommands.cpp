// Commands that bring rosters in and take the school out: import (canonical
// CSVs, mapped spreadsheets, OneRoster folders and zips, a full export
// folder), export, and backup list|restore.
#include "Backup.h"
#include "Cli.h"
#include "CliArgs.h"
#include "Commands.h"
#include "CsvImport.h"
#include "OneRoster.h"
#include "PrivacyCommands.h"
#include "SchoolDocument.h"
#include "SchoolExport.h"
#include "ServerAddress.h"
#include "SpreadsheetImport.h"
#include "Storage.h"
#include "TransferFile.h"

#include <QFileInfo>
#include <QLocale>

namespace cm {

namespace {

struct ImportFlags {
    std::optional<QString> map;
    std::optional<QString> encoding;
    std::optional<QString> school;
    bool sync = false;
    bool demographics = false;
    bool dryRun = false;
    bool allSchools = false;
    QString round;
};

// `import oneroster DIR --all-schools` on a district server: every school of
// the export into the district school of the same code (or sourcedId),
// added when missing; each school is its own import (one transaction).
int importAllSchools(CliContext& ctx, const QString& path, const QVector<OneRosterSchool>& schools,
                     const ImportFlags& f) {
    if (!ServerAddress::isServer(ctx.dbPath()))
        return ctx.usage(QStringLiteral("--all-schools fills a district server's schools; "
                                        "--db must be a postgresql:// address"));
    int failed = 0;
    for (const OneRosterSchool& s : schools) {
        const QString id = s.identifier.isEmpty() ? s.sourcedId : s.identifier;
        Storage district;
        Status st = district.openDistrict(ctx.dbPath());
        if (st.ok())
            st = district.addSchool(id, s.name);
        district.close();
        SchoolDocument doc;
        if (st.ok())
            st = doc.open(ServerAddress::withSchool(ctx.dbPath(), id));
        OneRosterOptions o;
        o.school = s.sourcedId;
        o.demographics = f.demographics;
        o.sync = f.sync;
        o.dryRun = f.dryRun;
        const Result<RosterReport> r =
            st.ok() ? doc.importOneRoster(path, o) : Result<RosterReport>(st.error());
        if (!r.ok()) {
            ++failed;
            ctx.err << "caringmap: " << id << " (" << s.name << "): " << r.message()
                    << " (nothing was imported into it)\n";
            continue;
        }
        ctx.out << id << " (" << s.name << "): " << r->summary() << ".\n";
    }
    ctx.err.flush();
    return failed == 0 ? ExitOk : ExitFailure;
}

int report(CliContext& ctx, const QString& what, const QString& path, const RosterReport& r) {
    if (r.dryRun)
        ctx.out << "Preview of " << what << " from " << path << " (nothing was changed): ";
    else
        ctx.out << "Imported " << what << " from " << path << ": ";
    ctx.out << r.summary() << ".\n";
    for (const QString& n : r.notes)
        ctx.out << "Note: " << n << ".\n";
    if (!r.backupPath.isEmpty())
        ctx.out << "A backup of the school before the import: " << r.backupPath << "\n";
    return ExitOk;
}

int canonicalReport(CliContext& ctx, const QString& what, const QString& path,
                    const ImportReport& r) {
    ctx.out << "Imported " << what << " from " << path << ": " << r.added << " added, " << r.updated
            << " updated, " << r.unchanged << " unchanged.\n";
    if (!r.backupPath.isEmpty())
        ctx.out << "A backup of the school before the import: " << r.backupPath << "\n";
    return ExitOk;
}

int importOneRoster(CliContext& ctx, const QString& path, ImportFlags f) {
    const Result<QVector<OneRosterSchool>> schools = OneRoster::schools(path);
    if (!schools.ok())
        return ctx.fail(schools.message() + QStringLiteral(" (nothing was imported)"));
    if (f.allSchools)
        return importAllSchools(ctx, path, *schools, f);
    // On a district server the open school is the export's school of the
    // same id or code.
    if (!f.school && ServerAddress::isServer(ctx.dbPath()) && schools->size() > 1)
        if (const Storage* storage = ctx.storage(true))
            f.school = storage->school();
    if (schools->size() > 1 && !f.school) {
        ctx.err << "caringmap: the export holds " << schools->size()
                << " schools; choose one with --school ID_OR_NAME (or its code):\n";
        for (const OneRosterSchool& s : *schools)
            ctx.err << "  " << s.sourcedId << "\t" << s.name
                    << (s.identifier.isEmpty() ? QString() : QStringLiteral("\t") + s.identifier)
                    << "\n";
        return ExitUsage;
    }
    SchoolDocument* doc = ctx.document();
    if (!doc)
        return ExitFailure;
    OneRosterOptions o;
    o.school = f.school.value_or(QString());
    o.demographics = f.demographics;
    o.sync = f.sync;
    o.dryRun = f.dryRun;
    const Result<RosterReport> r = doc->importOneRoster(path, o);
    if (!r.ok())
        return ctx.fail(r.message() + QStringLiteral(" (nothing was imported)"));
    return report(ctx, QStringLiteral("the OneRoster export"), path, *r);
}

int importAll(CliContext& ctx, const QString& path, const ImportFlags& f) {
    SchoolDocument* doc = ctx.document();
    if (!doc)
        return ExitFailure;
    ImportOptions o;
    o.sync = f.sync;
    o.dryRun = f.dryRun;
    const Result<RosterReport> r = doc->importFolder(path, o);
    if (!r.ok())
        return ctx.fail(r.message() + QStringLiteral(" (nothing was imported)"));
    return report(ctx, QStringLiteral("the export folder"), path, *r);
}

// The program's own CSV (no mapping options): the canonical import, which
// also takes adults' capacity, volunteer and leaving_date.
bool canonical(const QString& path, CsvImport::Kind kind) {
    const Result<QVector<QStringList>> head =
        SpreadsheetImport::preview(path, TextEncoding::Utf8, 0);
    if (!head.ok() || head->isEmpty())
        return true; // let the canonical import explain what is wrong
    return CsvHeader(head->first()).missing(CsvImport::requiredColumns(kind)).isEmpty();
}

int importPeople(CliContext& ctx, CsvImport::Kind kind, const QString& what, const QString& path,
                 const ImportFlags& f) {
    const RosterKind rk =
        kind == CsvImport::Kind::Students ? RosterKind::Students : RosterKind::Adults;
    SpreadsheetOptions o;
    if (f.encoding) {
        const QString e = f.encoding->toLower();
        if (e == QLatin1String("windows-1252") || e == QLatin1String("cp1252") ||
            e == QLatin1String("ansi"))
            o.encoding = TextEncoding::Windows1252;
        else if (e != QLatin1String("utf-8") && e != QLatin1String("utf8"))
            return ctx.usage(QStringLiteral("--encoding takes utf-8 or windows-1252"));
    }
    if (f.map) {
        const Result<ColumnMapping> m = ColumnMapping::parse(*f.map, rk);
        if (!m.ok())
            return ctx.usage(m.message());
        o.mapping = *m;
    }
    o.sync = f.sync;
    o.dryRun = f.dryRun;
    SchoolDocument* doc = ctx.document();
    if (!doc)
        return ExitFailure;
    if (!f.map && !f.encoding && !f.sync && !f.dryRun && canonical(path, kind)) {
        const Result<ImportReport> r = doc->importCsv(kind, path);
        if (!r.ok())
            return ctx.fail(r.message() + QStringLiteral(" (nothing was imported)"));
        return canonicalReport(ctx, what, path, *r);
    }
    const Result<RosterReport> r = doc->importSpreadsheet(rk, path, o);
    if (!r.ok())
        return ctx.fail(r.message() + QStringLiteral(" (nothing was imported)"));
    return report(ctx, what, path, *r);
}

} // namespace

int cmdImport(CliContext& ctx) {
    ImportFlags f;
    f.round = ctx.args.option(QStringLiteral("round"), QString());
    f.map = ctx.args.option(QStringLiteral("map"));
    f.encoding = ctx.args.option(QStringLiteral("encoding"));
    f.school = ctx.args.option(QStringLiteral("school"));
    f.allSchools = ctx.args.flag(QStringLiteral("all-schools"));
    f.sync = ctx.args.flag(QStringLiteral("sync"));
    f.demographics = ctx.args.flag(QStringLiteral("with-demographics"));
    f.dryRun = ctx.args.flag(QStringLiteral("dry-run"));
    QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (pos.size() == 1) { // a folder or zip: a full export or a OneRoster export
        if (SchoolExport::isExportFolder(pos[0]))
            pos.prepend(QStringLiteral("all"));
        else if (OneRoster::looksLikeOneRoster(pos[0]))
            pos.prepend(QStringLiteral("oneroster"));
        else
            return ctx.usage(QStringLiteral("%1 is neither a caringmap export folder nor a "
                                            "OneRoster folder or .zip; for a CSV say what it "
                                            "holds: import students|adults|marks FILE.csv")
                                 .arg(pos[0]));
    }
    if (pos.size() != 2)
        return ctx.usage(QStringLiteral("import needs what and a file: import "
                                        "students|adults|marks FILE.csv, import all DIR, "
                                        "import oneroster DIR_OR_ZIP"));
    const QString what = pos[0];
    const bool people = what == QLatin1String("students") || what == QLatin1String("adults");
    if (!f.round.isEmpty() && what != QLatin1String("marks"))
        return ctx.usage(QStringLiteral("--round applies to marks only"));
    if ((f.map || f.encoding) && !people)
        return ctx.usage(QStringLiteral("--map and --encoding apply to students and adults"));
    if ((f.school || f.demographics) && what != QLatin1String("oneroster"))
        return ctx.usage(QStringLiteral("--school and --with-demographics apply to OneRoster"));
    if (what == QLatin1String("oneroster"))
        return importOneRoster(ctx, pos[1], f);
    if (what == QLatin1String("all"))
        return importAll(ctx, pos[1], f);
    CsvImport::Kind kind;
    if (!CsvImport::parseKind(what, &kind))
        return ctx.usage(
            QStringLiteral("import takes students, adults, marks, all or oneroster, not '%1'")
                .arg(what));
    if (people)
        return importPeople(ctx, kind, what, pos[1], f);
    if (f.sync || f.dryRun)
        return ctx.usage(QStringLiteral("--sync and --dry-run apply to rosters, not marks"));
    SchoolDocument* doc = ctx.document();
    if (!doc)
        return ExitFailure;
    const Result<ImportReport> r = doc->importCsv(kind, pos[1], f.round);
    if (!r.ok())
        return ctx.fail(r.message() + QStringLiteral(" (nothing was imported)"));
    return canonicalReport(ctx, QStringLiteral("marks"), pos[1], *r);
}

int cmdExport(CliContext& ctx) {
    SchoolExport::Options options; // notes and demographics only when asked for
    options.withNotes = ctx.args.flag(QStringLiteral("with-notes"));
    options.withDemographics = ctx.args.flag(QStringLiteral("with-demographics"));
    const QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (pos.size() != 1)
        return ctx.usage(QStringLiteral("export needs one folder: export DIR"));
    const Storage* storage = ctx.storage(true);
    if (!storage)
        return ExitFailure;
    const Result<QStringList> r = SchoolExport::exportTo(*storage, pos[0], options);
    if (!r.ok())
        return ctx.fail(r.message());
    ctx.out << "Exported " << storage->schoolName() << " to " << pos[0] << ": "
            << SchoolExport::fileNames().join(QStringLiteral(", "))
            << ", and manifest.csv (their rows and SHA-256 checksums, which 'import' checks).\n"
            << "The files hold student names: keep them private.\n";
    if (!options.withNotes || !options.withDemographics)
        ctx.out << "Left out: " << (options.withNotes ? "" : "notes (--with-notes)")
                << (!options.withNotes && !options.withDemographics ? " and " : "")
                << (options.withDemographics ? "" : "demographics (--with-demographics)") << ".\n";
    return ExitOk;
}

int cmdBackup(CliContext& ctx) {
    const bool encrypt = ctx.args.flag(QStringLiteral("encrypt"));
    const std::optional<QString> output = ctx.args.option(QStringLiteral("output"));
    const std::optional<QString> passphraseFile =
        ctx.args.option(QStringLiteral("passphrase-file"));
    const QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (ServerAddress::isServer(ctx.dbPath()))
        return ctx.fail(SchoolDocument::serverBackupText());
    if (pos == QStringList{QStringLiteral("create")})
        return backupCreateEncrypted(ctx, encrypt, output, passphraseFile);
    if (pos.size() == 2 && pos[0] == QLatin1String("restore") && TransferFile::looksLike(pos[1]))
        return backupRestoreEncrypted(ctx, pos[1], passphraseFile);
    QStringList skipped;
    const QVector<BackupInfo> all = Backup::list(ctx.dbPath(), &skipped);
    if (pos.size() == 1 && pos[0] == QLatin1String("list")) {
        for (const QString& path : skipped)
            ctx.err << "skipped: " << path << " is not a readable backup\n";
        if (all.isEmpty()) {
            ctx.out << "No backups yet for " << ctx.dbPath()
                    << " (one is made before each import into a school).\n";
            return ExitOk;
        }
        for (int i = 0; i < all.size(); ++i)
            ctx.out << (i + 1) << "\t"
                    << all[i].created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                    << "\t" << all[i].reason << "\t" << QLocale::c().formattedDataSize(all[i].size)
                    << "\t" << all[i].path << "\n";
        return ExitOk;
    }
    if (pos.size() == 2 && pos[0] == QLatin1String("restore")) {
        QString path = pos[1];
        bool isIndex = false;
        const int index = pos[1].toInt(&isIndex);
        if (isIndex && !QFileInfo::exists(path)) {
            if (index < 1 || index > all.size())
                return ctx.usage(
                    QStringLiteral("no backup number %1 (see 'backup list')").arg(pos[1]));
            path = all[index - 1].path;
        }
        const Status st = Backup::restore(ctx.dbPath(), path);
        if (!st.ok())
            return ctx.fail(st.message() + QStringLiteral(" (the school was not changed)"));
        ctx.out << "Restored " << ctx.dbPath() << " from " << path
                << ".\nThe state before the restore was backed up too (see 'backup list').\n";
        return ExitOk;
    }
    return ctx.usage(QStringLiteral("backup takes 'list', 'restore FILE_OR_NUMBER' or 'create "
                                    "--encrypt --output FILE.caringmap'"));
}

} // namespace cm
