#pragma once

#include "Error.h"

#include <QDateTime>
#include <QString>
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
// that is not empty; restored while the school's Storage is closed.
class Backup {
public:
    static constexpr int kKeep = 5;

    static QString folderFor(const QString& dbPath);
    // A consistent copy (VACUUM INTO) of the open database. Must not be
    // called inside a transaction. Returns the backup's path.
    static Result<QString> create(Storage& storage, const QString& reason);
    // create() when the school has any student, adult or mark; "" otherwise.
    static Result<QString> beforeChange(Storage& storage, const QString& reason);
    // Newest first.
    static QVector<BackupInfo> list(const QString& dbPath);
    // Replaces the database at dbPath with the backup's content, after
    // backing up the current state ("before-restore"). No Storage may have
    // dbPath open: reopen it afterwards.
    static Status restore(const QString& dbPath, const QString& backupPath);

private:
    static void prune(const QString& dbPath);
};

} // namespace cm
