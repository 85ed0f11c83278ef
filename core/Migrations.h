#pragma once

#include <QStringList>
#include <QVector>

namespace cm {

// The schema's history. Step N (1-based) turns a database at user_version N-1
// into one at user_version N. Steps are only ever appended, never edited, so
// that a school's existing file can always be brought forward.
struct MigrationStep {
    int version;
    QStringList statements;
};

const QVector<MigrationStep>& migrationSteps();
int latestSchemaVersion();

} // namespace cm
