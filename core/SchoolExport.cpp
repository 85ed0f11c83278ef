#include "SchoolExport.h"

#include "CsvTable.h"
#include "ExportManifest.h"
#include "StagedFolder.h"
#include "Storage.h"
#include "StorageRows.h"
#include "StudentGroups.h"
#include "WriteFailure.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cm {

namespace {

struct Table {
    const char* file;
    const char* header;
    const char* sql; // columns in the header's order; no input reaches it
};

const Table kTables[] = {
    {"students.csv",
     "student_id,given_name,family_name,preferred_name,grade,homeroom,active,student_number",
     "SELECT student_id, given_name, family_name, preferred_name, grade, homeroom,"
     " CASE active WHEN 1 THEN 'yes' ELSE 'no' END, student_number FROM student ORDER BY id"},
    {"adults.csv",
     "adult_id,given_name,family_name,role,email,active,capacity,volunteer,leaving_date",
     "SELECT adult_id, given_name, family_name, role, email,"
     " CASE active WHEN 1 THEN 'yes' ELSE 'no' END, COALESCE(CAST(capacity AS TEXT), ''),"
     " CASE volunteer WHEN 1 THEN 'yes' ELSE 'no' END, COALESCE(leaving_date, '')"
     " FROM adult ORDER BY id"},
    {"rounds.csv", "name,opened,closed",
     "SELECT name, opened, COALESCE(closed, '') FROM round ORDER BY id"},
    {"marks.csv", "round,adult_id,student_id,mark,note,marked_at",
     // One row per observation: a pair with both has a connected and a
     // concern row (the canonical marks CSV), connected first.
     "SELECT r.name, a.adult_id, s.student_id, k.mark, m.note, m.marked_at FROM mark m"
     " JOIN (SELECT 'connected' AS mark UNION ALL SELECT 'concern') k"
     "  ON (k.mark = 'connected' AND m.connected = 1) OR (k.mark = 'concern' AND m.concern = 1)"
     " JOIN round r ON r.id = m.round_id JOIN adult a ON a.id = m.adult_id"
     " JOIN student s ON s.id = m.student_id ORDER BY m.id, k.mark DESC"},
    {"groups.csv", "student_id,category,name",
     "SELECT s.student_id, g.category, g.name FROM student_group_member gm"
     " JOIN student_group g ON g.id = gm.group_id JOIN student s ON s.id = gm.student_id"
     " ORDER BY g.id, s.id"},
    {"teaching.csv", "adult_id,student_id,class_id,class_title",
     "SELECT a.adult_id, s.student_id, t.class_id, t.class_title FROM teaching_link t"
     " JOIN adult a ON a.id = t.adult_id JOIN student s ON s.id = t.student_id"
     " ORDER BY t.adult_id, t.student_id, t.class_id"},
    {"settings.csv", "key,value", "SELECT key, value FROM setting ORDER BY key"},
    // The audit trail (issue 15): people by their school ids where they are
    // still on the roster, and by the label the row was written with.
    {"audit.csv", "at,who,action,student_id,student,adult_id,adult,before,after",
     "SELECT l.at, l.who, l.action, COALESCE(s.student_id, ''), l.student,"
     " COALESCE(a.adult_id, ''), l.adult, l.before, l.after FROM audit l"
     " LEFT JOIN student s ON s.id = l.student_row LEFT JOIN adult a ON a.id = l.adult_row"
     " ORDER BY l.id"},
};

// Writes one table and measures it for the manifest as it goes.
// The table's query with what the options leave out taken out.
QString tableSql(const Table& t, const SchoolExport::Options& options, bool postgres) {
    QString sql = QString::fromLatin1(t.sql);
    const QString file = QString::fromLatin1(t.file);
    if (!options.withNotes && file == QLatin1String("marks.csv"))
        sql.replace(QStringLiteral("m.note"), QStringLiteral("''"));
    if (!options.withNotes && file == QLatin1String("audit.csv"))
        for (const char* column : {"l.before", "l.after"})
            sql.replace(QLatin1String(column),
                        QStringLiteral("CASE WHEN %2(%1, '; note: ') > 0 THEN substr(%1, 1,"
                                       " %2(%1, '; note: ') - 1) ELSE %1 END")
                            .arg(QLatin1String(column),
                                 postgres ? QStringLiteral("strpos") : QStringLiteral("instr")));
    if (!options.withDemographics && file == QLatin1String("groups.csv"))
        sql.replace(QStringLiteral(" ORDER BY g.id"),
                    QStringLiteral(" WHERE g.category NOT IN ('Sex', 'Race', 'Ethnicity')"
                                   " ORDER BY g.id"));
    return sql;
}

Status writeTable(const Storage& storage, const Table& t, const QString& folder,
                  const SchoolExport::Options& options, ExportManifest::Entry* entry) {
    entry->file = QString::fromLatin1(t.file);
    const QString path = QDir(folder).filePath(entry->file);
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    if (Status st = storage.exec(q, tableSql(t, options, storage.isServer())); !st.ok())
        return st;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write: %1").arg(out.errorString()), path, 0};
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto put = [&](const QStringList& cells) {
        const QByteArray bytes = csv::formatRecord(cells).toUtf8();
        hash.addData(bytes);
        entry->bytes += bytes.size();
        return out.write(bytes) == bytes.size();
    };
    bool ok = put(QString::fromLatin1(t.header).split(QLatin1Char(',')));
    const int columns = q.record().count();
    QStringList cells;
    while (ok && q.next()) {
        cells.clear();
        for (int i = 0; i < columns; ++i)
            cells.push_back(q.value(i).toString());
        ok = put(cells);
        ++entry->rows;
    }
    if (!ok)
        return Error{QStringLiteral("cannot write: %1")
                         .arg(WriteFailure::reason(path, out.errorString(), entry->bytes)),
                     path, 0};
    if (Status st = WriteFailure::commit(out, entry->bytes); !st.ok())
        return st;
    entry->sha256 = hash.result().toHex();
    return {};
}

bool yes(const QString& v) {
    bool b = false;
    return parseYesNo(v, &b) && b;
}

// An empty cell means the default; anything else must be yes/no.
bool badYesNo(const QString& v) {
    bool b = false;
    return !v.isEmpty() && !parseYesNo(v, &b);
}

} // namespace

