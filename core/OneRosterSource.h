#pragma once

#include "Error.h"

#include <QHash>
#include <QString>

#include <memory>

class QIODevice;

namespace cm {

// The files of a OneRoster bulk export, as a folder or a .zip (read with
// QuaZip; each file is streamed, never read whole).
class OneRosterSource {
public:
    Status open(const QString& path);
    bool isZip() const { return m_zip; }
    // File names are matched case-insensitively, in the top folder of the
    // export or in one sub-folder of the zip.
    bool has(const QString& file) const { return m_entries.contains(file.toLower()); }
    // An open device for one file, or an error naming it.
    Result<std::shared_ptr<QIODevice>> openFile(const QString& file) const;
    // How errors name the file: "export.zip/users.csv" or the file's path.
    QString displayName(const QString& file) const;

    // Largest file read from a zip (unpacked): a district's enrollments fit,
    // a zip bomb does not.
    static constexpr qint64 kMaxEntryBytes = qint64(1) << 30;

    // A folder or zip that holds manifest.csv or users.csv (cheap check).
    static bool looksLikeOneRoster(const QString& path);

private:
    QString m_path;
    bool m_zip = false;
    QHash<QString, QString> m_entries; // lower-case file name -> name in the folder or zip
};

} // namespace cm
