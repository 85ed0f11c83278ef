#include "MarkingSheet.h"

#include "Csv.h"
#include "CsvTable.h"
#include "Storage.h"
#include "TeachingLinks.h"
#include "XlsxReader.h"
#include "XlsxWriter.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace cm {

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

QStringList rowFor(const Adult* adult, const Student& s) {
    return {adult ? adult->adultId : QString(),
            adult ? adult->displayName() : QString(),
            s.studentId,
            s.displayName(),
            s.grade,
            s.homeroom,
            QString(),
            QString(),
            QString()};
}

Status commitFile(QSaveFile& out, const QString& path) {
    if (!out.commit())
        return Error{QStringLiteral("cannot write: %1").arg(out.errorString()), path, 0};
    QFile::setPermissions(path, kOwnerOnly);
    return {};
}

struct SheetLine {
    int line = 0; // the file's line (CSV) or row (XLSX) number
    QStringList cells;
};

// The sheet's rows, header first: from a CSV, or from the first worksheet of
// an XLSX workbook. Bounded: a marking sheet is one school's roster.
Result<QVector<SheetLine>> readSheet(const QString& path) {
    QVector<SheetLine> out;
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        const Result<QVector<QStringList>> rows = XlsxReader::readFirstSheet(path);
        if (!rows.ok())
            return rows.error();
        for (int i = 0; i < rows->size(); ++i) {
            bool blank = true;
            for (const QString& c : rows->at(i))
                blank = blank && c.trimmed().isEmpty();
            if (!blank)
                out.push_back({i + 1, rows->at(i)});
        }
    } else {
        CsvTable t(path);
        if (Status st = t.open(); !st.ok())
            return st.error();
        out.push_back({t.line(), t.record()});
        while (t.next()) {
            if (out.size() > XlsxReader::kMaxRows)
                return t.error(QStringLiteral("more than %1 rows: not a marking sheet")
                                   .arg(XlsxReader::kMaxRows));
            out.push_back({t.line(), t.record()});
        }
        if (!t.status().ok())
            return t.status().error();
    }
    if (out.isEmpty())
        return Error{QStringLiteral("the sheet is empty"), path, 1};
    return out;
}

} // namespace

QStringList MarkingSheet::columns() {
    return {
        QStringLiteral("adult_id"),     QStringLiteral("adult_name"), QStringLiteral("student_id"),
        QStringLiteral("student_name"), QStringLiteral("grade"),      QStringLiteral("homeroom"),
        QStringLiteral("connected"),    QStringLiteral("concern"),    QStringLiteral("note")};
}

Result<QVector<Student>> MarkingSheet::roster(const Storage& storage, const SheetScope& scope) {
    QSet<RowId> taught;
    if (scope.onlyTaught && !scope.adultId.isEmpty()) {
        const std::optional<Adult> adult = storage.adultByExternalId(scope.adultId);
        if (!adult)
            return Error{QStringLiteral("unknown adult id \"%1\"").arg(scope.adultId), {}, 0};
        for (const TeachingLink& l : TeachingLinks::forAdult(storage, adult->id))
            taught.insert(l.studentId);
    }
    QVector<Student> out;
    for (const Student& s : storage.students()) {
        if (!s.active)
            continue;
        if (scope.adultId.isEmpty() ? s.homeroom == scope.homeroom
                                    : (!scope.onlyTaught || taught.contains(s.id)))
            out.push_back(s);
    }
    if (out.isEmpty())
        return Error{
            scope.adultId.isEmpty()
                ? QStringLiteral("no active student in homeroom \"%1\"").arg(scope.homeroom)
            : scope.onlyTaught ? QStringLiteral("%1 teaches no active student (no teaching links: "
                                                "import the classes from OneRoster)")
                                     .arg(scope.adultId)
                               : QStringLiteral("the school has no active student"),
            {},
            0};
    std::sort(out.begin(), out.end(), [](const Student& a, const Student& b) {
        if (const int g = compareGrades(a.grade, b.grade); g != 0)
            return g < 0;
        if (a.homeroom != b.homeroom)
            return a.homeroom < b.homeroom;
        if (a.familyName != b.familyName)
            return a.familyName < b.familyName;
        return a.givenName < b.givenName;
    });
    return out;
}

