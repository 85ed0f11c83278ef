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
    // Writes every file, owner-only, from one snapshot, into a temporary
    // folder beside `folder`, then manifest.csv (rows, bytes, SHA-256 of
    // each file) last, then moves it into place as a whole: the folder is a
    // complete export or absent, never half old, half new. An existing folder
    // is replaced only when it holds nothing but export files. Returns the paths.
    //
    // Data minimisation (issue 15): without notes the marks' notes are empty
    // and the audit trail's "; note: ..." parts are cut; without
    // demographics groups.csv leaves out Sex, Race and Ethnicity. The
    // command line leaves both out unless --with-notes / --with-demographics.
    struct Options {
        bool withNotes = true;
        bool withDemographics = true;
    };
    static Result<QStringList> exportTo(const Storage& storage, const QString& folder,
                                        const Options& options);
    static Result<QStringList> exportTo(const Storage& storage, const QString& folder) {
        return exportTo(storage, folder, Options{});
    }
    // For canonical CSVs prepared by hand or by another tool: writes the
    // missing files with their header only, then manifest.csv.
    static Status sealFolder(const QString& folder);
    // A folder with manifest.csv, or at least students.csv and adults.csv.
    static bool isExportFolder(const QString& folder);
    // Imports a canonical folder in one transaction (all or nothing): people
    // are added or updated, rounds by name, marks by round/adult/student.
    // Refuses a folder whose manifest.csv is missing or does not match its
    // files (naming the file and what differs), before reading anything.
    static Result<RosterReport> importFrom(Storage& storage, const QString& folder,
                                           const ImportOptions& options = {});
};

} // namespace cm
