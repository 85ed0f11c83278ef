#include "OneRoster.h"

#include "CsvTable.h"
#include "OneRosterSource.h"
#include "Storage.h"
#include "StudentGroups.h"
#include "TeachingLinks.h"

#include <QHash>
#include <QIODevice>
#include <QSqlQuery>

namespace cm {

namespace {

const QStringList kNotStaff{QStringLiteral("guardian"), QStringLiteral("parent"),
                            QStringLiteral("relative")};

struct Person {
    QString sourcedId;
    QString given, family, preferred, email, role, grade, homeroom;
    QString number; // the student number: identifier, else the first of userIds
    bool active = true;
    bool student = false;
    bool imported = false; // in the chosen school and not a guardian
    RowId rowId = 0;
};

struct ClassInfo {
    QString sourcedId;
    QString title;
    bool homeroom = false;
    bool inSchool = false;
    QVector<int> teachers; // person indexes
    QVector<int> students;
};

bool isFalse(const QString& v) {
    return !v.compare(QLatin1String("false"), Qt::CaseInsensitive) || v == QLatin1String("0");
}

bool isTrue(const QString& v) {
    return !v.compare(QLatin1String("true"), Qt::CaseInsensitive) || v == QLatin1String("1");
}

bool deleted(const QString& status) {
    return !status.compare(QLatin1String("tobedeleted"), Qt::CaseInsensitive);
}

// Opens one file of the export as a table with the required columns.
struct OpenTable {
    std::shared_ptr<QIODevice> device;
    std::unique_ptr<CsvTable> table;
};

Result<OpenTable> openTable(const OneRosterSource& src, const QString& file,
                            const QStringList& required) {
    Result<std::shared_ptr<QIODevice>> dev = src.openFile(file);
    if (!dev.ok())
        return dev.error();
    OpenTable t;
    t.device = *dev;
    t.table = std::make_unique<CsvTable>(t.device.get(), src.displayName(file));
    if (Status st = t.table->open(required); !st.ok())
        return st.error();
    return t;
}

// A delta export (manifest: file.users=delta) holds only what changed since
// the last one: people missing from it have not left.
Result<bool> isDelta(const OneRosterSource& src) {
    Result<OpenTable> t = openTable(src, QStringLiteral("manifest.csv"),
                                    {QStringLiteral("propertyName"), QStringLiteral("value")});
    if (!t.ok())
        return t.error();
    CsvTable& m = *t.value().table;
    const int name = m.column(QStringLiteral("propertyName")), value = m.column("value");
    bool delta = false;
    while (m.next())
        if (m.value(name).startsWith(QLatin1String("file."), Qt::CaseInsensitive) &&
            !m.value(value).compare(QLatin1String("delta"), Qt::CaseInsensitive))
            delta = true;
    if (!m.status().ok())
        return m.status().error();
    return delta;
}

Result<QVector<OneRosterSchool>> readSchools(const OneRosterSource& src) {
    if (!src.has(QStringLiteral("manifest.csv")))
        return Error{QStringLiteral("the required file manifest.csv is missing (is this a "
                                    "OneRoster export?)"),
                     src.displayName(QString()), 0};
    Result<OpenTable> t =
        openTable(src, QStringLiteral("orgs.csv"),
                  {QStringLiteral("sourcedId"), QStringLiteral("name"), QStringLiteral("type")});
    if (!t.ok())
        return t.error();
    CsvTable& orgs = *t.value().table;
    const int id = orgs.column(QStringLiteral("sourcedId")), name = orgs.column("name"),
              type = orgs.column("type"), status = orgs.column("status"),
              identifier = orgs.column("identifier");
    QVector<OneRosterSchool> out;
    while (orgs.next()) {
        if (orgs.value(type).compare(QLatin1String("school"), Qt::CaseInsensitive) ||
            deleted(orgs.value(status)))
            continue;
        out.push_back({orgs.value(id), orgs.plain(name), orgs.plain(identifier)});
    }
    if (!orgs.status().ok())
        return orgs.status().error();
    if (out.isEmpty())
        return Error{QStringLiteral("no org of type school"), orgs.name(), 0};
    return out;
}

// The number a school knows a student by: OneRoster's identifier, else the
// first of userIds ("{SIS:240100}" or "{SIS:240100,State:99}"); empty when
// it is the sourcedId itself.
QString studentNumber(const QString& identifier, const QString& userIds, const QString& sourcedId) {
    QString number = identifier;
    if (number.isEmpty()) {
        QString ids = userIds;
        ids.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        const QString first = ids.section(QLatin1Char(','), 0, 0).trimmed();
        number =
            first.contains(QLatin1Char(':')) ? first.section(QLatin1Char(':'), 1).trimmed() : first;
    }
    return number == sourcedId ? QString() : number.left(64);
}

// "Cedar Valley High School (CVHS), Pine Ridge Middle School (PRMS)".
QString schoolList(const QVector<OneRosterSchool>& schools) {
    QStringList names;
    for (const OneRosterSchool& s : schools)
        names << (s.identifier.isEmpty() ? s.name
                                         : QStringLiteral("%1 (%2)").arg(s.name, s.identifier));
    return names.join(QStringLiteral(", "));
}

Result<OneRosterSchool> chooseSchool(const QVector<OneRosterSchool>& schools,
                                     const QString& wanted) {
    if (wanted.isEmpty()) {
        if (schools.size() == 1)
            return schools.first();
        return Error{QStringLiteral("the export holds %1 schools; choose one: %2")
                         .arg(schools.size())
                         .arg(schoolList(schools)),
                     {},
                     0};
    }
    for (const OneRosterSchool& s : schools)
        if (s.sourcedId == wanted || !s.name.compare(wanted, Qt::CaseInsensitive) ||
            (!s.identifier.isEmpty() && !s.identifier.compare(wanted, Qt::CaseInsensitive)))
            return s;
    return Error{QStringLiteral("no school \"%1\" in the export (it holds %2)")
                     .arg(wanted, schoolList(schools)),
                 {},
                 0};
}

} // namespace

bool OneRoster::looksLikeOneRoster(const QString& path) {
    return OneRosterSource::looksLikeOneRoster(path);
}

Result<QVector<OneRosterSchool>> OneRoster::schools(const QString& path) {
    OneRosterSource src;
    if (Status st = src.open(path); !st.ok())
        return st.error();
    return readSchools(src);
}

namespace {

class Importer {
public:
    Importer(Storage& storage, const OneRosterSource& src, const OneRosterOptions& options,
             OneRosterSchool school, bool singleSchool)
        : m_storage(storage)
        , m_src(src)
        , m_options(options)
        , m_school(std::move(school))
        , m_single(singleSchool) {}

