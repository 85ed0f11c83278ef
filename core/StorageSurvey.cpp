// Storage of student voice (issue 14): survey answers and settled names.
// Declared in Storage.h's "Student voice" block.
#include "NameResolver.h"
#include "Storage.h"
#include "StorageRows.h"

#include <QSqlQuery>

namespace cm {

using storage::isoTime;

QVector<Storage::SurveyAnswerRow> Storage::surveyAnswers(RowId roundId) const {
    QVector<SurveyAnswerRow> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (exec(q,
             QStringLiteral("SELECT student_id, answered_at, answer FROM survey_answer "
                            "WHERE round_id = ? ORDER BY student_id"),
             {roundId})
            .ok()) {
        while (q.next())
            out.push_back({q.value(0).toLongLong(),
                           QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                           q.value(2).toString()});
    }
    return out;
}

Result<bool> Storage::putSurveyAnswer(RowId roundId, RowId studentId, const QDateTime& answeredAt,
                                      const QString& answer) {
    const QDateTime when = answeredAt.isValid() ? answeredAt : QDateTime::currentDateTimeUtc();
    QSqlQuery q(database());
    // ISO times in UTC with milliseconds compare correctly as text.
    if (Status st = exec(q,
                         QStringLiteral("INSERT INTO survey_answer (round_id, student_id, "
                                        "answered_at, answer) VALUES (?, ?, ?, ?) "
                                        "ON CONFLICT (round_id, student_id) DO UPDATE SET "
                                        "answered_at = excluded.answered_at, "
                                        "answer = excluded.answer "
                                        "WHERE excluded.answered_at >= survey_answer.answered_at"),
                         {roundId, studentId, isoTime(when), answer});
        !st.ok())
        return Error{QStringLiteral("cannot store the survey answer: %1").arg(st.message()), {}, 0};
    return q.numRowsAffected() > 0;
}

int Storage::surveyAnswerCount(RowId roundId) const {
    QSqlQuery q(database());
    if (exec(q, QStringLiteral("SELECT COUNT(*) FROM survey_answer WHERE round_id = ?"), {roundId})
            .ok() &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

QHash<QString, RowId> Storage::surveyResolutions() const {
    QHash<QString, RowId> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (exec(q, QStringLiteral("SELECT text, adult_id FROM survey_resolution")).ok()) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).isNull() ? 0 : q.value(1).toLongLong());
    }
    return out;
}

Status Storage::setSurveyResolution(const QString& name, RowId adultId) {
    const QString key = NameResolver::settleKey(name);
    if (key.isEmpty())
        return Status::fail(QStringLiteral("\"%1\" has no letters or digits to settle").arg(name));
    if (adultId != 0 && !adultById(adultId))
        return Status::fail(QStringLiteral("no adult has the row id %1").arg(adultId));
    return exec(QStringLiteral("INSERT INTO survey_resolution (text, adult_id, settled_at) "
                               "VALUES (?, ?, ?) ON CONFLICT (%1text) DO UPDATE SET "
                               "adult_id = excluded.adult_id, settled_at = excluded.settled_at")
                    .arg(storage::inSchool(*this)),
                {key, adultId == 0 ? QVariant() : QVariant(adultId),
                 isoTime(QDateTime::currentDateTimeUtc())});
}

Status Storage::removeSurveyResolution(const QString& name) {
    return exec(QStringLiteral("DELETE FROM survey_resolution WHERE text = ?"),
                {NameResolver::settleKey(name)});
}

} // namespace cm
