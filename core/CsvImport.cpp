#include "CsvImport.h"

#include "Storage.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <unordered_map>

namespace cm {

namespace {
// Hash of an (adult, student) pair of row ids for the marks import.
struct PairHash {
    size_t operator()(const std::pair<RowId, RowId>& p) const {
        return std::hash<RowId>()(p.first * 1000003 ^ p.second);
    }
};
} // namespace

namespace {

QString cell(const CsvHeader& h, const QStringList& rec, const QString& name) {
    return csv::unneutralise(h.field(rec, name)).trimmed();
}

// Shared walk over a file: opens it, checks the header, calls row() for each
// record, and wraps it all in one transaction.
template <typename RowFn>
Result<ImportReport> walk(Storage& storage, const QString& path, const QStringList& required,
                          RowFn row) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot open: %1").arg(file.errorString()), path, 0};
    CsvReader reader(&file, path);
    QStringList rec;
    int line = 0;
    if (!reader.next(&rec, &line)) {
        if (reader.hasError())
            return reader.error();
        return Error{QStringLiteral("the file is empty (expected a header row with %1)")
                         .arg(required.join(QStringLiteral(", "))),
                     path, 1};
    }
    const CsvHeader header(rec);
    const QStringList missing = header.missing(required);
    if (!missing.isEmpty())
        return Error{QStringLiteral("missing required column%1: %2")
                         .arg(missing.size() > 1 ? QStringLiteral("s") : QString(),
                              missing.join(QStringLiteral(", "))),
                     path, line};

    ImportReport report;
    Storage::Transaction tx(storage);
    while (reader.next(&rec, &line)) {
        Status st = row(header, rec, line, &report);
        if (!st.ok()) {
            Error e = st.error();
            e.file = path;
            e.line = line;
            return e;
        }
    }
    if (reader.hasError())
        return reader.error();
    Status c = tx.commit();
    if (!c.ok())
        return Error{c.error().message, path, 0};
    return report;
}

// `active` when the file has it; otherwise *active keeps its value.
Status readActive(const CsvHeader& h, const QStringList& rec, bool* active) {
    const QString v = cell(h, rec, QStringLiteral("active"));
    if (v.isEmpty())
        return {};
    if (!parseYesNo(v, active))
        return Status::fail(
            QStringLiteral("active is \"%1\"; use yes/no, true/false or 1/0").arg(v));
    return {};
}

// Optional mentoring columns of adults: capacity, volunteer, leaving_date.
Status readMentoring(const CsvHeader& h, const QStringList& rec, Adult* a) {
    if (h.has(QStringLiteral("capacity"))) {
        const QString v = cell(h, rec, QStringLiteral("capacity"));
        bool ok = true;
        a->capacity = v.isEmpty() ? -1 : v.toInt(&ok);
        if (!ok || a->capacity < -1)
            return Status::fail(
                QStringLiteral("capacity is \"%1\"; use a whole number (0: not available)").arg(v));
    }
    if (h.has(QStringLiteral("volunteer"))) {
        const QString v = cell(h, rec, QStringLiteral("volunteer"));
        a->volunteer = false;
        if (!v.isEmpty() && !parseYesNo(v, &a->volunteer))
            return Status::fail(
                QStringLiteral("volunteer is \"%1\"; use yes/no, true/false or 1/0").arg(v));
    }
    if (h.has(QStringLiteral("leaving_date"))) {
        const QString v = cell(h, rec, QStringLiteral("leaving_date"));
        a->leavingDate = QDate::fromString(v, Qt::ISODate);
        if (!v.isEmpty() && !a->leavingDate.isValid())
            return Status::fail(QStringLiteral("leaving_date is \"%1\"; use YYYY-MM-DD").arg(v));
    }
    return {};
}

// One person per id in a file: a second row with the same id is a mistake in
// the file (which of the two is right?), never "the last one wins".
Status firstTime(QHash<QString, int>& seen, const QString& column, const QString& id, int line) {
    const auto it = seen.constFind(id);
    if (it != seen.constEnd())
        return Status::fail(
            QStringLiteral("%1 \"%2\" is also on line %3; each person once per file")
                .arg(column, id)
                .arg(*it));
    seen.insert(id, line);
    return {};
}

template <typename T>
Status countUpsert(const std::optional<T>& before, const T& after, const Result<RowId>& r,
                   ImportReport* report) {
    if (!r.ok())
        return r.status();
    if (!before)
        ++report->added;
    else if (*before == after)
        ++report->unchanged;
    else
        ++report->updated;
    return {};
}

} // namespace

QStringList CsvImport::requiredColumns(Kind kind) {
    switch (kind) {
    case Kind::Students:
        return {QStringLiteral("student_id"), QStringLiteral("given_name"),
                QStringLiteral("family_name"), QStringLiteral("grade"), QStringLiteral("homeroom")};
    case Kind::Adults:
        return {QStringLiteral("adult_id"), QStringLiteral("given_name"),
                QStringLiteral("family_name"), QStringLiteral("role")};
    case Kind::Marks:
        return {QStringLiteral("adult_id"), QStringLiteral("student_id"), QStringLiteral("mark")};
    }
    return {};
}

bool CsvImport::parseKind(const QString& text, Kind* kind) {
    if (text == QLatin1String("students"))
        *kind = Kind::Students;
    else if (text == QLatin1String("adults"))
        *kind = Kind::Adults;
    else if (text == QLatin1String("marks"))
        *kind = Kind::Marks;
    else
        return false;
    return true;
}

