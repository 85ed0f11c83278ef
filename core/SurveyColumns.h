#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

// Which columns of a survey export hold what. Fields: student_id (required),
// adults (one or more answer columns, required) and timestamp (optional).
//
// Guessed from the headers unless mapped: student_id from "Student ID",
// "Student ID number", "Student Number", "ID number"... or a question that
// asks for it ("What is your student ID?"); never a bare "ID", which in a
// Microsoft Forms export is the response number. timestamp from Google's
// "Timestamp" or Microsoft's "Completion time" (before "Start time"). adults
// from every column whose header speaks of adults ("...which adults at
// school would you talk to?") or trusted staff.
class SurveyColumns {
public:
    int studentId = -1;
    QVector<int> answers;
    int timestamp = -1;

    static QStringList fields(); // student_id, adults, timestamp

    // A mapping "Column=field,..." (field: student_id, adults, timestamp or
    // ignore; a column named in it may contain commas) over the headers;
    // fields it leaves out are guessed from the other columns. Errors are
    // about line 1 (the header row).
    static Result<SurveyColumns> resolve(const QStringList& headers, const QString& map = {});

private:
    void guess(const QStringList& headers, const QVector<bool>& taken);
};

} // namespace cm