QStringList SchoolExport::fileNames() {
    QStringList out;
    for (const Table& t : kTables)
        out.push_back(QString::fromLatin1(t.file));
    return out;
}

namespace {

// Reads every table from one snapshot: a deferred read transaction when the
// caller holds none (a write by another program between two tables would
// otherwise give an export that never existed).
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Storage& s)
        : m_q(s.database()) {
        m_began = m_q.exec(QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot() {
        if (m_began)
            m_q.exec(QStringLiteral("ROLLBACK"));
    }

private:
    QSqlQuery m_q;
    bool m_began = false;
};

} // namespace

Result<QStringList> SchoolExport::exportTo(const Storage& storage, const QString& folder,
                                           const Options& options) {
    QStringList names = fileNames();
    names << ExportManifest::fileName();
    StagedFolder staged(folder, names);
    if (Status st = staged.prepare(); !st.ok())
        return st.error();
    ExportManifest manifest;
    {
        ReadSnapshot snapshot(storage);
        for (const Table& t : kTables) {
            ExportManifest::Entry entry;
            if (Status st = writeTable(storage, t, staged.path(), options, &entry); !st.ok()) {
                Error e = st.error(); // named as the user knows it, not the temporary folder
                if (!e.file.isEmpty())
                    e.file = QDir(folder).filePath(QString::fromLatin1(t.file));
                return e;
            }
            manifest.add(entry);
        }
    }
    // Written last: its presence says that every file above is complete.
    if (Status st = manifest.write(staged.path()); !st.ok())
        return st.error();
    if (Status st = staged.commit(); !st.ok())
        return st.error();
    QStringList written;
    for (const QString& name : names)
        written.push_back(QDir(folder).filePath(name));
    return written;
}

Status SchoolExport::sealFolder(const QString& folder) {
    ExportManifest manifest;
    for (const Table& t : kTables) {
        const QString path = QDir(folder).filePath(QString::fromLatin1(t.file));
        if (!QFileInfo::exists(path)) {
            QSaveFile out(path);
            const QByteArray header =
                csv::formatRecord(QString::fromLatin1(t.header).split(QLatin1Char(','))).toUtf8();
            if (!out.open(QIODevice::WriteOnly) || out.write(header) != header.size())
                return Error{QStringLiteral("cannot write: %1").arg(out.errorString()), path, 0};
            if (Status st = WriteFailure::commit(out); !st.ok())
                return st;
        }
        const Result<ExportManifest::Entry> e =
            ExportManifest::measure(folder, QString::fromLatin1(t.file));
        if (!e.ok())
            return e.status();
        manifest.add(*e);
    }
    return manifest.write(folder);
}

