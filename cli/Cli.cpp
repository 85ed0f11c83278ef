#include "Cli.h"

#include "CliArgs.h"
#include "Commands.h"
#include "GlobalArgs.h"
#include "SchoolDocument.h"
#include "ServerAddress.h"
#include "Storage.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>

namespace cm {

namespace {
// The command line's own messages, in the "cm::Cli" context of the .ts files.
QString tr(const char* text) {
    return QCoreApplication::translate("cm::Cli", text);
}
} // namespace

CliContext::CliContext(CliArgs& a, QTextStream& o, QTextStream& e, QString dbPath)
    : args(a)
    , out(o)
    , err(e)
    , m_dbPath(std::move(dbPath)) {}

CliContext::~CliContext() {
    delete m_document;
}

const Storage* CliContext::storage(bool mustExist) {
    SchoolDocument* d = document(mustExist);
    return d ? &d->storage() : nullptr;
}

SchoolDocument* CliContext::document(bool mustExist) {
    if (m_document)
        return m_document;
    if (mustExist && !ServerAddress::isServer(m_dbPath) && !QFileInfo::exists(m_dbPath)) {
        fail(QCoreApplication::translate(
                 "cm::Cli", "no database at %1 (make one with 'caringmap demo' or 'caringmap "
                            "import')")
                 .arg(m_dbPath));
        return nullptr;
    }
    auto* d = new SchoolDocument;
    Status st = d->open(m_dbPath);
    if (!st.ok()) {
        delete d;
        fail(st.message());
        return nullptr;
    }
    m_document = d;
    return m_document;
}

int CliContext::usage(const QString& message) {
    err << "caringmap: " << message << "\n"
        << QCoreApplication::translate("cm::Cli", "Try 'caringmap --help'.") << "\n";
    err.flush();
    return ExitUsage;
}

int CliContext::fail(const QString& message) {
    err << "caringmap: " << message << "\n";
    err.flush();
    return ExitFailure;
}

int CliContext::checkArgs() {
    const QString e = args.error();
    return e.isEmpty() ? -1 : usage(e);
}

const QVector<CliCommand>& Cli::commands() {
    static const QVector<CliCommand> list{
        {"import", "import students|adults|marks FILE.csv [--round NAME]", &cmdImport},
        {"import",
         "import students|adults FILE.csv [--map \"Column=field,...\"] "
         "[--encoding utf-8|windows-1252] [--sync] [--dry-run]",
         &cmdImport},
        {"import",
         "import [oneroster] DIR_OR_ZIP [--school ID_OR_NAME] [--with-demographics] "
         "[--sync] [--dry-run]",
         &cmdImport},
        {"import", "import [all] EXPORT_DIR            (a folder written by 'export')", &cmdImport},
        {"export", "export DIR [--with-notes] [--with-demographics]   (the school as CSV files)",
         &cmdExport},
        {"backup", "backup list | backup restore FILE_OR_NUMBER", &cmdBackup},
        {"backup",
         "backup create --encrypt --output FILE.caringmap [--passphrase-file F]   (for another "
         "computer)",
         &cmdBackup},
        {"backup", "backup restore FILE.caringmap [--passphrase-file F]", &cmdBackup},
        {"sheet",
         "sheet export (--adult ID [--my-students] | --homeroom HR) --output FILE.csv|FILE.xlsx",
         &cmdSheet},
        {"sheet", "sheet import FILE.csv|FILE.xlsx [--round NAME] [--adult ID] [--dry-run]",
         &cmdSheet},
        {"mark", "mark ADULT_ID STUDENT_ID [--concern] [--note TEXT] [--round NAME]", &cmdMark},
        {"round", "round new NAME | round list", &cmdRound},
        {"school", "school name [\"NAME\"]               (the name on reports and the window)",
         &cmdSchool},
        {"unconnected", "unconnected [--round NAME] [--format text|csv|json]", &cmdUnconnected},
        {"summary", "summary [--round NAME] [--format text|json]", &cmdSummary},
        {"demo", "demo [--students N] [--adults M] [--seed S]", &cmdDemo},
        // One entry per sub-command for --help; they all run cmdMatch.
        {"match", "match suggest [--round NAME] [--capacity N] [--apply] [--format text|csv|json]",
         &cmdMatch},
        {"match", "match list [--adult ID] [--format text|csv|json]", &cmdMatch},
        {"match", "match assign STUDENT_ID ADULT_ID [--date YYYY-MM-DD] [--plan TEXT]", &cmdMatch},
        {"match", "match end STUDENT_ID [--date YYYY-MM-DD]", &cmdMatch},
        {"match",
         "match adult ADULT_ID [--capacity N|default] [--volunteer yes|no] "
         "[--leaving YYYY-MM-DD|none]",
         &cmdMatch},
        {"match",
         "match settings [--default-capacity N] [--first-days N] [--second-days N] [--plan TEXT]",
         &cmdMatch},
        {"checkin",
         "checkin MATCH_OR_STUDENT_ID --status connected|trying|needs-help [--note TEXT] "
         "[--date YYYY-MM-DD]",
         &cmdCheckin},
        {"due", "due [--as-of YYYY-MM-DD] [--format text|csv|json]", &cmdDue},
        {"compare", "compare ROUND_A ROUND_B [--format text|csv|json]", &cmdCompare},
        {"survey",
         "survey import FILE.csv|FILE.xlsx [--round NAME] [--map \"Column=field,...\"] "
         "[--encoding utf-8|windows-1252] [--dry-run]",
         &cmdSurvey},
        {"survey", "survey unresolved [--round NAME] [--format text|csv|json]", &cmdSurvey},
        {"survey", "survey resolve \"TEXT\" ADULT_ID|none", &cmdSurvey},
        {"voice", "voice [--round NAME] [--format text|csv|json]", &cmdVoice},
        {"audit", "audit [--student ID] [--adult ID] [--since YYYY-MM-DD] [--format text|csv|json]",
         &cmdAudit},
        {"school", "school passphrase --reset      (a forgotten counselor passphrase)", &cmdSchool},
        {"purge",
         "purge (--student ID | --inactive-before YYYY-MM-DD) --yes   (also from every backup)",
         &cmdPurge},
        // A district's PostgreSQL server (--db postgresql://...; README "District server").
        {"district",
         "district init [--repair] | district add-school ID \"NAME\" | district list-schools",
         &cmdDistrict},
        {"district",
         "district grant ROLE (--school ID [--as counselor|viewer] | --office) "
         "[--password-file F]",
         &cmdDistrict},
        {"district", "district summary [--format text|json|csv]", &cmdDistrict},
    };
    return list;
}

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err) {}

