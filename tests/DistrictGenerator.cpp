#include "DistrictGenerator.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>

namespace cmbench {

namespace {

const char* const kGiven[] = {
    "Aaliyah", "Ahmed",  "Alejandro", "Amara",   "Ananya", "Benjamin", "Camila", "Chloé",
    "Daniel",  "Darius", "Dmitri",    "Elena",   "Emma",   "Ethan",    "Fatima", "Gabriel",
    "Grace",   "Hana",   "Isabella",  "Jamal",   "José",   "Kai",      "Layla",  "Liam",
    "Lucía",   "Malik",  "Maya",      "Mateo",   "Mia",    "Nia",      "Noah",   "Olivia",
    "Omar",    "Priya",  "Quinn",     "Rafael",  "Riya",   "Samuel",   "Sofía",  "Tariq",
    "Thu",     "Uma",    "Valentina", "William", "Xavier", "Yara",     "Zoë",    "Zoe"};
const char* const kFamily[] = {
    "Adams",  "Ahmed",    "Anderson", "Bianchi", "Brown",      "Chen",  "Clark",    "Cruz",
    "Davis",  "Diallo",   "Dubois",   "Evans",   "García",     "Gómez", "Hall",     "Haddad",
    "Ivanov", "Jackson",  "Johnson",  "Kim",     "Kowalski",   "Lee",   "López",    "Martin",
    "Müller", "Nguyen",   "Nguyễn",   "O'Brien", "Okafor",     "Patel", "Pérez",    "Quinn",
    "Ramos",  "Robinson", "Rossi",    "Santos",  "Schmidt",    "Singh", "Smith",    "Søren",
    "Taylor", "Thompson", "Tran",     "Walker",  "Washington", "White", "Williams", "Young"};
const char* const kSubjects[] = {"English", "Mathematics", "Biology", "World History",
                                 "Spanish", "Chemistry",   "Art",     "Physical Education"};
const char* const kNotes[] = {"Coaches soccer", "Talks after class, most days",
                              "Advisor, robotics club", "Knows the family"};

// Fisher-Yates with our generator: the same order on every platform.
template <class T> void shuffle(QVector<T>& v, QRandomGenerator& rng) {
    for (int i = int(v.size()) - 1; i > 0; --i)
        std::swap(v[i], v[int(rng.bounded(quint32(i + 1)))]);
}

template <size_t N> QString pick(const char* const (&list)[N], QRandomGenerator& rng) {
    return QString::fromUtf8(list[rng.bounded(quint32(N))]);
}

// One CSV record; quotes a field that needs it (RFC 4180).
void record(QByteArray& out, const QStringList& fields) {
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        QByteArray f = fields[i].toUtf8();
        if (f.contains(',') || f.contains('"') || f.contains('\n'))
            f = '"' + f.replace("\"", "\"\"") + '"';
        out += f;
    }
    out += '\n';
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

void DistrictGenerator::makePeople() {
    for (int i = 0; i < m_o.students; ++i) {
        Person p;
        p.id = QStringLiteral("S%1").arg(100001 + i);
        p.given = pick(kGiven, m_rng);
        p.family = pick(kFamily, m_rng);
        p.role = QStringLiteral("student");
        p.grade = 9 + i % 4;
        if (m_rng.bounded(100u) < 2) // moved away: still in the export, to be deleted
            p.status = "tobedeleted";
        m_students.push_back(p);
    }
    static const char* const roles[] = {"teacher", "aide", "administrator", "proctor"};
    for (int i = 0; i < m_o.adults; ++i) {
        Person p;
        p.id = QStringLiteral("T%1").arg(20001 + i);
        p.given = pick(kGiven, m_rng);
        p.family = pick(kFamily, m_rng);
        const quint32 r = m_rng.bounded(100u);
        p.role = QString::fromLatin1(roles[r < 70 ? 0 : r < 84 ? 1 : r < 92 ? 2 : 3]);
        const quint32 gone = m_rng.bounded(100u);
        if (gone < 3)
            p.enabled = false;
        else if (gone < 5)
            p.status = "tobedeleted";
        if (p.role == QLatin1String("teacher"))
            m_teachers.push_back(i);
        if (!p.active())
            m_inactiveAdults.push_back(i);
        m_adults.push_back(p);
    }
    if (m_teachers.isEmpty())
        m_teachers.push_back(0);
}

// Homerooms of homeroomSize and, per grade and period, sections of 30; each
// class has one teacher, so every student gets a homeroom teacher and one
// teacher per period (the teaching links of the import).
void DistrictGenerator::makeClasses() {
    m_teachersOf.resize(m_students.size());
    for (int grade = 9; grade <= 12; ++grade) {
        QVector<int> ofGrade;
        for (int s = 0; s < m_students.size(); ++s)
            if (m_students[s].grade == grade)
                ofGrade.push_back(s);
        for (int period = 0; period <= m_o.periods; ++period) {
            shuffle(ofGrade, m_rng);
            const int size = period == 0 ? m_o.homeroomSize : 30;
            for (int first = 0, n = 1; first < ofGrade.size(); first += size, ++n) {
                Class c;
                c.homeroom = period == 0;
                c.grade = grade;
                c.id = QStringLiteral("C%1").arg(m_classes.size() + 1);
                c.title =
                    c.homeroom
                        ? QStringLiteral("HR %1-%2").arg(grade).arg(n, 3, 10, QLatin1Char('0'))
                        : QStringLiteral("%1 %2, period %3, section %4")
                              .arg(pick(kSubjects, m_rng))
                              .arg(grade)
                              .arg(period)
                              .arg(n);
                c.teacher = m_teachers[int(m_rng.bounded(quint32(m_teachers.size())))];
                c.students = ofGrade.mid(first, size);
                for (int s : c.students)
                    if (!m_teachersOf[s].contains(c.teacher))
                        m_teachersOf[s].push_back(c.teacher);
                m_classes.push_back(c);
            }
        }
    }
}

// Per-student mark counts around the mean, adjusted to add up to total exactly.
int DistrictGenerator::markCounts(QVector<int>& k, int total, int minimum) {
    if (k.isEmpty())
        return 0;
    const int mean = qMax(1, int(double(total) / k.size() + 0.5));
    const int cap = qMin(m_o.adults, 3 * mean + 10);
    int sum = 0;
    for (int& n : k) {
        n = qMin(cap, 1 + int(m_rng.bounded(quint32(2 * mean - 1))));
        sum += n;
    }
    for (int i = 0, stuck = 0; sum != total && stuck < k.size(); i = (i + 1) % k.size()) {
        const int step = sum < total ? 1 : -1;
        if ((step > 0 && k[i] < cap) || (step < 0 && k[i] > minimum)) {
            k[i] += step;
            sum += step;
            stuck = 0;
        } else {
            ++stuck;
        }
    }
    return sum;
}

// k distinct adults for one student: their teachers first, then anyone
// (counselors, coaches, aides); a few of the marks are concerns.
void DistrictGenerator::chooseAdults(int student, int k, QVector<Mark>& out) {
    QVector<int> teachers = m_teachersOf[student];
    shuffle(teachers, m_rng);
    QSet<int> chosen;
    for (int i = 0; chosen.size() < k; ++i) {
        const int a =
            i < teachers.size() ? teachers[i] : int(m_rng.bounded(quint32(m_adults.size())));
        if (chosen.contains(a))
            continue;
        chosen.insert(a);
        Mark m{a, student, m_rng.bounded(100u) < 3, -1};
        if (m_rng.bounded(100u) < 2)
            m.note = int(m_rng.bounded(quint32(std::size(kNotes))));
        out.push_back(m);
    }
}

// Rows of one round: unmarked students, students only flagged "may benefit",
// students marked only by adults who left, and the rest marked by several.
QVector<DistrictGenerator::Mark> DistrictGenerator::makeMarks(int total, double unmarkedShare,
                                                              int* unconnected) {
    QVector<Mark> marks;
    QVector<int> normal;
    for (int s = 0; s < m_students.size(); ++s) {
        const double r = m_rng.generateDouble();
        if (r < unmarkedShare)
            continue;
        if (r < unmarkedShare + 0.015 ||
            (r < unmarkedShare + 0.02 && !m_inactiveAdults.isEmpty())) {
            const int n = 1 + int(m_rng.bounded(2u));
            const bool concern = r < unmarkedShare + 0.015;
            for (int i = 0; i < n; ++i) {
                const int a =
                    concern
                        ? int(m_rng.bounded(quint32(m_adults.size())))
                        : m_inactiveAdults[int(m_rng.bounded(quint32(m_inactiveAdults.size())))];
                if (std::none_of(marks.end() - i, marks.end(),
                                 [&](const Mark& m) { return m.adult == a; }))
                    marks.push_back(Mark{a, s, concern, -1});
            }
            continue;
        }
        normal.push_back(s);
    }
    QVector<int> k(normal.size());
    const int rest = qMax(0, total - int(marks.size()));
    markCounts(k, rest, rest >= normal.size() ? 1 : 0);
    for (int i = 0; i < normal.size(); ++i)
        chooseAdults(normal[i], k[i], marks);
    std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
        return a.adult != b.adult ? a.adult < b.adult : a.student < b.student;
    });
    QVector<bool> connected(m_students.size(), false);
    for (const Mark& m : marks)
        connected[m.student] = connected[m.student] || (!m.concern && m_adults[m.adult].active());
    *unconnected = 0;
    for (int s = 0; s < m_students.size(); ++s)
        *unconnected += m_students[s].active() && !connected[s];
    return marks;
}

