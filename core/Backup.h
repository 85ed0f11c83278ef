#pragma once

#include "Error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

class Storage;

struct BackupInfo {
    QString path;
    QDateTime created; // UTC, from the file name
    QString reason;    // e.g. "import-oneroster", "before-restore"
    qint64 size = 0;
};

// Copies of the school's database kept next to it in "<dbname>-backups/",
// owner-only, newest kKeep kept. Made before an import changes a school
// that is not empty; restored into the live school.
class Backup {
public:
    static constexpr int kKeep = 5;

    static QString folderFor(const QString& dbPath);
    // A consistent copy (VACUUM INTO, through a second connection, so it
    // also works while the Storage holds a transaction: it copies the last
    // committed state). Returns the backup's path.
    static Result<QString> create(Storage& storage, const QString& reason);
    // For an import, inside its transaction, just before commit: compares the
    // school as committed (read through a second connection: the database is
    // in WAL mode) with the transaction's view, row by row, streaming.
    // *changed tells whether the import changes anything; when it does and
    // the committed school is not empty, a backup of the committed state is
    // made and its path returned ("" otherwise). So re-importing the same
    // roster neither changes the school nor rotates out useful backups.
    static Result<QString> beforeCommit(Storage& storage, const QString& reason, bool* changed);
    // Readable backups (they open as caringmap databases), newest first.
    // Files named like a backup that are not readable (a copy cut short by
    // an older version, a damaged disk) are left out, neither listed nor
    // counted among the kKeep kept; *skipped gets their paths.
    static QVector<BackupInfo> list(const QString& dbPath, QStringList* skipped = nullptr);
    // Puts the backup's content into the database at dbPath, after checking
    // the backup (integrity, caringmap schema) and backing up the current
    // state ("before-restore"). Restores into the live file inside one write
    // transaction: other connections to dbPath may stay open and see the
    // restored school; when another program holds the write lock it fails
    // and changes nothing.
    static Status restore(const QString& dbPath, const QString& backupPath);

    // The school's last committed state, copied (VACUUM INTO) into a new
    // owner-only file at target (the encrypted transfer file's plain text).
    static Status snapshot(const QString& dbPath, const QString& target);

private:
    static void prune(const QString& dbPath);
};

} // namespace cm
