#pragma once

#include "Error.h"

#include <QHash>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace cm {

enum class TextEncoding { Utf8, Windows1252 };

// Decodes Windows-1252 (the "ANSI" code page many school systems still export).
QString decodeWindows1252(const QByteArray& bytes);

// Streaming RFC 4180 reader: UTF-8 with or without a byte-order mark (or
// Windows-1252), CRLF or LF, quoted fields with doubled quotes and line breaks
// inside. Reads in chunks, so memory stays bounded whatever the file's size.
// Errors name the file and the file's own line number (header = line 1).
class CsvReader {
public:
    CsvReader(QIODevice* device, QString fileName, TextEncoding encoding = TextEncoding::Utf8);

    // Reads the next non-blank record. Returns false at the end or on error;
    // check hasError() to tell which. *line is where the record starts.
    bool next(QStringList* fields, int* line);
    bool hasError() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }
    QString fileName() const { return m_fileName; }

    // Longest record accepted: protects memory against a file that is not CSV.
    static constexpr int kMaxRecordChars = 1 << 20;

private:
    bool fill();
    bool finishInput();
    void fail(const QString& message, int line);
    enum class Parse { Record, NeedMore, Failed };
    Parse parseRecord(QStringList* fields);

    QIODevice* m_device;
    QString m_fileName;
    TextEncoding m_encoding;
    QStringDecoder m_utf8;
    QString m_buf;
    qsizetype m_pos = 0;
    int m_line = 1;         // line at m_pos
    int m_decodedLines = 0; // line breaks decoded so far (for decoding errors)
    bool m_eof = false;
    std::optional<Error> m_error;
};

// Header row lookup: column names matched trimmed and case-insensitively.
class CsvHeader {
public:
    CsvHeader() = default;
    explicit CsvHeader(const QStringList& names);
    int indexOf(const QString& name) const { return m_index.value(key(name), -1); }
    bool has(const QString& name) const { return indexOf(name) >= 0; }
    // Required columns that are missing, in the order asked.
    QStringList missing(const QStringList& required) const;
    // The field for a column, empty when the column or the field is absent.
    QString field(const QStringList& record, const QString& name) const;
    const QStringList& names() const { return m_names; }

private:
    static QString key(const QString& name) { return name.trimmed().toLower(); }
    QStringList m_names;
    QHash<QString, int> m_index;
};

// CSV output. Every cell is neutralised against spreadsheet formulas (OWASP
// CSV injection): one that begins with = + - @ tab or CR, or with the
// apostrophe used for that, gets a leading apostrophe. The canonical import
// removes it again, so an export round-trips exactly.
namespace csv {
QString neutralise(const QString& cell);
QString unneutralise(const QString& cell);
QString quote(const QString& cell);             // RFC 4180 quoting, no neutralising
QString formatRecord(const QStringList& cells); // neutralised, quoted, CRLF-terminated
} // namespace csv

} // namespace cm
