#pragma once

#include "Error.h"
#include "RosterSync.h"

#include <QString>
#include <QVector>

namespace cm {

class Storage;

struct OneRosterSchool {
    QString sourcedId;
    QString name;
    QString identifier; // the school's short code ("RHS"), when the export has one
};

struct OneRosterOptions : ImportOptions {
    QString school; // sourcedId, name or identifier; needed when the export holds several
    bool demographics = false; // sensitive: only when asked
};

// Imports a OneRoster 1.1 CSV bulk export (folder or .zip) in one transaction:
// users with role student become students, staff roles become adults
// (guardians, parents and relatives are skipped), a homeroom-type class gives
// the student's homeroom, and class enrollments become teaching links
// (teacher <-> student, with the class title; they replace the stored links).
// Demographics become student groups ("Sex", "Race", "Ethnicity") only when asked.
class OneRoster {
public:
    static bool looksLikeOneRoster(const QString& path);
    // The orgs of type school in the export.
    static Result<QVector<OneRosterSchool>> schools(const QString& path);
    static Result<RosterReport> import(Storage& storage, const QString& path,
                                       const OneRosterOptions& options);
};

} // namespace cm
