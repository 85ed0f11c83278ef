#pragma once

#include "Csv.h"
#include "Error.h"
#include "Types.h"

#include <QString>

namespace cm {

class Storage;

struct ImportReport {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    bool dryRun = false;
    QString backupPath; // the copy made before the change, if any
    int total() const { return added + updated + unchanged; }
};

// Imports the program's own canonical CSVs. Each import is one transaction:
// a bad file (missing column, unknown id, bad value, malformed quote) imports
// nothing and the error names the file, the line and the reason.
class CsvImport {
public:
    enum class Kind { Students, Adults, Marks };

    static QStringList requiredColumns(Kind kind);
    static bool parseKind(const QString& text, Kind* kind);

    // roundName is used for marks only; empty means the current round.
    static Result<ImportReport> importFile(Storage& storage, Kind kind, const QString& path,
                                           const QString& roundName = QString());
};

} // namespace cm