bool SchoolExport::isExportFolder(const QString& folder) {
    const QDir d(folder);
    return QFileInfo(folder).isDir() &&
           (d.exists(ExportManifest::fileName()) ||
            (d.exists(QStringLiteral("students.csv")) && d.exists(QStringLiteral("adults.csv"))));
}

namespace {

Status importPeople(RosterSync& sync, const QString& folder, RosterReport* report) {
    CsvTable st(QDir(folder).filePath(QStringLiteral("students.csv")));
    if (Status s = st.open({QStringLiteral("student_id"), QStringLiteral("given_name"),
                            QStringLiteral("family_name")});
        !s.ok())
        return s;
    const int sid = st.column(QStringLiteral("student_id")), sgn = st.column("given_name"),
              sfn = st.column("family_name"), spn = st.column("preferred_name"),
              sgr = st.column("grade"), shr = st.column("homeroom"), sac = st.column("active"),
              snu = st.column("student_number"); // absent in exports before issue 13
    while (st.next()) {
        Student s;
        s.studentId = st.exact(sid);
        s.givenName = st.exact(sgn);
        s.familyName = st.exact(sfn);
        s.preferredName = st.exact(spn);
        s.grade = st.exact(sgr);
        s.homeroom = st.exact(shr);
        s.studentNumber = st.exact(snu);
        s.active = st.value(sac).isEmpty() || yes(st.value(sac));
        if (badYesNo(st.value(sac)))
            return st.error(QStringLiteral("active is \"%1\"; use yes or no").arg(st.value(sac)));
        if (auto r = sync.putStudent(s, &report->students); !r.ok())
            return st.error(r.error().message);
    }
    if (!st.status().ok())
        return st.status();

    CsvTable at(QDir(folder).filePath(QStringLiteral("adults.csv")));
    if (Status s = at.open({QStringLiteral("adult_id"), QStringLiteral("given_name"),
                            QStringLiteral("family_name")});
        !s.ok())
        return s;
    const int aid = at.column("adult_id"), agn = at.column("given_name"),
              afn = at.column("family_name"), aro = at.column("role"), aem = at.column("email"),
              aac = at.column("active"), aca = at.column("capacity"), avo = at.column("volunteer"),
              ale = at.column("leaving_date");
    while (at.next()) {
        Adult a;
        a.adultId = at.exact(aid);
        a.givenName = at.exact(agn);
        a.familyName = at.exact(afn);
        a.role = at.exact(aro);
        a.email = at.exact(aem);
        a.active = at.value(aac).isEmpty() || yes(at.value(aac));
        if (badYesNo(at.value(aac)) || badYesNo(at.value(avo)))
            return at.error(QStringLiteral("active and volunteer take yes or no"));
        bool ok = true;
        a.capacity = at.value(aca).isEmpty() ? -1 : at.value(aca).toInt(&ok);
        if (!ok || a.capacity < -1)
            return at.error(
                QStringLiteral("capacity is \"%1\"; use a whole number").arg(at.value(aca)));
        a.volunteer = yes(at.value(avo));
        a.leavingDate = QDate::fromString(at.value(ale), Qt::ISODate);
        if (!at.value(ale).isEmpty() && !a.leavingDate.isValid())
            return at.error(
                QStringLiteral("leaving_date is \"%1\"; use YYYY-MM-DD").arg(at.value(ale)));
        if (auto r = sync.putAdult(a, &report->adults); !r.ok())
            return at.error(r.error().message);
    }
    return at.status();
}

// Walks an optional file of the folder; fn(table) handles one record.
template <typename Fn>
Status optionalTable(const QString& folder, const char* file, const QStringList& required, Fn fn) {
    const QString path = QDir(folder).filePath(QString::fromLatin1(file));
    if (!QFileInfo::exists(path))
        return {};
    CsvTable t(path);
    if (Status s = t.open(required); !s.ok())
        return s;
    while (t.next())
        if (Status s = fn(t); !s.ok())
            return s;
    return t.status();
}

// The audit trail comes along; a row already there (the same school
// imported again) is not added twice. Append only: nothing is replaced.
QString auditKey(const AuditEntry& e) {
    return QStringList{e.at.toUTC().toString(Qt::ISODateWithMs),
                       e.who,
                       e.action,
                       e.student,
                       e.adult,
                       e.before,
                       e.after}
        .join(QChar(0x1f));
}

Status importAudit(Storage& storage, RosterSync& sync, const QString& folder) {
    QSet<QString> have;
    if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("audit.csv"))))
        for (const AuditEntry& e : storage.auditEntries())
            have.insert(auditKey(e));
    return optionalTable(
        folder, "audit.csv",
        {QStringLiteral("at"), QStringLiteral("who"), QStringLiteral("action")},
        [&](CsvTable& t) -> Status {
            AuditEntry e;
            e.at = QDateTime::fromString(t.exact(t.column("at")), Qt::ISODateWithMs);
            if (!e.at.isValid())
                return t.error(QStringLiteral("\"at\" is not a date and time"));
            e.who = t.exact(t.column("who"));
            e.action = t.exact(t.column("action"));
            e.studentRow = sync.studentRowId(t.exact(t.column("student_id")));
            e.student = t.exact(t.column("student"));
            e.adultRow = sync.adultRowId(t.exact(t.column("adult_id")));
            e.adult = t.exact(t.column("adult"));
            e.before = t.exact(t.column("before"));
            e.after = t.exact(t.column("after"));
            if (have.contains(auditKey(e)))
                return {};
            if (Status st = storage.appendAudit(e); !st.ok())
                return t.error(
                    QStringLiteral("the audit row was not stored: %1").arg(st.message()));
            return {};
        });
}

} // namespace