QByteArray DistrictGenerator::usersCsv() const {
    QByteArray out("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,"
                   "userIds,givenName,familyName,middleName,identifier,email,sms,phone,"
                   "agentSourcedIds,grades,password\n");
    for (const Person& p : m_students)
        record(out,
               {p.id, QString::fromLatin1(p.status), QStringLiteral("2026-08-01"),
                QStringLiteral("true"), QStringLiteral("SCH1"), p.role, p.id.toLower(), QString(),
                p.given, p.family, QString(), p.id, QString(), QString(), QString(), QString(),
                QStringLiteral("%1").arg(p.grade, 2, 10, QLatin1Char('0')), QString()});
    for (const Person& p : m_adults)
        record(out, {p.id, QString::fromLatin1(p.status), QStringLiteral("2026-08-01"),
                     p.enabled ? QStringLiteral("true") : QStringLiteral("false"),
                     QStringLiteral("SCH1"), p.role, p.id.toLower(), QString(), p.given, p.family,
                     QString(), p.id, p.id.toLower() + QStringLiteral("@district.example"),
                     QString(), QString(), QString(), QString(), QString()});
    return out;
}

QByteArray DistrictGenerator::classesCsv() const {
    QByteArray out("sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,"
                   "classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,"
                   "periods\n");
    for (const Class& c : m_classes)
        record(out,
               {c.id, QStringLiteral("active"), QString(), c.title,
                QStringLiteral("%1").arg(c.grade, 2, 10, QLatin1Char('0')), QString(), c.id,
                c.homeroom ? QStringLiteral("homeroom") : QStringLiteral("scheduled"), QString(),
                QStringLiteral("SCH1"), QStringLiteral("T2026"), QString(), QString(), QString()});
    return out;
}

