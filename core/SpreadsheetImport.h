#pragma once

#include "ColumnMapping.h"
#include "Csv.h"
#include "Error.h"
#include "RosterSync.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

class Storage;

struct SpreadsheetOptions : ImportOptions {
    TextEncoding encoding = TextEncoding::Utf8;
    ColumnMapping mapping; // empty: guessed from the headers
};

// Imports students or adults from any school system's spreadsheet saved as
// CSV (UTF-8 or Windows-1252), through a column mapping. One transaction:
// a bad row imports nothing. Columns the mapping leaves out keep what is
// stored. In sync mode people missing from the file become inactive (never
// deleted; their marks are kept). Columns mapped to "group" give student groups.
class SpreadsheetImport {
public:
    // The header and up to `rows` first records, for a preview.
    static Result<QVector<QStringList>> preview(const QString& path, TextEncoding encoding,
                                                int rows = 10);
    static Result<RosterReport> import(Storage& storage, RosterKind kind, const QString& path,
                                       const SpreadsheetOptions& options);
    // "Active", "yes", "enrolled"... as true; "inactive", "no", "withdrawn" as false.
    static bool parseActive(const QString& text, bool* active);
};

} // namespace cm
