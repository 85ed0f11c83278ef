#include "SurveyColumns.h"

namespace cm {

namespace {

const QString kStudentId = QStringLiteral("student_id");
const QString kAdults = QStringLiteral("adults");
const QString kTimestamp = QStringLiteral("timestamp");

// Header with everything but letters and digits removed, lower case.
QString squash(const QString& header) {
    QString out;
    for (const QChar c : header)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

Error headerError(const QString& message) {
    return Error{message, {}, 1};
}

int findHeader(const QStringList& headers, const QString& name) {
    for (int i = 0; i < headers.size(); ++i)
        if (headers[i].trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

// The first free column whose squashed header is one of names (earlier
// names are better guesses), else the first that contains one of parts.
int guessColumn(const QStringList& headers, const QVector<bool>& taken, const QStringList& names,
                const QStringList& parts = {}) {
    for (const QString& name : names)
        for (int i = 0; i < headers.size(); ++i)
            if (!taken[i] && squash(headers[i]) == name)
                return i;
    for (const QString& part : parts)
        for (int i = 0; i < headers.size(); ++i)
            if (!taken[i] && squash(headers[i]).contains(part))
                return i;
    return -1;
}

} // namespace

QStringList SurveyColumns::fields() {
    return {kStudentId, kAdults, kTimestamp};
}

void SurveyColumns::guess(const QStringList& headers, const QVector<bool>& taken) {
    QVector<bool> used = taken;
    if (studentId < 0) {
        studentId = guessColumn(headers, used,
                                {QStringLiteral("studentid"), QStringLiteral("studentidnumber"),
                                 QStringLiteral("studentnumber"), QStringLiteral("idnumber"),
                                 QStringLiteral("studentno"), QStringLiteral("studentidno"),
                                 QStringLiteral("studentnum"), QStringLiteral("localid"),
                                 QStringLiteral("sisid"), QStringLiteral("permnumber"),
                                 QStringLiteral("pupilnumber")},
                                {QStringLiteral("studentid"), QStringLiteral("studentnumber"),
                                 QStringLiteral("idnumber")});
        if (studentId >= 0)
            used[studentId] = true;
    }
    if (timestamp < 0) {
        timestamp = guessColumn(headers, used,
                                {QStringLiteral("completiontime"), QStringLiteral("timestamp"),
                                 QStringLiteral("submittedat"), QStringLiteral("submissiontime"),
                                 QStringLiteral("datesubmitted"), QStringLiteral("enddate"),
                                 QStringLiteral("endtime"), QStringLiteral("starttime"),
                                 QStringLiteral("startdate")});
        if (timestamp >= 0)
            used[timestamp] = true;
    }
    if (answers.isEmpty()) {
        for (int i = 0; i < headers.size(); ++i) {
            const QString h = squash(headers[i]);
            if (!used[i] &&
                (h.contains(QLatin1String("adult")) || h.contains(QLatin1String("trusted")) ||
                 h.contains(QLatin1String("staffmember"))))
                answers.push_back(i);
        }
    }
}

Result<SurveyColumns> SurveyColumns::resolve(const QStringList& headers, const QString& map) {
    SurveyColumns c;
    QVector<bool> taken(headers.size(), false);
    QString pending;
    const QStringList pieces = map.split(QLatin1Char(','));
    for (int p = 0; p < pieces.size(); ++p) {
        pending = pending.isEmpty() ? pieces[p] : pending + QLatin1Char(',') + pieces[p];
        const int eq = pending.lastIndexOf(QLatin1Char('='));
        if (eq < 0) {
            if (p + 1 == pieces.size() && !pending.trimmed().isEmpty())
                return headerError(
                    QStringLiteral("--map takes \"Column=field,...\"; \"%1\" has no '='")
                        .arg(pending.trimmed()));
            continue;
        }
        const QString header = pending.left(eq).trimmed();
        const QString field = pending.mid(eq + 1).trimmed().toLower();
        pending.clear();
        const int col = findHeader(headers, header);
        if (col < 0)
            return headerError(QStringLiteral("the file has no column \"%1\" (found columns: %2)")
                                   .arg(header, headers.join(QStringLiteral(", "))));
        taken[col] = true;
        if (field == QLatin1String("ignore"))
            continue;
        if (!fields().contains(field))
            return headerError(QStringLiteral("unknown field \"%1\" (use %2 or ignore)")
                                   .arg(field, fields().join(QStringLiteral(", "))));
        int* single = field == kStudentId   ? &c.studentId
                      : field == kTimestamp ? &c.timestamp
                                            : nullptr;
        if (!single) {
            c.answers.push_back(col);
        } else if (*single >= 0) {
            return headerError(QStringLiteral("two columns are mapped to %1").arg(field));
        } else {
            *single = col;
        }
    }
    c.guess(headers, taken);
    if (c.studentId < 0)
        return headerError(QStringLiteral("no column holds the student id (found columns: %1); "
                                          "name it with --map \"Column=student_id\"")
                               .arg(headers.join(QStringLiteral(", "))));
    if (c.answers.isEmpty())
        return headerError(QStringLiteral("no column holds the students' answers (found columns: "
                                          "%1); name it with --map \"Column=adults\"")
                               .arg(headers.join(QStringLiteral(", "))));
    return c;
}

} // namespace cm