Result<int> MarkingSheet::exportTo(const Storage& storage, const SheetScope& scope,
                                   const QString& path) {
    std::optional<Adult> adult;
    if (!scope.adultId.isEmpty()) {
        adult = storage.adultByExternalId(scope.adultId);
        if (!adult)
            return Error{QStringLiteral("unknown adult id \"%1\"").arg(scope.adultId), {}, 0};
    }
    const Result<QVector<Student>> students = roster(storage, scope);
    if (!students.ok())
        return students.error();
    QVector<QStringList> rows{columns()};
    for (const Student& s : *students)
        rows.push_back(rowFor(adult ? &*adult : nullptr, s));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        if (Status st = XlsxWriter::write(path, QStringLiteral("Marking sheet"), rows,
                                          {10, 20, 12, 26, 8, 10, 12, 12, 30});
            !st.ok())
            return st.error();
        return int(students->size());
    }
    if (suffix != QLatin1String("csv"))
        return Error{QStringLiteral("a marking sheet is a .csv or .xlsx file"), path, 0};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write: %1").arg(out.errorString()), path, 0};
    out.write("\xEF\xBB\xBF"); // spreadsheets then read the names as UTF-8
    for (const QStringList& r : rows)
        out.write(csv::formatRecord(r).toUtf8());
    if (Status st = commitFile(out, path); !st.ok())
        return st.error();
    return int(students->size());
}

Result<SheetReport> MarkingSheet::importFrom(Storage& storage, const QString& path,
                                             const QString& roundName, const QString& adultId,
                                             bool dryRun) {
    const Result<QVector<SheetLine>> read = readSheet(path);
    if (!read.ok())
        return read.error();
    const QVector<SheetLine>& lines = *read;
    const CsvHeader header(lines.first().cells);
    const QStringList missing = header.missing(
        {QStringLiteral("student_id"), QStringLiteral("connected"), QStringLiteral("concern")});
    if (!missing.isEmpty())
        return Error{QStringLiteral("missing required column%1: %2 (is this a marking sheet?)")
                         .arg(missing.size() > 1 ? QStringLiteral("s") : QString(),
                              missing.join(QStringLiteral(", "))),
                     path, lines.first().line};
    const int cAdult = header.indexOf(QStringLiteral("adult_id")),
              cStudent = header.indexOf(QStringLiteral("student_id")),
              cConnected = header.indexOf(QStringLiteral("connected")),
              cConcern = header.indexOf(QStringLiteral("concern")),
              cNote = header.indexOf(QStringLiteral("note"));
    struct Row {
        RowId student;
        bool connected;
        bool concern;
        QString note;
    };
    QVector<Row> rows;
    QString sheetAdult = adultId;
    QHash<QString, RowId> students;
    for (const Student& s : storage.students())
        students.insert(s.studentId, s.id);
    SheetReport report;
    report.dryRun = dryRun;
    for (int i = 1; i < lines.size(); ++i) {
        const SheetLine& l = lines[i];
        auto cell = [&](int index) {
            return csv::unneutralise(l.cells.value(index).trimmed()).trimmed();
        };
        auto fail = [&](const QString& message) { return Error{message, path, l.line}; };
        const QString a = cell(cAdult);
        if (adultId.isEmpty() && !a.isEmpty()) {
            if (!sheetAdult.isEmpty() && sheetAdult != a)
                return fail(QStringLiteral("the sheet names two adults (%1 and %2): one sheet "
                                           "per adult")
                                .arg(sheetAdult, a));
            sheetAdult = a;
        }
        const bool connected = !cell(cConnected).isEmpty();
        const bool concern = !cell(cConcern).isEmpty();
        if (!connected && !concern)
            continue;
        const QString sid = cell(cStudent);
        const auto s = students.constFind(sid);
        if (s == students.constEnd())
            return fail(QStringLiteral("unknown student id \"%1\"").arg(sid));
        if (connected && concern)
            ++report.both;
        ++(connected ? report.connected : report.concern);
        rows.push_back({*s, connected, concern, cell(cNote)});
    }
    if (sheetAdult.isEmpty())
        return Error{QStringLiteral("the sheet does not name its adult: give the adult's id"), path,
                     0};
    const std::optional<Adult> adult = storage.adultByExternalId(sheetAdult);
    if (!adult)
        return Error{QStringLiteral("unknown adult id \"%1\"").arg(sheetAdult), path, 0};
    report.adultId = adult->adultId;
    report.adultName = adult->displayName();

    Storage::Transaction tx(storage);
    const Result<Round> round = storage.resolveRound(roundName);
    if (!round.ok())
        return round.error();
    report.roundName = round->name;
    for (const Row& r : rows) {
        // A tick adds that observation; what the sheet leaves empty is kept.
        const std::optional<Mark> before = storage.mark(round->id, adult->id, r.student);
        Mark m = before.value_or(Mark{0, round->id, adult->id, r.student, false, false, {}, {}});
        m.connected = m.connected || r.connected;
        m.concern = m.concern || r.concern;
        if (!r.note.isEmpty())
            m.note = r.note;
        if (before && before->connected == m.connected && before->concern == m.concern &&
            before->note == m.note) {
            ++report.unchanged;
            continue;
        }
        m.markedAt = QDateTime();
        if (Status st = storage.putMark(m); !st.ok())
            return Error{st.error().message, path, 0};
        ++(before ? report.updated : report.added);
    }
    if (dryRun)
        return report; // rolls back
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return report;
}

} // namespace cm
