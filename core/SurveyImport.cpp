#include "SurveyImport.h"

#include "Storage.h"
#include "VoiceData.h"

#include <QHash>
#include <QSet>

namespace cm {

Result<SurveyImportReport> SurveyImport::import(Storage& storage, const QString& path,
                                                const SurveyImportOptions& options) {
    QHash<QString, RowId> studentRows;
    QSet<QString> known;
    for (const Student& s : storage.students()) {
        studentRows.insert(s.studentId, s.id);
        known.insert(s.studentId);
    }
    const Result<SurveyReading> reading = SurveyFile::read(path, options, known);
    if (!reading.ok())
        return reading.error();

    SurveyImportReport report;
    report.dryRun = options.dryRun;
    report.rows = reading->rows;
    report.students = int(reading->answers.size());
    report.superseded = reading->superseded;
    report.studentIdColumn = reading->studentIdColumn;
    report.timestampColumn = reading->timestampColumn;
    report.answerColumns = reading->answerColumns;

    Storage::Transaction tx(storage);
    const Result<Round> round = storage.resolveRound(options.round);
    if (!round.ok())
        return round.error();
    report.round = round->name;
    for (const SurveyAnswer& a : reading->answers) {
        const Result<bool> stored = storage.putSurveyAnswer(
            round->id, studentRows.value(a.studentId), a.answeredAt, a.text);
        if (!stored.ok())
            return Error{stored.error().message, path, a.line};
        ++(*stored ? report.stored : report.kept);
    }
    report.unresolved = int(VoiceData::load(storage, round->id).unresolved().size());
    if (options.dryRun)
        return report; // rolls back
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return report;
}

} // namespace cm
