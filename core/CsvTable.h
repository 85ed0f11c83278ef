#pragma once

#include "Csv.h"
#include "Error.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace cm {

// A CSV file read as a table: the header is checked for required columns,
// then records are walked one by one (streaming; memory stays bounded).
// Column indexes are resolved once so that big files stay fast.
class CsvTable {
public:
    // Reads from a device the caller owns, or from a file path.
    CsvTable(QIODevice* device, QString displayName, TextEncoding encoding = TextEncoding::Utf8);
    explicit CsvTable(const QString& path, TextEncoding encoding = TextEncoding::Utf8);

    // Opens the file (for a path) and reads the header.
    Status open(const QStringList& required = {});
    const CsvHeader& header() const { return m_header; }
    int column(const QString& name) const { return m_header.indexOf(name); }

    // The next record; false at the end or on error (see status()).
    bool next();
    Status status() const;
    int line() const { return m_line; }
    const QStringList& record() const { return m_record; }
    // A field, trimmed; empty when the column is absent (index < 0) or short.
    QString value(int index) const;
    // As value(), with the formula-neutralising apostrophe removed.
    QString plain(int index) const;
    // Exactly as written by csv::formatRecord (untrimmed, apostrophe removed):
    // for the program's own files, so that a round trip is exact.
    QString exact(int index) const;
    // An error about the current record.
    Error error(const QString& message) const { return Error{message, m_name, m_line}; }
    QString name() const { return m_name; }

private:
    std::unique_ptr<QFile> m_file;
    QIODevice* m_device;
    QString m_name;
    CsvReader m_reader;
    CsvHeader m_header;
    QStringList m_record;
    int m_line = 0;
};

} // namespace cm
