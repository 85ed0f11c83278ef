#include "Migrations.h"

namespace cm {

namespace {

MigrationStep v1() {
    return {1,
            {
                QStringLiteral("CREATE TABLE student ("
                               " id INTEGER PRIMARY KEY,"
                               " student_id TEXT NOT NULL UNIQUE,"
                               " given_name TEXT NOT NULL,"
                               " family_name TEXT NOT NULL,"
                               " preferred_name TEXT NOT NULL DEFAULT '',"
                               " grade TEXT NOT NULL DEFAULT '',"
                               " homeroom TEXT NOT NULL DEFAULT '',"
                               " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
                QStringLiteral("CREATE TABLE adult ("
                               " id INTEGER PRIMARY KEY,"
                               " adult_id TEXT NOT NULL UNIQUE,"
                               " given_name TEXT NOT NULL,"
                               " family_name TEXT NOT NULL,"
                               " role TEXT NOT NULL DEFAULT '',"
                               " email TEXT NOT NULL DEFAULT '',"
                               " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
                QStringLiteral("CREATE TABLE round ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " opened TEXT NOT NULL,"
                               " closed TEXT)"),
                QStringLiteral("CREATE TABLE mark ("
                               " id INTEGER PRIMARY KEY,"
                               " round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,"
                               " adult_id INTEGER NOT NULL REFERENCES adult(id),"
                               " student_id INTEGER NOT NULL REFERENCES student(id),"
                               " kind TEXT NOT NULL CHECK (kind IN ('connected', 'concern')),"
                               " note TEXT NOT NULL DEFAULT '',"
                               " marked_at TEXT NOT NULL,"
                               " UNIQUE (round_id, adult_id, student_id))"),
                QStringLiteral("CREATE INDEX mark_round_student ON mark(round_id, student_id)"),
                QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            }};
}

} // namespace

const QVector<MigrationStep>& migrationSteps() {
    static const QVector<MigrationStep> steps{v1()};
    return steps;
}

int latestSchemaVersion() {
    return migrationSteps().isEmpty() ? 0 : migrationSteps().constLast().version;
}

} // namespace cm
