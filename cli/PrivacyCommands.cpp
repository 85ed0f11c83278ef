// Privacy commands (issue 15): the encrypted transfer file (`backup create
// --encrypt`, `backup restore FILE.caringmap`) and `school passphrase --reset`.
#include "PrivacyCommands.h"
#include "Cli.h"
#include "CliArgs.h"
#include "Commands.h"
#include "PassphrasePrompt.h"
#include "SchoolDocument.h"
#include "Storage.h"
#include "TransferFile.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace cm {

int backupCreateEncrypted(CliContext& ctx, bool encrypt, const std::optional<QString>& output,
                          const std::optional<QString>& passphraseFile) {
    if (!encrypt || !output)
        return ctx.usage(QStringLiteral("backup create needs --encrypt and --output "
                                        "FILE.caringmap"));
    SchoolDocument* document = ctx.document(true);
    if (!document)
        return ExitFailure;
    const Result<QString> passphrase = PassphrasePrompt::read(
        passphraseFile, QStringLiteral("Passphrase for the transfer file"), true, ctx.err);
    if (!passphrase.ok())
        return ctx.fail(passphrase.message());
    if (Status st = document->saveTransferFile(*output, *passphrase); !st.ok())
        return ctx.fail(st.message());
    ctx.out << "Wrote " << *output
            << ": the whole school, encrypted with the passphrase (owner-only). Give the "
               "passphrase separately from the file; without it the file cannot be read.\n";
    return ExitOk;
}

namespace {

// Decrypted beside the target, checked as a caringmap school, then renamed
// into place.
Status restoreAsNewSchool(const QString& dbPath, const QString& input, const QString& passphrase) {
    const QFileInfo target(dbPath);
    if (!QDir().mkpath(target.absolutePath()))
        return Status::fail(
            QStringLiteral("cannot create the folder %1").arg(target.absolutePath()));
    QTemporaryDir temp(target.absolutePath() + QStringLiteral("/.transfer-XXXXXX"));
    if (!temp.isValid())
        return Status::fail(QStringLiteral("cannot make a temporary folder beside the school"));
    const QString plain = temp.filePath(QStringLiteral("school.sqlite"));
    if (Status st = TransferFile::decrypt(input, passphrase, plain); !st.ok())
        return st;
    {
        Storage probe;
        if (Status st = probe.open(plain); !st.ok())
            return st;
    }
    QFile::remove(plain + QStringLiteral("-wal"));
    QFile::remove(plain + QStringLiteral("-shm"));
    if (!QFile::rename(plain, dbPath))
        return Status::fail(QStringLiteral("cannot put the school in place at %1").arg(dbPath));
    return {};
}

} // namespace

int backupRestoreEncrypted(CliContext& ctx, const QString& input,
                           const std::optional<QString>& passphraseFile) {
    if (!QFileInfo(input).isFile())
        return ctx.fail(QStringLiteral("no file at %1").arg(input));
    const Result<QString> passphrase = PassphrasePrompt::read(
        passphraseFile, QStringLiteral("Passphrase of %1").arg(QFileInfo(input).fileName()), false,
        ctx.err);
    if (!passphrase.ok())
        return ctx.fail(passphrase.message());
    if (!QFileInfo::exists(ctx.dbPath())) {
        // A new computer: the decrypted school becomes the file, or nothing
        // is made at all.
        if (Status st = restoreAsNewSchool(ctx.dbPath(), input, *passphrase); !st.ok())
            return ctx.fail(st.message() + QStringLiteral(" (no school was made)"));
        // The school is restored; a failed audit row is said, not undone.
        if (SchoolDocument* d = ctx.document(true)) {
            if (Status st = d->recordEvent(QStringLiteral("transfer-file-restored"),
                                           QFileInfo(input).fileName());
                !st.ok())
                ctx.err << "caringmap: the audit trail did not record the restore: " << st.message()
                        << "\n";
        }
        ctx.out << "Restored " << ctx.dbPath() << " from " << input << ".\n";
        return ExitOk;
    } else {
        SchoolDocument* document = ctx.document(true);
        if (!document)
            return ExitFailure;
        if (Status st = document->restoreTransferFile(input, *passphrase); !st.ok())
            return ctx.fail(st.message() + QStringLiteral(" (the school was not changed)"));
    }
    ctx.out << "Restored " << ctx.dbPath() << " from " << input
            << ".\nThe state before the restore was backed up too (see 'backup list').\n";
    return ExitOk;
}

int cmdPurge(CliContext& ctx) {
    const std::optional<QString> studentId = ctx.args.option(QStringLiteral("student"));
    const std::optional<QString> before = ctx.args.option(QStringLiteral("inactive-before"));
    const bool yes = ctx.args.flag(QStringLiteral("yes"));
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (!ctx.args.positionals().isEmpty() || bool(studentId) == bool(before))
        return ctx.usage(QStringLiteral("purge takes --student ID or --inactive-before "
                                        "YYYY-MM-DD"));
    QDate date;
    if (before) {
        date = QDate::fromString(*before, Qt::ISODate);
        if (!date.isValid())
            return ctx.usage(
                QStringLiteral("--inactive-before needs a date as YYYY-MM-DD, not '%1'")
                    .arg(*before));
    }
    if (!yes)
        return ctx.usage(QStringLiteral("purge removes students for good, from the school and "
                                        "its backups: add --yes to confirm"));
    SchoolDocument* document = ctx.document(true);
    if (!document)
        return ExitFailure;
    QVector<RowId> rows;
    if (studentId) {
        const std::optional<Student> s = document->storage().studentByExternalId(*studentId);
        if (!s)
            return ctx.fail(QStringLiteral("no student with id '%1'").arg(*studentId));
        rows << s->id;
    } else {
        rows = document->storage().inactiveStudentsBefore(date);
    }
    int backups = 0;
    QStringList unreadable;
    const Result<int> purged = document->purgeStudents(rows, &backups, &unreadable);
    if (!purged.ok())
        return ctx.fail(purged.message());
    ctx.out << "Purged " << *purged << (*purged == 1 ? " student" : " students")
            << " from the school and from " << backups << (backups == 1 ? " backup" : " backups")
            << " (their audit rows now say \"purged student\").\n";
    for (const QString& path : unreadable)
        ctx.err << "caringmap: warning: " << path
                << " is not a readable backup and was not purged; delete it by hand\n";
    return ExitOk;
}

int cmdSchoolPassphrase(CliContext& ctx, const QStringList& pos) {
    const bool reset = ctx.args.flag(QStringLiteral("reset"));
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (pos != QStringList{QStringLiteral("passphrase")} || !reset)
        return ctx.usage(QStringLiteral("school takes 'passphrase --reset'"));
    SchoolDocument* document = ctx.document(true);
    if (!document)
        return ExitFailure;
    if (Status st = document->resetPassphrase(); !st.ok())
        return ctx.fail(st.message());
    ctx.out << "The counselor passphrase of " << document->schoolName()
            << " was removed (recorded in the audit trail). The next private marking session "
               "asks for a new one.\n";
    return ExitOk;
}

} // namespace cm
