#pragma once

#include "Error.h"
#include "SurveyFile.h"

#include <QString>
#include <QStringList>

namespace cm {

class Storage;

struct SurveyImportOptions : SurveyReadOptions {
    QString round; // empty: the current round; an unknown name is an error
    bool dryRun = false;
};

struct SurveyImportReport {
    QString round;
    bool dryRun = false;
    int rows = 0;       // answer rows in the file
    int students = 0;   // students with an answer in the file
    int superseded = 0; // rows replaced by a later answer in the same file
    int stored = 0;     // answers stored (new, or later than the one stored)
    int kept = 0;       // answers not stored: the school already has a later one
    int unresolved = 0; // distinct unresolved names in the round afterwards
    QString studentIdColumn, timestampColumn;
    QStringList answerColumns;
    QString backupPath;
};

// Imports a survey export into a round (see SurveyFile for the file's rules):
// one transaction, a bad file changes nothing, and the later answer stands,
// within the file and against answers already stored.
class SurveyImport {
public:
    static Result<SurveyImportReport> import(Storage& storage, const QString& path,
                                             const SurveyImportOptions& options);
};

} // namespace cm