    Status readUsers();
    Status readClasses();
    Status readEnrollments();
    Status write(RosterReport* report);
    Status writeDemographics(RosterSync& sync, RosterReport* report);

private:
    Storage& m_storage;
    const OneRosterSource& m_src;
    const OneRosterOptions& m_options;
    OneRosterSchool m_school;
    bool m_single;
    QVector<Person> m_people;
    QHash<QString, int> m_personIndex;
    QVector<ClassInfo> m_classes;
    QHash<QString, int> m_classIndex;
};

Status Importer::readUsers() {
    Result<OpenTable> t = openTable(m_src, QStringLiteral("users.csv"),
                                    {QStringLiteral("sourcedId"), QStringLiteral("role"),
                                     QStringLiteral("givenName"), QStringLiteral("familyName")});
    if (!t.ok())
        return t.error();
    CsvTable& u = *t.value().table;
    const int id = u.column(QStringLiteral("sourcedId")), status = u.column("status"),
              enabled = u.column("enabledUser"), orgs = u.column("orgSourcedIds"),
              role = u.column("role"), given = u.column("givenName"),
              family = u.column("familyName"), email = u.column("email"),
              grades = u.column("grades"), preferred = u.column("preferredFirstName"),
              identifier = u.column("identifier"), userIds = u.column("userIds");
    while (u.next()) {
        Person p;
        p.sourcedId = u.value(id);
        if (p.sourcedId.isEmpty())
            return u.error(QStringLiteral("sourcedId is empty"));
        if (m_personIndex.contains(p.sourcedId))
            return u.error(QStringLiteral("user %1 appears twice").arg(p.sourcedId));
        p.role = u.value(role).toLower();
        p.student = p.role == QLatin1String("student");
        p.given = u.plain(given);
        p.family = u.plain(family);
        p.preferred = u.plain(preferred);
        p.email = u.plain(email);
        p.grade = u.plain(grades).section(QLatin1Char(','), 0, 0).trimmed();
        p.number = studentNumber(u.plain(identifier), u.plain(userIds), p.sourcedId);
        p.active = !deleted(u.value(status)) && !isFalse(u.value(enabled));
        bool inSchool = m_single;
        if (!inSchool) {
            const QStringList ids = u.value(orgs).split(QLatin1Char(','));
            for (const QString& o : ids)
                inSchool = inSchool || o.trimmed() == m_school.sourcedId;
        }
        p.imported = inSchool && !p.role.isEmpty() && !kNotStaff.contains(p.role);
        if (p.imported && p.given.isEmpty() && p.family.isEmpty())
            return u.error(QStringLiteral("user %1 has no name").arg(p.sourcedId));
        m_personIndex.insert(p.sourcedId, m_people.size());
        m_people.push_back(std::move(p));
    }
    return u.status();
}

Status Importer::readClasses() {
    Result<OpenTable> t = openTable(
        m_src, QStringLiteral("classes.csv"),
        {QStringLiteral("sourcedId"), QStringLiteral("title"), QStringLiteral("schoolSourcedId")});
    if (!t.ok())
        return t.error();
    CsvTable& c = *t.value().table;
    const int id = c.column(QStringLiteral("sourcedId")), title = c.column("title"),
              type = c.column("classType"), school = c.column("schoolSourcedId"),
              status = c.column("status"), code = c.column("classCode");
    while (c.next()) {
        ClassInfo k;
        k.sourcedId = c.value(id);
        if (k.sourcedId.isEmpty())
            return c.error(QStringLiteral("sourcedId is empty"));
        k.title = c.plain(title);
        if (k.title.isEmpty())
            k.title = c.plain(code);
        k.homeroom = !c.value(type).compare(QLatin1String("homeroom"), Qt::CaseInsensitive);
        k.inSchool =
            !deleted(c.value(status)) && (m_single || c.value(school) == m_school.sourcedId);
        m_classIndex.insert(k.sourcedId, m_classes.size());
        m_classes.push_back(std::move(k));
    }
    return c.status();
}

Status Importer::readEnrollments() {
    Result<OpenTable> t = openTable(m_src, QStringLiteral("enrollments.csv"),
                                    {QStringLiteral("classSourcedId"),
                                     QStringLiteral("userSourcedId"), QStringLiteral("role")});
    if (!t.ok())
        return t.error();
    CsvTable& e = *t.value().table;
    const int cls = e.column(QStringLiteral("classSourcedId")), user = e.column("userSourcedId"),
              role = e.column("role"), status = e.column("status");
    while (e.next()) {
        const QString classId = e.value(cls);
        const QString userId = e.value(user);
        const auto ci = m_classIndex.constFind(classId);
        if (ci == m_classIndex.constEnd())
            return e.error(QStringLiteral("the enrollment names an unknown class \"%1\" (not in "
                                          "classes.csv)")
                               .arg(classId));
        const auto pi = m_personIndex.constFind(userId);
        if (pi == m_personIndex.constEnd())
            return e.error(QStringLiteral("the enrollment names an unknown user \"%1\" (not in "
                                          "users.csv)")
                               .arg(userId));
        ClassInfo& k = m_classes[*ci];
        Person& p = m_people[*pi];
        if (!k.inSchool || !p.imported || deleted(e.value(status)))
            continue;
        if (!e.value(role).compare(QLatin1String("student"), Qt::CaseInsensitive)) {
            if (!p.student)
                continue;
            k.students.push_back(*pi);
            if (k.homeroom && p.homeroom.isEmpty())
                p.homeroom = k.title;
        } else if (!p.student) {
            k.teachers.push_back(*pi);
        }
    }
    return e.status();
}

Status Importer::write(RosterReport* report) {
    RosterSync sync(m_storage);
    if (Status st = sync.load(); !st.ok())
        return st;
    for (Person& p : m_people) {
        if (!p.imported)
            continue;
        if (p.student) {
            const Student* before = sync.student(p.sourcedId);
            Student s = before ? *before : Student{};
            s.studentId = p.sourcedId;
            s.givenName = p.given;
            s.familyName = p.family;
            if (!p.preferred.isEmpty())
                s.preferredName = p.preferred;
            s.grade = p.grade;
            s.studentNumber = p.number; // sourcedId stays the id that matches later imports
            if (!p.homeroom.isEmpty())  // no homeroom class: keep what is stored
                s.homeroom = p.homeroom;
            s.active = p.active;
            const Result<RowId> r = sync.putStudent(s, &report->students);
            if (!r.ok())
                return r.status();
            p.rowId = *r;
        } else {
            const Adult* before = sync.adult(p.sourcedId);
            Adult a = before ? *before : Adult{}; // keeps capacity, volunteer, leaving date
            a.adultId = p.sourcedId;
            a.givenName = p.given;
            a.familyName = p.family;
            a.role = p.role;
            a.email = p.email;
            a.active = p.active;
            const Result<RowId> r = sync.putAdult(a, &report->adults);
            if (!r.ok())
                return r.status();
            p.rowId = *r;
        }
    }
    if (m_options.sync) {
        if (Status st = sync.deactivateUnseenStudents(&report->students); !st.ok())
            return st;
        if (Status st = sync.deactivateUnseenAdults(&report->adults); !st.ok())
            return st;
    }

    // The roster's classes replace the stored teaching links.
    QVector<TeachingLink> links;
    for (const ClassInfo& k : m_classes) {
        for (int t : k.teachers) {
            for (int s : k.students)
                links.push_back({m_people[t].rowId, m_people[s].rowId,
                                 sqlText(k.sourcedId).toString(), sqlText(k.title).toString()});
        }
    }
    const Result<int> stored = TeachingLinks::replaceAll(m_storage, std::move(links));
    if (!stored.ok())
        return stored.status();
    report->teachingLinks = *stored;
    if (m_options.demographics)
        return writeDemographics(sync, report);
    return {};
}

Status Importer::writeDemographics(RosterSync& sync, RosterReport* report) {
    if (!m_src.has(QStringLiteral("demographics.csv"))) {
        report->notes << QStringLiteral("demographics were asked for but the export has no "
                                        "demographics.csv");
        return {};
    }
    Result<OpenTable> t =
        openTable(m_src, QStringLiteral("demographics.csv"), {QStringLiteral("sourcedId")});
    if (!t.ok())
        return t.error();
    CsvTable& d = *t.value().table;
    struct Flag {
        const char* column;
        const char* category;
        const char* name;
    };
    static const Flag flags[] = {
        {"americanIndianOrAlaskaNative", "Race", "American Indian or Alaska Native"},
        {"asian", "Race", "Asian"},
        {"blackOrAfricanAmerican", "Race", "Black or African American"},
        {"nativeHawaiianOrOtherPacificIslander", "Race",
         "Native Hawaiian or Other Pacific Islander"},
        {"white", "Race", "White"},
        {"demographicRaceTwoOrMoreRaces", "Race", "Two or more races"},
        {"hispanicOrLatinoEthnicity", "Ethnicity", "Hispanic or Latino"},
    };
    // The export's demographics replace the stored ones.
    if (Status st = m_storage.exec(
            QStringLiteral("DELETE FROM student_group_member WHERE group_id IN (SELECT id FROM "
                           "student_group WHERE category IN ('Sex', 'Race', 'Ethnicity'))"));
        !st.ok())
        return st;
    QHash<QString, RowId> groups;
    auto add = [&](const QString& category, const QString& name, RowId student) -> Status {
        const QString key = category + QLatin1Char('/') + name;
        if (!groups.contains(key)) {
            const Result<RowId> g = StudentGroups::ensure(m_storage, category, name);
            if (!g.ok())
                return g.status();
            groups.insert(key, *g);
        }
        ++report->groupMembers;
        return StudentGroups::addMember(m_storage, groups.value(key), student);
    };
    const int id = d.column(QStringLiteral("sourcedId")), sex = d.column("sex");
    while (d.next()) {
        const RowId student = sync.studentRowId(d.value(id));
        if (!student)
            continue; // another school's, or a staff member's
        QString s = d.plain(sex).toLower();
        if (!s.isEmpty()) {
            s[0] = s[0].toUpper();
            if (Status st = add(QStringLiteral("Sex"), s, student); !st.ok())
                return d.error(st.error().message);
        }
        for (const Flag& f : flags) {
            if (isTrue(d.value(d.column(QLatin1String(f.column)))))
                if (Status st = add(QLatin1String(f.category), QLatin1String(f.name), student);
                    !st.ok())
                    return d.error(st.error().message);
        }
    }
    return d.status();
}

} // namespace

Result<RosterReport> OneRoster::import(Storage& storage, const QString& path,
                                       const OneRosterOptions& options) {
    OneRosterSource src;
    if (Status st = src.open(path); !st.ok())
        return st.error();
    const Result<QVector<OneRosterSchool>> schools = readSchools(src);
    if (!schools.ok())
        return schools.error();
    const Result<OneRosterSchool> school = chooseSchool(*schools, options.school);
    if (!school.ok())
        return school.error();
    const Result<bool> delta = isDelta(src);
    if (!delta.ok())
        return delta.error();
    if (*delta && options.sync)
        return Error{QStringLiteral("this is a delta export (its manifest says so): it holds only "
                                    "what changed, so sync would make everyone else inactive; "
                                    "import it without sync, or use a bulk export"),
                     src.displayName(QStringLiteral("manifest.csv")), 0};

    Importer importer(storage, src, options, *school, schools->size() == 1);
    for (Status (Importer::*step)() :
         {&Importer::readUsers, &Importer::readClasses, &Importer::readEnrollments})
        if (Status st = (importer.*step)(); !st.ok())
            return st.error();

    RosterReport report;
    report.dryRun = options.dryRun;
    Storage::Transaction tx(storage);
    if (Status st = importer.write(&report); !st.ok())
        return st.error();
    // The school's name from orgs.csv, unless the counselor already named it.
    if (storage.setting(QStringLiteral("school_name")).isEmpty() && !school->name.isEmpty()) {
        if (Status st = storage.setSetting(QStringLiteral("school_name"), school->name); !st.ok())
            return st.error();
    }
    if (options.dryRun)
        return report; // rolls back
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return report;
}

} // namespace cm
