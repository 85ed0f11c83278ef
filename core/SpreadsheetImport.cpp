#include "SpreadsheetImport.h"

#include "CsvTable.h"
#include "Storage.h"
#include "StudentGroups.h"

namespace cm {

Result<QVector<QStringList>> SpreadsheetImport::preview(const QString& path, TextEncoding encoding,
                                                        int rows) {
    CsvTable t(path, encoding);
    if (Status st = t.open(); !st.ok())
        return st.error();
    QVector<QStringList> out{t.record()};
    while (out.size() <= rows && t.next())
        out.push_back(t.record());
    if (!t.status().ok())
        return t.status().error();
    return out;
}

bool SpreadsheetImport::parseActive(const QString& text, bool* active) {
    const QString v = text.trimmed().toLower();
    if (parseYesNo(v, active))
        return true;
    static const QStringList on{QStringLiteral("active"), QStringLiteral("enrolled"),
                                QStringLiteral("current"), QStringLiteral("y")};
    static const QStringList off{QStringLiteral("inactive"),    QStringLiteral("withdrawn"),
                                 QStringLiteral("left"),        QStringLiteral("n"),
                                 QStringLiteral("tobedeleted"), QStringLiteral("transferred")};
    if (on.contains(v)) {
        *active = true;
        return true;
    }
    if (off.contains(v)) {
        *active = false;
        return true;
    }
    return false;
}

namespace {

// Group column cells: "no"-like means not in a group, "yes"-like the group
// "Yes" of the column, anything else a group by that name.
QString groupName(const QString& cell) {
    const QString v = cell.trimmed().toLower();
    static const QStringList no{QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                QStringLiteral("0"),  QStringLiteral("-"), QStringLiteral("none")};
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                 QStringLiteral("1"), QStringLiteral("x")};
    if (v.isEmpty() || no.contains(v))
        return QString();
    if (yes.contains(v))
        return QStringLiteral("Yes");
    return cell.trimmed();
}

} // namespace

Result<RosterReport> SpreadsheetImport::import(Storage& storage, RosterKind kind,
                                               const QString& path,
                                               const SpreadsheetOptions& options) {
    CsvTable t(path, options.encoding);
    if (Status st = t.open(); !st.ok())
        return st.error();
    const ColumnMapping mapping = options.mapping.isEmpty()
                                      ? ColumnMapping::guess(t.header().names(), kind)
                                      : options.mapping;
    const Result<ColumnMapping::Resolved> cols = mapping.resolve(t.header().names(), kind);
    if (!cols.ok())
        return Error{cols.error().message, path, 1};
    const ColumnMapping::Resolved& c = *cols;
    const int id = c.column(kind == RosterKind::Students ? QStringLiteral("student_id")
                                                         : QStringLiteral("adult_id"));
    const int given = c.column(QStringLiteral("given_name")),
              family = c.column(QStringLiteral("family_name")),
              preferred = c.column(QStringLiteral("preferred_name")),
              grade = c.column(QStringLiteral("grade")),
              homeroom = c.column(QStringLiteral("homeroom")),
              active = c.column(QStringLiteral("active")), role = c.column(QStringLiteral("role")),
              email = c.column(QStringLiteral("email"));

    RosterReport report;
    report.dryRun = options.dryRun;
    Storage::Transaction tx(storage);
    RosterSync sync(storage);
    if (Status st = sync.load(); !st.ok())
        return st.error();
    QHash<QString, int> seen; // id -> line, to refuse duplicates
    QHash<QString, RowId> groups;
    while (t.next()) {
        const QString key = t.plain(id);
        if (key.isEmpty())
            return t.error(QStringLiteral("the id is empty"));
        if (seen.contains(key))
            return t.error(
                QStringLiteral("the id %1 appears twice (also line %2)").arg(key).arg(seen[key]));
        seen.insert(key, t.line());
        bool isActive = true;
        if (active >= 0 && !t.value(active).isEmpty() && !parseActive(t.value(active), &isActive))
            return t.error(QStringLiteral("active is \"%1\"; use yes/no or active/inactive")
                               .arg(t.value(active)));
        if (kind == RosterKind::Students) {
            const Student* before = sync.student(key);
            Student s = before ? *before : Student{};
            s.studentId = key;
            s.givenName = t.plain(given);
            s.familyName = t.plain(family);
            if (preferred >= 0)
                s.preferredName = t.plain(preferred);
            if (grade >= 0)
                s.grade = t.plain(grade);
            if (homeroom >= 0)
                s.homeroom = t.plain(homeroom);
            s.active = active >= 0 && !t.value(active).isEmpty() ? isActive : true;
            const Result<RowId> r = sync.putStudent(s, &report.students);
            if (!r.ok())
                return t.error(r.error().message);
            for (const auto& g : c.groups) {
                if (Status st = StudentGroups::clearCategory(storage, *r, g.second); !st.ok())
                    return t.error(st.error().message);
                const QString name = groupName(t.plain(g.first));
                if (name.isEmpty())
                    continue;
                const QString gk = g.second + QChar(0) + name;
                if (!groups.contains(gk)) {
                    const Result<RowId> gid = StudentGroups::ensure(storage, g.second, name);
                    if (!gid.ok())
                        return t.error(gid.error().message);
                    groups.insert(gk, *gid);
                }
                if (Status st = StudentGroups::addMember(storage, groups.value(gk), *r); !st.ok())
                    return t.error(st.error().message);
                ++report.groupMembers;
            }
        } else {
            const Adult* before = sync.adult(key);
            Adult a = before ? *before : Adult{};
            a.adultId = key;
            a.givenName = t.plain(given);
            a.familyName = t.plain(family);
            if (role >= 0)
                a.role = t.plain(role);
            if (email >= 0)
                a.email = t.plain(email);
            a.active = active >= 0 && !t.value(active).isEmpty() ? isActive : true;
            const Result<RowId> r = sync.putAdult(a, &report.adults);
            if (!r.ok())
                return t.error(r.error().message);
        }
    }
    if (!t.status().ok())
        return t.status().error();
    if (options.sync) {
        Status st = kind == RosterKind::Students ? sync.deactivateUnseenStudents(&report.students)
                                                 : sync.deactivateUnseenAdults(&report.adults);
        if (!st.ok())
            return st.error();
    }
    if (options.dryRun)
        return report; // rolls back
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return report;
}

} // namespace cm
