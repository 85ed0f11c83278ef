#pragma once
// What the sqlite3 CLI runs to do the same work as each caringmap command
// measured by bench_district: scripts for `sqlite3 -bail DB < script`.

#include <QString>

namespace cmbench {

class SqliteReference {
public:
    // Timed: .import of the OneRoster export's rows into tables.
    static QString importRoster(const QString& oneRosterDir);
    // Untimed: the roster, from those tables, as caringmap stores it.
    static QString referenceSchool();
    // Timed: .import into a staging table, then one INSERT ... SELECT JOIN.
    static QString importMarks(const QString& csvFile, const QString& round);
    // Timed, on the school with both rounds; the second is the current one.
    static QString unconnected();
    static QString compare(const QString& firstRound);
    static QString summary();
    static QString roundList();
};

} // namespace cmbench
