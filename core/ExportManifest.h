#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

// manifest.csv of an export folder, written last: one row per file with its
// record count, size and SHA-256. A folder whose manifest is missing, or does
// not list a file, or whose files differ from it, is incomplete or changed.
class ExportManifest {
public:
    struct Entry {
        QString file;
        qint64 rows = 0;
        qint64 bytes = 0;
        QByteArray sha256; // lower-case hex
    };

    static QString fileName() { return QStringLiteral("manifest.csv"); }

    void add(const Entry& e) { m_entries.push_back(e); }
    const QVector<Entry>& entries() const { return m_entries; }
    // Writes folder/manifest.csv (QSaveFile, owner-only).
    Status write(const QString& folder) const;

    // Reads folder/manifest.csv and checks that it lists every expected file
    // (and no other) and that each file has the listed size and checksum.
    // The error names the file and what differs.
    static Status verify(const QString& folder, const QStringList& expected);

    // Size, checksum and record count (lines after the header) of a file.
    static Result<Entry> measure(const QString& folder, const QString& file);

private:
    QVector<Entry> m_entries;
};

} // namespace cm