Result<RosterReport> SchoolExport::importFrom(Storage& storage, const QString& folder,
                                              const ImportOptions& options) {
    if (!isExportFolder(folder))
        return Error{QStringLiteral("not a caringmap export folder (needs students.csv and "
                                    "adults.csv)"),
                     folder, 0};
    // Complete and unchanged, or refused before anything is read.
    // Exports from before the audit trail have no audit.csv.
    QStringList expected = fileNames();
    if (!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("audit.csv"))))
        expected.removeAll(QStringLiteral("audit.csv"));
    if (Status st = ExportManifest::verify(folder, expected); !st.ok())
        return st.error();
    RosterReport report;
    report.dryRun = options.dryRun;
    Storage::Transaction tx(storage);
    RosterSync sync(storage);
    if (Status s = sync.load(); !s.ok())
        return s.error();
    if (Status s = importPeople(sync, folder, &report); !s.ok())
        return s.error();
    if (options.sync) {
        if (Status s = sync.deactivateUnseenStudents(&report.students); !s.ok())
            return s.error();
        if (Status s = sync.deactivateUnseenAdults(&report.adults); !s.ok())
            return s.error();
    }

    QHash<QString, RowId> rounds;
    for (const Round& r : storage.rounds())
        rounds.insert(r.name, r.id);
    Status s = optionalTable(
        folder, "rounds.csv", {QStringLiteral("name"), QStringLiteral("opened")},
        [&](CsvTable& t) -> Status {
            const QString name = t.exact(t.column(QStringLiteral("name")));
            const QString opened = t.exact(t.column(QStringLiteral("opened")));
            const QString closed = t.exact(t.column(QStringLiteral("closed")));
            if (name.trimmed().isEmpty() || !QDateTime::fromString(opened, Qt::ISODate).isValid())
                return t.error(QStringLiteral("a round needs a name and an opened time"));
            const QVariant closedValue = closed.isEmpty() ? QVariant() : QVariant(closed);
            if (rounds.contains(name))
                return storage.exec(QStringLiteral("UPDATE round SET closed = ? WHERE id = ?"),
                                    {closedValue, rounds.value(name)});
            QSqlQuery q(storage.database());
            if (Status e = storage.exec(
                    q,
                    QStringLiteral("INSERT INTO round (name, opened, closed) VALUES (?, ?, ?) "
                                   "RETURNING id"),
                    {name, opened, closedValue});
                !e.ok())
                return t.error(e.error().message);
            rounds.insert(name, storage::returnedId(q));
            return {};
        });
    if (!s.ok())
        return s.error();

    QSqlQuery markQ(storage.database());
    markQ.prepare(QStringLiteral(
        "INSERT INTO mark (round_id, adult_id, student_id, connected, concern, note, marked_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, adult_id, student_id) DO UPDATE SET"
        " connected = mark.connected | excluded.connected,"
        " concern = mark.concern | excluded.concern, note = excluded.note,"
        " marked_at = excluded.marked_at"));
    s = optionalTable(
        folder, "marks.csv",
        {QStringLiteral("round"), QStringLiteral("adult_id"), QStringLiteral("student_id"),
         QStringLiteral("mark")},
        [&](CsvTable& t) -> Status {
            const QString round = t.exact(t.column(QStringLiteral("round")));
            const RowId a = sync.adultRowId(t.exact(t.column(QStringLiteral("adult_id"))));
            const RowId st = sync.studentRowId(t.exact(t.column(QStringLiteral("student_id"))));
            MarkKind kind;
            if (!rounds.contains(round))
                return t.error(QStringLiteral("unknown round \"%1\"").arg(round));
            if (!a || !st)
                return t.error(QStringLiteral("unknown adult or student id"));
            if (!parseMarkKind(t.value(t.column(QStringLiteral("mark"))), &kind))
                return t.error(QStringLiteral("unknown mark (use connected or concern)"));
            QString at = t.exact(t.column(QStringLiteral("marked_at")));
            if (at.isEmpty())
                at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            for (const QVariant& v :
                 {QVariant(rounds.value(round)), QVariant(a), QVariant(st),
                  QVariant(kind == MarkKind::Connected ? 1 : 0),
                  QVariant(kind == MarkKind::Concern ? 1 : 0),
                  sqlText(t.exact(t.column(QStringLiteral("note")))), QVariant(at)})
                markQ.addBindValue(v);
            if (!markQ.exec())
                return t.error(QStringLiteral("the mark was not stored"));
            ++report.marks;
            return {};
        });
    if (!s.ok())
        return s.error();

    QHash<QString, RowId> groups;
    s = optionalTable(
        folder, "groups.csv",
        {QStringLiteral("student_id"), QStringLiteral("category"), QStringLiteral("name")},
        [&](CsvTable& t) -> Status {
            const RowId st = sync.studentRowId(t.exact(t.column("student_id")));
            if (!st)
                return t.error(QStringLiteral("unknown student id"));
            const QString c = t.exact(t.column("category"));
            const QString n = t.exact(t.column("name"));
            const QString key = c + QChar(0) + n;
            if (!groups.contains(key)) {
                const Result<RowId> g = StudentGroups::ensure(storage, c, n);
                if (!g.ok())
                    return t.error(g.error().message);
                groups.insert(key, *g);
            }
            if (Status e = StudentGroups::addMember(storage, groups.value(key), st); !e.ok())
                return t.error(e.error().message);
            ++report.groupMembers;
            return {};
        });
    if (!s.ok())
        return s.error();

    QSqlQuery linkQ(storage.database());
    linkQ.prepare(
        QStringLiteral("INSERT INTO teaching_link (adult_id, student_id, class_id, "
                       "class_title) VALUES (?, ?, ?, ?) ON CONFLICT (adult_id, student_id, "
                       "class_id) DO UPDATE SET "
                       "class_title = excluded.class_title"));
    s = optionalTable(folder, "teaching.csv",
                      {QStringLiteral("adult_id"), QStringLiteral("student_id")},
                      [&](CsvTable& t) -> Status {
                          const RowId a = sync.adultRowId(t.exact(t.column("adult_id")));
                          const RowId st = sync.studentRowId(t.exact(t.column("student_id")));
                          if (!a || !st)
                              return t.error(QStringLiteral("unknown adult or student id"));
                          for (const QVariant& v :
                               {QVariant(a), QVariant(st), sqlText(t.exact(t.column("class_id"))),
                                sqlText(t.exact(t.column("class_title")))})
                              linkQ.addBindValue(v);
                          if (!linkQ.exec())
                              return t.error(QStringLiteral("the teaching link was not stored (%1)")
                                                 .arg(linkQ.lastError().databaseText()));
                          ++report.teachingLinks;
                          return {};
                      });
    if (!s.ok())
        return s.error();

    s = optionalTable(folder, "settings.csv", {QStringLiteral("key"), QStringLiteral("value")},
                      [&](CsvTable& t) -> Status {
                          return storage.setSetting(t.exact(t.column("key")),
                                                    sqlText(t.exact(t.column("value"))).toString());
                      });
    if (!s.ok())
        return s.error();
    if (Status a = importAudit(storage, sync, folder); !a.ok())
        return a.error();
    if (options.dryRun)
        return report; // the transaction rolls back
    if (Status c = tx.commit(); !c.ok())
        return c.error();
    return report;
}

} // namespace cm
