#pragma once

#include "Types.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cm {

// One row of the audit trail (issue 15): who changed what, when, about whom.
// Appended in the same transaction as the change it records; never updated
// or deleted (SQLite triggers refuse it), except that a purge replaces a
// purged student's id and name by "purged student".
struct AuditEntry {
    RowId id = 0;
    QDateTime at;   // UTC
    QString who;    // the marking session's adult, else the OS account
    QString action; // "mark", "student-added", "import-marks", ...
    RowId studentRow = 0;
    QString student; // "S001 Ana Lopez", as it was then
    RowId adultRow = 0;
    QString adult;
    QString before;
    QString after;
};

// Which rows `audit` lists: empty or zero fields match everything.
struct AuditFilter {
    RowId studentRow = 0;
    RowId adultRow = 0;
    QDate since;
};

} // namespace cm
