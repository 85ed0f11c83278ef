#include "WriteFailure.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace cm {

QString WriteFailure::reason(const QString& path, const QString& errorString, qint64 bytesNeeded) {
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    const QStorageInfo volume(folder);
    if (volume.isValid()) {
        // A little headroom: the file system needs room for its own records.
        const qint64 free = volume.bytesAvailable();
        if (free >= 0 && (free < 64 * 1024 || (bytesNeeded > 0 && free < bytesNeeded)))
            return QStringLiteral("the disk is full (%1 free)").arg(free);
        if (volume.isReadOnly())
            return QStringLiteral("the disk is read-only");
    }
    const QFileInfo dir(folder);
    if (!dir.exists())
        return QStringLiteral("the folder %1 does not exist").arg(folder);
    if (!dir.isWritable() || (file.exists() && !file.isWritable()))
        return QStringLiteral("the folder or file is read-only (%1)").arg(errorString);
    if (errorString.isEmpty() || errorString == QLatin1String("Unknown error"))
        return QStringLiteral("the disk could not be written");
    return errorString;
}

Status WriteFailure::commit(QSaveFile& file, qint64 bytesNeeded) {
    const QString path = file.fileName();
    if (!file.flush()) {
        const QString why = reason(path, file.errorString(), bytesNeeded);
        file.cancelWriting();
        return Error{QStringLiteral("cannot write: %1").arg(why), path, 0};
    }
    if (!file.commit())
        return Error{
            QStringLiteral("cannot write: %1").arg(reason(path, file.errorString(), bytesNeeded)),
            path, 0};
    return {};
}

} // namespace cm
