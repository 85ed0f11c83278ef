#pragma once

#include "Error.h"

#include <QString>

class QSaveFile;

namespace cm {

// Says what really stopped a file from being written, for the messages of
// exports, PDFs and backups: Qt reports a full disk on a buffered write as
// "Unknown error", and a read-only folder only as "Permission denied".
class WriteFailure {
public:
    // path: the file that was being written; errorString: the device's;
    // bytesNeeded: what was to be written (0 if unknown).
    static QString reason(const QString& path, const QString& errorString, qint64 bytesNeeded = 0);

    // Flushes, then commits: QSaveFile::commit() (Qt 6.4) ignores a failed
    // flush of its last buffered bytes, and would rename a file cut short by
    // a full disk into place. On failure nothing is renamed and the error
    // says why ("cannot write: the disk is full ...").
    static Status commit(QSaveFile& file, qint64 bytesNeeded = 0);
};

} // namespace cm