Result<ImportReport> CsvImport::importFile(Storage& storage, Kind kind, const QString& path,
                                           const QString& roundName) {
    const QStringList required = requiredColumns(kind);
    QHash<QString, int> seen; // id -> the line that gave it
    if (kind == Kind::Students) {
        return walk(
            storage, path, required,
            [&](const CsvHeader& h, const QStringList& rec, int line, ImportReport* report) {
                const QString id = cell(h, rec, QStringLiteral("student_id"));
                if (id.isEmpty())
                    return Status::fail(QStringLiteral("student_id is empty"));
                if (Status st = firstTime(seen, QStringLiteral("student_id"), id, line); !st.ok())
                    return st;
                // Optional columns that the file lacks keep what is stored.
                const std::optional<Student> before = storage.studentByExternalId(id);
                Student s = before.value_or(Student{});
                s.studentId = id;
                s.givenName = cell(h, rec, QStringLiteral("given_name"));
                s.familyName = cell(h, rec, QStringLiteral("family_name"));
                s.grade = cell(h, rec, QStringLiteral("grade"));
                s.homeroom = cell(h, rec, QStringLiteral("homeroom"));
                if (h.has(QStringLiteral("preferred_name")))
                    s.preferredName = cell(h, rec, QStringLiteral("preferred_name"));
                if (Status st = readActive(h, rec, &s.active); !st.ok())
                    return st;
                return countUpsert(before, s, storage.upsertStudent(s), report);
            });
    }
    if (kind == Kind::Adults) {
        return walk(
            storage, path, required,
            [&](const CsvHeader& h, const QStringList& rec, int line, ImportReport* report) {
                const QString id = cell(h, rec, QStringLiteral("adult_id"));
                if (id.isEmpty())
                    return Status::fail(QStringLiteral("adult_id is empty"));
                if (Status st = firstTime(seen, QStringLiteral("adult_id"), id, line); !st.ok())
                    return st;
                const std::optional<Adult> before = storage.adultByExternalId(id);
                Adult a = before.value_or(Adult{});
                a.adultId = id;
                a.givenName = cell(h, rec, QStringLiteral("given_name"));
                a.familyName = cell(h, rec, QStringLiteral("family_name"));
                a.role = cell(h, rec, QStringLiteral("role"));
                if (h.has(QStringLiteral("email")))
                    a.email = cell(h, rec, QStringLiteral("email"));
                if (Status st = readActive(h, rec, &a.active); !st.ok())
                    return st;
                if (Status st = readMentoring(h, rec, &a); !st.ok())
                    return st;
                return countUpsert(before, a, storage.upsertAdult(a), report);
            });
    }

    // Marks: ids are resolved once, up front, so a large file stays fast.
    QHash<QString, RowId> students;
    for (const Student& s : storage.students())
        students.insert(s.studentId, s.id);
    QHash<QString, RowId> adults;
    for (const Adult& a : storage.adults())
        adults.insert(a.adultId, a.id);
    Storage::Transaction tx(storage); // the first round, if created, belongs to the same change
    Result<Round> round = storage.resolveRound(roundName);
    if (!round.ok())
        return Error{round.error().message, path, 0};
    const RowId roundId = round->id;
    // The round's marks, read once: a row is compared here, not queried.
    // (adult, student) -> the observations and note as stored so far.
    struct Seen {
        bool connected = false;
        bool concern = false;
        QString note;
        bool has(MarkKind k) const { return k == MarkKind::Connected ? connected : concern; }
    };
    auto key = [](RowId adult, RowId student) { return std::pair<RowId, RowId>(adult, student); };
    std::unordered_map<std::pair<RowId, RowId>, Seen, PairHash> stored;
    {
        const QVector<Mark> marks = storage.marks(roundId);
        stored.reserve(size_t(marks.size()) + 1024);
        for (const Mark& m : marks)
            stored[key(m.adultId, m.studentId)] = Seen{m.connected, m.concern, m.note};
    }
    Storage::MarkWriter writer(storage);
    Result<ImportReport> result = walk(
        storage, path, required,
        [&](const CsvHeader& h, const QStringList& rec, int, ImportReport* report) {
            const QString adultId = cell(h, rec, QStringLiteral("adult_id"));
            const QString studentId = cell(h, rec, QStringLiteral("student_id"));
            const QString kindText = cell(h, rec, QStringLiteral("mark"));
            MarkKind kind;
            if (!parseMarkKind(kindText, &kind))
                return Status::fail(
                    QStringLiteral("unknown mark \"%1\" (use connected or concern)").arg(kindText));
            const auto a = adults.constFind(adultId);
            if (a == adults.constEnd())
                return Status::fail(QStringLiteral("unknown adult id \"%1\"").arg(adultId));
            const auto s = students.constFind(studentId);
            if (s == students.constEnd())
                return Status::fail(QStringLiteral("unknown student id \"%1\"").arg(studentId));
            const QString note = cell(h, rec, QStringLiteral("note"));
            // connected and concern rows of one adult are two observations:
            // each turns its own on, and neither erases the other.
            const auto before = stored.find(key(*a, *s));
            const bool existed = before != stored.end();
            if (existed && before->second.has(kind) &&
                (note.isEmpty() || before->second.note == note)) {
                ++report->unchanged; // keep the original time marked
                return Status();
            }
            if (Status st = writer.set(roundId, *a, *s, kind, note); !st.ok())
                return st;
            Seen& now = existed ? before->second : stored[key(*a, *s)];
            (kind == MarkKind::Connected ? now.connected : now.concern) = true;
            if (!note.isEmpty())
                now.note = note;
            ++(existed ? report->updated : report->added);
            return Status();
        });
    if (!result.ok())
        return result;
    if (Status st = writer.finish(); !st.ok())
        return Error{st.error().message, path, 0};
    Status c = tx.commit();
    if (!c.ok())
        return Error{c.error().message, path, 0};
    return result;
}

} // namespace cm