QByteArray DistrictGenerator::enrollmentsCsv(int* rows) const {
    QByteArray out("sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,"
                   "userSourcedId,role,primary,beginDate,endDate\n");
    int e = 0;
    for (const Class& c : m_classes) {
        record(out, {QStringLiteral("E%1").arg(++e), QStringLiteral("active"), QString(), c.id,
                     QStringLiteral("SCH1"), m_adults[c.teacher].id, QStringLiteral("teacher"),
                     QStringLiteral("true"), QString(), QString()});
        for (int s : c.students)
            record(out, {QStringLiteral("E%1").arg(++e), QStringLiteral("active"), QString(), c.id,
                         QStringLiteral("SCH1"), m_students[s].id, QStringLiteral("student"),
                         QStringLiteral("false"), QString(), QString()});
    }
    *rows = e;
    return out;
}

QByteArray DistrictGenerator::marksCsv(const QVector<Mark>& marks, const QVector<Person>& adults,
                                       const QVector<Person>& students) {
    QByteArray out("adult_id,student_id,mark,note\n");
    for (const Mark& m : marks)
        record(out, {adults[m.adult].id, students[m.student].id,
                     m.concern ? QStringLiteral("concern") : QStringLiteral("connected"),
                     m.note < 0 ? QString() : QString::fromUtf8(kNotes[m.note])});
    return out;
}

bool DistrictGenerator::write(const QString& dir, DistrictFiles* files, QString* error) {
    makePeople();
    makeClasses();
    const QDir d(dir);
    files->oneRosterDir = d.filePath(QStringLiteral("oneroster"));
    files->firstMarksCsv = d.filePath(QStringLiteral("marks-fall.csv"));
    files->secondMarksCsv = d.filePath(QStringLiteral("marks-spring.csv"));
    if (!QDir().mkpath(files->oneRosterDir)) {
        *error = QStringLiteral("cannot make %1").arg(files->oneRosterDir);
        return false;
    }
    const QDir r(files->oneRosterDir);
    const QByteArray manifest("propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n");
    const QByteArray orgs("sourcedId,status,dateLastModified,name,type,identifier,"
                          "parentSourcedId\nDIS1,active,,Riverside Unified,district,,\n"
                          "SCH1,active,,Riverside High,school,RHS,DIS1\n");
    if (!writeFile(r.filePath(QStringLiteral("manifest.csv")), manifest, error) ||
        !writeFile(r.filePath(QStringLiteral("orgs.csv")), orgs, error) ||
        !writeFile(r.filePath(QStringLiteral("users.csv")), usersCsv(), error) ||
        !writeFile(r.filePath(QStringLiteral("classes.csv")), classesCsv(), error) ||
        !writeFile(r.filePath(QStringLiteral("enrollments.csv")),
                   enrollmentsCsv(&files->enrollments), error))
        return false;
    // The second meeting is smaller: more students nobody has marked yet.
    const QVector<Mark> first = makeMarks(m_o.firstMarks, 0.06, &files->unconnected[0]);
    const QVector<Mark> second = makeMarks(m_o.secondMarks, 0.14, &files->unconnected[1]);
    if (!writeFile(files->firstMarksCsv, marksCsv(first, m_adults, m_students), error) ||
        !writeFile(files->secondMarksCsv, marksCsv(second, m_adults, m_students), error))
        return false;
    files->activeStudents = int(std::count_if(m_students.begin(), m_students.end(),
                                              [](const Person& p) { return p.active(); }));
    files->activeAdults = int(std::count_if(m_adults.begin(), m_adults.end(),
                                            [](const Person& p) { return p.active(); }));
    files->classes = int(m_classes.size());
    files->homerooms = int(std::count_if(m_classes.begin(), m_classes.end(),
                                         [](const Class& c) { return c.homeroom; }));
    return true;
}

} // namespace cmbench
