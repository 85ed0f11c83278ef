#include "SurveyFile.h"

#include "CsvTable.h"
#include "SurveyColumns.h"
#include "SurveyTime.h"
#include "XlsxReader.h"

#include <QHash>

namespace cm {

namespace {

struct Row {
    SurveyAnswer answer;
    QString time; // as written
};

// Times are read once the whole column is known (to tell 3/4 from 4/3).
Status readTimes(QVector<Row>* rows, const QString& path) {
    QStringList texts;
    for (const Row& r : *rows)
        texts.push_back(r.time);
    int conflict = -1;
    const SurveyTime::Order order = SurveyTime::order(texts, &conflict);
    if (conflict >= 0)
        return Error{QStringLiteral("the time \"%1\" puts the day first where other rows put the "
                                    "month first")
                         .arg(texts[conflict]),
                     path, (*rows)[conflict].answer.line};
    for (Row& r : *rows) {
        if (r.time.isEmpty())
            continue;
        r.answer.answeredAt = SurveyTime::parse(r.time, order);
        if (!r.answer.answeredAt.isValid())
            return Error{QStringLiteral("cannot read the time \"%1\" (expected a date and time "
                                        "such as 9/14/2026 8:02:11 or 2026-09-14 08:02)")
                             .arg(r.time),
                         path, r.answer.line};
    }
    return {};
}

// The later of two answers: by time where both have one, else the later row.
bool later(const SurveyAnswer& a, const SurveyAnswer& b) {
    if (a.answeredAt.isValid() && b.answeredAt.isValid() && a.answeredAt != b.answeredAt)
        return a.answeredAt > b.answeredAt;
    return a.line > b.line;
}

// The roster's ids by a looser key (case and leading zeros ignored): a
// spreadsheet may have turned "0012345" into 12345. Ambiguous keys map to "".
QHash<QString, QString> looseIds(const QSet<QString>& students) {
    QHash<QString, QString> out;
    for (const QString& id : students) {
        const QString key = SurveyFile::looseId(id);
        const auto it = out.constFind(key);
        out.insert(key, it == out.constEnd() ? id : QString());
    }
    return out;
}

struct Record {
    int line = 0;
    QStringList fields;
};

struct Table {
    QStringList header;
    QVector<Record> records;
};

// A CSV file (streamed, at most kMaxRows records) or an XLSX workbook's first
// sheet (as Microsoft Forms downloads it), as a header and records.
Result<Table> readTable(const QString& path, TextEncoding encoding) {
    Table out;
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        const Result<QVector<QStringList>> rows = XlsxReader::readFirstSheet(path);
        if (!rows.ok())
            return rows.error();
        if (rows->isEmpty())
            return Error{QStringLiteral("the workbook is empty (expected a header row)"), path, 1};
        out.header = rows->first();
        for (int i = 1; i < rows->size(); ++i)
            out.records.push_back({i + 1, rows->at(i)});
        return out;
    }
    CsvTable t(path, encoding);
    if (Status st = t.open(); !st.ok())
        return st.error();
    out.header = t.header().names();
    while (t.next()) {
        if (out.records.size() >= SurveyFile::kMaxRows)
            return t.error(QStringLiteral("more than %1 answers: not a survey export")
                               .arg(SurveyFile::kMaxRows));
        out.records.push_back({t.line(), t.record()});
    }
    if (!t.status().ok())
        return t.status().error();
    return out;
}

// A field, trimmed, without a formula-neutralising apostrophe; "" when absent.
QString cell(const Record& r, int column) {
    if (column < 0 || column >= r.fields.size())
        return QString();
    return csv::unneutralise(r.fields.at(column).trimmed()).trimmed();
}

// One answer per student, in the order first seen: the latest one.
void keepLatest(const QVector<Row>& rows, SurveyReading* out) {
    QHash<QString, int> index; // student id -> position in out->answers
    for (const Row& r : rows) {
        ++out->rows;
        const auto it = index.constFind(r.answer.studentId);
        if (it == index.constEnd()) {
            index.insert(r.answer.studentId, int(out->answers.size()));
            out->answers.push_back(r.answer);
            continue;
        }
        ++out->superseded;
        SurveyAnswer& kept = out->answers[*it];
        if (later(r.answer, kept))
            kept = r.answer;
    }
}

} // namespace

QString SurveyFile::looseId(const QString& id) {
    QString key = id.trimmed().toCaseFolded();
    while (key.size() > 1 && key.front() == QLatin1Char('0'))
        key.remove(0, 1);
    return key;
}

Result<SurveyReading> SurveyFile::read(const QString& path, const SurveyReadOptions& options,
                                       const QSet<QString>& students) {
    const Result<Table> table = readTable(path, options.encoding);
    if (!table.ok())
        return table.error();
    const QStringList& headers = table->header;
    const Result<SurveyColumns> cols = SurveyColumns::resolve(headers, options.map);
    if (!cols.ok())
        return Error{cols.error().message, path, 1};
    SurveyReading out;
    out.studentIdColumn = headers[cols->studentId].trimmed();
    if (cols->timestamp >= 0)
        out.timestampColumn = headers[cols->timestamp].trimmed();
    for (int c : cols->answers)
        out.answerColumns.push_back(headers[c].trimmed());

    QVector<Row> rows;
    QHash<QString, QString> loose; // built when first needed
    for (const Record& rec : table->records) {
        const auto fail = [&](const QString& message) { return Error{message, path, rec.line}; };
        Row r;
        r.answer.line = rec.line;
        r.answer.studentId = cell(rec, cols->studentId);
        if (r.answer.studentId.isEmpty())
            return fail(QStringLiteral("the student id is empty"));
        if (!students.contains(r.answer.studentId)) {
            if (loose.isEmpty())
                loose = looseIds(students);
            const QString id = loose.value(looseId(r.answer.studentId));
            if (id.isEmpty())
                return fail(QStringLiteral("unknown student id \"%1\" (not in the student roster)")
                                .arg(r.answer.studentId));
            r.answer.studentId = id;
        }
        QStringList parts;
        for (int c : cols->answers)
            if (const QString v = cell(rec, c); !v.isEmpty())
                parts.push_back(v);
        r.answer.text = parts.join(QStringLiteral("; "));
        if (r.answer.text.size() > kMaxAnswerChars)
            return fail(QStringLiteral("the answer is %1 characters long (at most %2)")
                            .arg(r.answer.text.size())
                            .arg(kMaxAnswerChars));
        r.time = cell(rec, cols->timestamp);
        rows.push_back(std::move(r));
    }
    if (Status st = readTimes(&rows, path); !st.ok())
        return st.error();
    keepLatest(rows, &out);
    return out;
}

} // namespace cm
