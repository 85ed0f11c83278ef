#pragma once

#include "Error.h"
#include "Types.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

class Storage;

// Whose sheet: one adult's (every active student, or only those the adult
// teaches, from the roster's classes), or a homeroom's.
struct SheetScope {
    QString adultId;         // the school's adult id
    QString homeroom;        // used when adultId is empty
    bool onlyTaught = false; // an adult's sheet: only the students they teach
};

struct SheetReport {
    QString adultName;
    QString adultId;
    QString roundName;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int connected = 0; // rows ticked connected
    int concern = 0;   // rows ticked concern
    int both = 0;      // rows with both ticked (both observations are kept)
    QString backupPath;
    bool dryRun = false;
};

// Marking sheets for staff who mark on their own time: the roster with empty
// "connected" and "concern" columns, as CSV (formula-neutralised) or XLSX
// (every cell a string, never a formula). A filled sheet, CSV or XLSX (its
// first worksheet, as a spreadsheet saves it), is imported back: any
// non-empty cell (x, X, yes, a check mark) counts. Marks already stored and
// not on the sheet are kept.
class MarkingSheet {
public:
    static QStringList columns();
    // Active students of the scope, by grade, homeroom and name.
    static Result<QVector<Student>> roster(const Storage& storage, const SheetScope& scope);
    // CSV or XLSX by the path's suffix; written via QSaveFile, owner-only.
    static Result<int> exportTo(const Storage& storage, const SheetScope& scope,
                                const QString& path);
    // adultId: the adult who filled the sheet; empty means the sheet's adult_id column.
    static Result<SheetReport> importFrom(Storage& storage, const QString& path,
                                          const QString& roundName = QString(),
                                          const QString& adultId = QString(), bool dryRun = false);
};

} // namespace cm