void Cli::printHelp() {
    m_out << "caringmap " << CARINGMAP_VERSION << ": "
          << tr("make sure every student has at least one caring adult.") << "\n\n"
          << tr("Usage:") << "\n"
          << "  caringmap [--db FILE]              " << tr("open the window") << "\n";
    for (const CliCommand& c : commands())
        m_out << "  caringmap [--db FILE] " << c.synopsis << "\n";
    m_out << "  caringmap [--db FILE] report unconnected|marking-sheet|summary|voice --output "
             "FILE.pdf\n"
          << "        [--round NAME] [--group-by grade|homeroom] [--page-size letter|a4]\n"
          << "        [--grade G] [--homeroom H]     (unconnected: one grade or homeroom)\n"
          << "  caringmap [--db FILE] report mentor --adult ID --output FILE.pdf\n"
          << "  caringmap [--db FILE] report mentors --output FILE.pdf"
             "   (every go-to adult, one per page)\n";
    m_out << "\n"
          << tr("Options:") << "\n"
          << "  --db FILE      "
          << tr("the school's database (default: %1)").arg(Storage::defaultPath()) << "\n"
          << "  --lang es|en   "
          << tr("the language (default: Settings > Language, else the system's)") << "\n"
          << "  --help         " << tr("show this help") << "\n"
          << "  --version      " << tr("show the version") << "\n\n"
          << tr("Exit codes: 0 done, 1 failed (nothing changed), 2 usage mistake.") << "\n";
    m_out.flush();
}

int Cli::run(const QStringList& raw) {
    return run(GlobalArgs::parse(raw));
}

int Cli::run(const GlobalArgs& global) {
    if (!global.error.isEmpty()) {
        m_err << "caringmap: " << global.error << "\n" << tr("Try 'caringmap --help'.") << "\n";
        m_err.flush();
        return ExitUsage;
    }
    QStringList rest = global.rest;
    if (rest.isEmpty() || rest.first() == QLatin1String("--help") ||
        rest.first() == QLatin1String("-h") || rest.first() == QLatin1String("help")) {
        printHelp();
        return finishOutput(ExitOk, m_out, m_err);
    }
    if (rest.first() == QLatin1String("--version")) {
        m_out << "caringmap " << CARINGMAP_VERSION << "\n";
        return finishOutput(ExitOk, m_out, m_err);
    }
    const QString name = rest.takeFirst();
    for (const CliCommand& c : commands()) {
        if (name == QLatin1String(c.name)) {
            CliArgs args(rest);
            CliContext ctx(args, m_out, m_err, global.dbPathOrDefault());
            return finishOutput(c.run(ctx), m_out, m_err);
        }
    }
    m_err << "caringmap: " << tr("unknown command '%1'").arg(name) << "\n"
          << tr("Try 'caringmap --help'.") << "\n";
    m_err.flush();
    return ExitUsage;
}

int Cli::finishOutput(int code, QTextStream& out, QTextStream& err) {
    out.flush();
    auto* file = qobject_cast<QFileDevice*>(out.device());
    // QTextStream hands its text to the device; the device (stdout's FILE*
    // buffer) only reports a full disk or a closed pipe when flushed.
    const bool written = out.status() == QTextStream::Ok && (!file || file->flush());
    if (!written) {
        const QString why = file && !file->errorString().isEmpty() ? file->errorString()
                                                                   : QStringLiteral("write error");
        err << "caringmap: " << tr("the output could not be written (%1)").arg(why)
            << (why.contains(QLatin1String("No space")) ? tr(" - the disk is full") : QString())
            << "\n";
        err.flush();
        return code == ExitOk ? ExitFailure : code;
    }
    err.flush();
    return code;
}

} // namespace cm
