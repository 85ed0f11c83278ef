#pragma once

#include <QStringList>
#include <QVector>

namespace cm {

// The schema's history, one description for both engines. Step N (1-based)
// turns a database at version N-1 into one at version N (SQLite's
// user_version; the caringmap_schema table on a district server). Steps are
// only ever appended; their meaning is never changed, so that a school's
// existing file can always be brought forward.
//
// Statements are written in SQLite's dialect with a few words in braces that
// each engine spells its own way (see migrationSql()):
//   {id}            the row id column: INTEGER PRIMARY KEY / a BIGINT identity
//   {school}        on a server every school-owned table begins with its
//                   school: `school_id TEXT NOT NULL DEFAULT <the open
//                   school> REFERENCES school(id),`; nothing in a file
//   {in_school}     `school_id, ` in a key or a column list on a server, so
//                   that ids and names are unique per school, not per district
//   {without_rowid} SQLite's WITHOUT ROWID; nothing on a server
// A statement that begins with "-- sqlite" or "-- postgres" is that engine's
// own (triggers are written differently) and is skipped by the other.
struct MigrationStep {
    int version;
    QStringList statements;
};

const QVector<MigrationStep>& migrationSteps();
int latestSchemaVersion();
// The statement as the engine runs it; empty when it is the other engine's.
QString migrationSql(const QString& statement, bool postgres);

} // namespace cm
