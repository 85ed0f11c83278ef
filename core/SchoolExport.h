#pragma once

#include "Error.h"
#include "RosterSync.h"

#include <QString>
#include <QStringList>

namespace cm {

class Storage;

// The whole school as the program's canonical CSVs, in one folder:
// students.csv, adults.csv, rounds.csv, marks.csv, groups.csv, teaching.csv
// and settings.csv. Importing the folder into an empty database reproduces the
// same data exactly. Every cell is formula-neutralised (csv::formatRecord).
class SchoolExport {
public:
    static QStringList fileNames();
    // Writes every file (each through QSaveFile, owner-only). Returns the paths.
    static Result<QStringList> exportTo(const Storage& storage, const QString& folder);
    // A folder that holds at least students.csv and adults.csv.
    static bool isExportFolder(const QString& folder);
    // Imports a canonical folder in one transaction (all or nothing): people
    // are added or updated, rounds by name, marks by round/adult/student.
    static Result<RosterReport> importFrom(Storage& storage, const QString& folder,
                                           const ImportOptions& options = {});
};

} // namespace cm
