#pragma once

#include "Csv.h"
#include "Error.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

// One student's survey answer as a file gives it.
struct SurveyAnswer {
    QString studentId;    // the school's student id
    QString text;         // the answer columns' texts (the non-empty ones joined by "; ")
    QDateTime answeredAt; // invalid when the file has no time column
    int line = 0;         // the file's line of the answer that stands
};

struct SurveyReadOptions {
    TextEncoding encoding = TextEncoding::Utf8;
    QString map; // "Column=student_id,Column=adults,Column=timestamp"; empty: guessed
};

// What a survey file held.
struct SurveyReading {
    QVector<SurveyAnswer> answers; // one per student, in the order first seen
    int rows = 0;                  // answer rows read
    int superseded = 0;            // rows replaced by a later answer of the same student
    QString studentIdColumn, timestampColumn;
    QStringList answerColumns;
};

// Reads a survey export (Google Forms, Microsoft Forms, any CSV with one row
// per response) into one answer per student: when a student answered more
// than once, the latest answer (by the time column, else the later row)
// stands. CSV (UTF-8 or Windows-1252) or, for a path ending in .xlsx, the
// first sheet of a workbook as Microsoft Forms downloads it. Any problem
// fails the whole file with its name, line and reason: a student id that is
// empty or not in `students`, a time that cannot be read, an answer over
// kMaxAnswerChars, more than kMaxRows rows.
//
// A student id is matched exactly, else ignoring case and leading zeros when
// that names one student (a spreadsheet may have turned 0012345 into 12345).
class SurveyFile {
public:
    static constexpr int kMaxAnswerChars = 4000;
    static constexpr int kMaxRows = 200000; // far above any school's survey

    static QString looseId(const QString& id); // case folded, leading zeros removed

    static Result<SurveyReading> read(const QString& path, const SurveyReadOptions& options,
                                      const QSet<QString>& students);
};

} // namespace cm
