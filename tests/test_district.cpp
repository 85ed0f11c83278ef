// A district on one PostgreSQL server (issue 17): row-level security, many
// counselors at once, the same results as a school file, change
// notifications and the district commands. Runs only on the suite's
// throwaway cluster (registered with caringmap_test_on_postgres).
#include "GuiFixture.h"
#include "OneRosterFixture.h"
#include "ServerAddress.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

namespace {

using cmtest::CliRun;
using cmtest::TempSchool;

CliRun caringmap(const QString& db, const QStringList& args,
                 const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    return cmtest::runCaringmap(QStringLiteral(CARINGMAP_EXE),
                                QStringList{QStringLiteral("--db"), db} + args, env);
}

// The server's address as another login role (the suite's IT role is
// caringmap_it), optionally with a school.
QString as(const QString& role, const QString& school = QString()) {
    QString address = TempSchool::serverAddress();
    address.replace(QStringLiteral("user=caringmap_it"), QStringLiteral("user=") + role);
    return school.isEmpty() ? address : cm::ServerAddress::withSchool(address, school);
}

QString schoolOf(const QString& address) {
    return cm::ServerAddress::parse(address).value().school();
}

// A role name no other run of the suite on this cluster has used.
QString uniqueRole(const char* base) {
    static int n = 0;
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1String(base))
        .arg(QCoreApplication::applicationPid())
        .arg(++n);
}

QProcessEnvironment withPassword(const QString& password) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    return env;
}

// psql as that role: each statement's output, errors included. (psql takes
// the address without caringmap's own school= parameter.)
QString psql(const QString& address, const QString& password, const QStringList& statements) {
    QString plain = address;
    plain.remove(QRegularExpression(QStringLiteral("&school=[^&]*")));
    QStringList args{plain, QStringLiteral("-At"), QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=0")};
    for (const QString& s : statements)
        args << QStringLiteral("-c") << s;
    QProcess p;
    p.setProcessEnvironment(withPassword(password));
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("psql"), args);
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAll());
}

QString grant(const QTemporaryDir& dir, const QString& role, const QString& school,
              const QString& kind) {
    const QString password = QStringLiteral("pw-") + role;
    const QString file = cmtest::writeFile(dir, role + QStringLiteral(".pw"), password.toUtf8());
    QStringList args{QStringLiteral("district"), QStringLiteral("grant"), role};
    if (kind == QLatin1String("office"))
        args << QStringLiteral("--office");
    else
        args << QStringLiteral("--school") << school << QStringLiteral("--as") << kind;
    args << QStringLiteral("--password-file") << file;
    const CliRun r = caringmap(TempSchool::serverAddress(), args);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return password;
}

CliRun demo(const QString& db, const char* students, const char* seed) {
    return caringmap(db,
                     {QStringLiteral("demo"), QStringLiteral("--students"),
                      QString::fromLatin1(students), QStringLiteral("--adults"),
                      QStringLiteral("8"), QStringLiteral("--seed"), QString::fromLatin1(seed)});
}

} // namespace

TEST_CASE("district: a counselor of school A sees and changes nothing of school B - through "
          "caringmap and through psql",
          "[district]") {
    QTemporaryDir dir;
    const QString a = TempSchool::newServerSchool();
    const QString b = TempSchool::newServerSchool();
    REQUIRE(demo(a, "60", "1").code == 0);
    REQUIRE(demo(b, "60", "2").code == 0);
    const QString schoolA = schoolOf(a);
    const QString schoolB = schoolOf(b);
    const QString before = cmtest::dump(b);

    const QString counselor = uniqueRole("counselor");
    const QString password = grant(dir, counselor, schoolA, QStringLiteral("counselor"));
    const QProcessEnvironment env = withPassword(password);

    // Through caringmap: school A opens on its own (the only one granted).
    CliRun r = caringmap(as(counselor), {QStringLiteral("summary")}, env);
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Active students")));
    r = caringmap(as(counselor, schoolB), {QStringLiteral("summary")}, env);
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("that you may open")));
    r = caringmap(as(counselor), {QStringLiteral("district"), QStringLiteral("list-schools")}, env);
    CHECK(r.out.contains(schoolA));
    CHECK_FALSE(r.out.contains(schoolB));
    r = caringmap(as(counselor, schoolB),
                  {QStringLiteral("mark"), QStringLiteral("T101"), QStringLiteral("0001001")}, env);
    CHECK(r.code != 0);

    // Through psql with the counselor's password: B's rows are invisible,
    // also after naming B as the session's school, and nothing is written.
    const QString out = psql(
        as(counselor), password,
        {QStringLiteral("SELECT count(*) FROM student"),
         QStringLiteral("SET caringmap.school = '%1'").arg(schoolB),
         QStringLiteral("SELECT count(*) FROM student"),
         QStringLiteral("SELECT count(*) FROM mark"),
         QStringLiteral("UPDATE student SET given_name = 'X'"), QStringLiteral("DELETE FROM mark"),
         QStringLiteral("INSERT INTO student (school_id, student_id, given_name, family_name)"
                        " VALUES ('%1', 'zz', 'Z', 'Z')")
             .arg(schoolB),
         QStringLiteral("SELECT count(*) FROM audit"),
         QStringLiteral("SET caringmap.school = '%1'").arg(schoolA),
         QStringLiteral("SELECT count(*) > 0 FROM student")});
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    INFO(out.toStdString());
    REQUIRE(lines.size() >= 10);
    CHECK(lines[0] == QStringLiteral("0")); // no school chosen: nothing
    CHECK(lines[2] == QStringLiteral("0")); // students of B
    CHECK(lines[3] == QStringLiteral("0")); // marks of B
    CHECK(lines[4] == QStringLiteral("UPDATE 0"));
    CHECK(lines[5] == QStringLiteral("DELETE 0"));
    CHECK(lines[6].contains(QStringLiteral("row-level security")));
    CHECK(lines[7] == QStringLiteral("0"));
    CHECK(lines.last() == QStringLiteral("t")); // and A's own rows are there
    CHECK(cmtest::dump(b) == before);
}

TEST_CASE("district: a viewer reads and never writes; the office sees figures and no student",
          "[district]") {
    QTemporaryDir dir;
    const QString a = TempSchool::newServerSchool();
    REQUIRE(demo(a, "80", "3").code == 0);
    const QString before = cmtest::dump(a);
    const QString viewer = uniqueRole("viewer");
    const QString vpw = grant(dir, viewer, schoolOf(a), QStringLiteral("viewer"));
    CliRun r =
        caringmap(as(viewer, schoolOf(a)), {QStringLiteral("unconnected")}, withPassword(vpw));
    CHECK(r.code == 0);
    const QString student = caringmap(a, {QStringLiteral("unconnected"), QStringLiteral("--format"),
                                          QStringLiteral("csv")})
                                .out.split(QLatin1Char('\n'))
                                .value(1)
                                .section(QLatin1Char(','), 0, 0);
    REQUIRE_FALSE(student.isEmpty());
    r = caringmap(as(viewer, schoolOf(a)),
                  {QStringLiteral("mark"), QStringLiteral("T101"), student}, withPassword(vpw));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("may not change this school")));
    CHECK(psql(as(viewer), vpw,
               {QStringLiteral("SET caringmap.school = '%1'").arg(schoolOf(a)),
                QStringLiteral("DELETE FROM mark")})
              .contains(QStringLiteral("permission denied")));
    CHECK(cmtest::dump(a) == before);

    // IT's summary computes every school and keeps the figures for the office.
    r = caringmap(TempSchool::serverAddress(),
                  {QStringLiteral("district"), QStringLiteral("summary"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const QString office = uniqueRole("office");
    const QString opw = grant(dir, office, QString(), QStringLiteral("office"));
    r = caringmap(as(office),
                  {QStringLiteral("district"), QStringLiteral("summary"),
                   QStringLiteral("--format"), QStringLiteral("json")},
                  withPassword(opw));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonArray schools = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QJsonObject mine;
    for (const QJsonValue& v : schools)
        if (v.toObject().value(QStringLiteral("school")).toString() == schoolOf(a))
            mine = v.toObject();
    const CliRun own = caringmap(
        a, {QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject figures = cmtest::jsonObject(own.out);
    CHECK(mine.value(QStringLiteral("students_active")) ==
          figures.value(QStringLiteral("students_active")));
    CHECK(mine.value(QStringLiteral("unconnected")) ==
          figures.value(QStringLiteral("unconnected")));
    CHECK(mine.value(QStringLiteral("exactly_one")) ==
          figures.value(QStringLiteral("exactly_one")));
    // No student row, not even the school's own through the office's login.
    CHECK(psql(as(office), opw,
               {QStringLiteral("SET caringmap.school = '%1'").arg(schoolOf(a)),
                QStringLiteral("SELECT count(*) FROM student")})
              .contains(QStringLiteral("permission denied")));
    r = caringmap(as(office, schoolOf(a)), {QStringLiteral("unconnected")}, withPassword(opw));
    CHECK(r.code != 0);
}

TEST_CASE("district: two schools give the same lists as two school files", "[district]") {
    QTemporaryDir dir;
    const QString files[] = {dir.filePath(QStringLiteral("a.sqlite")),
                             dir.filePath(QStringLiteral("b.sqlite"))};
    const QString servers[] = {TempSchool::newServerSchool(), TempSchool::newServerSchool()};
    const char* seeds[] = {"11", "12"};
    for (int i = 0; i < 2; ++i) {
        REQUIRE(demo(files[i], "150", seeds[i]).code == 0);
        REQUIRE(demo(servers[i], "150", seeds[i]).code == 0);
        for (const char* format : {"csv", "json"}) {
            const QStringList args{QStringLiteral("unconnected"), QStringLiteral("--format"),
                                   QString::fromLatin1(format)};
            const CliRun f = caringmap(files[i], args);
            const CliRun s = caringmap(servers[i], args);
            REQUIRE(f.code == 0);
            REQUIRE(s.code == 0);
            CHECK(s.out == f.out);
        }
        const QStringList summary{QStringLiteral("summary"), QStringLiteral("--format"),
                                  QStringLiteral("json")};
        CHECK(
            cmtest::jsonObject(caringmap(servers[i], summary).out)
                .value(QStringLiteral("by_grade")) ==
            cmtest::jsonObject(caringmap(files[i], summary).out).value(QStringLiteral("by_grade")));
    }
    // The two schools differ from each other, so the lists above are each
    // school's own and not the district's.
    CHECK(caringmap(servers[0], {QStringLiteral("unconnected")}).out !=
          caringmap(servers[1], {QStringLiteral("unconnected")}).out);
}

TEST_CASE("district: two processes marking at once lose nothing", "[district]") {
    QTemporaryDir dir;
    const QString school = TempSchool::newServerSchool();
    QByteArray students = "student_id,given_name,family_name,grade,homeroom\n";
    for (int i = 1001; i <= 1040; ++i)
        students +=
            "000" + QByteArray::number(i) + ",Given" + QByteArray::number(i) + ",Family,07,7A\n";
    REQUIRE(caringmap(school, {QStringLiteral("import"), QStringLiteral("students"),
                               cmtest::writeFile(dir, QStringLiteral("s.csv"), students)})
                .code == 0);
    REQUIRE(caringmap(school, {QStringLiteral("import"), QStringLiteral("adults"),
                               cmtest::writeFile(dir, QStringLiteral("a.csv"),
                                                 "adult_id,given_name,family_name\n"
                                                 "T101,Ann,One\nT102,Bo,Two\nT103,Cy,Three\n")})
                .code == 0);
    // Two counselors' terminals: each marks every student for its own adult
    // and, at the same time, notes on the same ten pairs (the same rows).
    const auto script = [&](const char* adult) {
        return QStringLiteral(
                   "for s in $(seq -w 1001 1040); do \"$0\" --db \"$1\" mark %1 000$s"
                   " || exit 1; done; for s in $(seq -w 1001 1010); do \"$0\" --db \"$1\""
                   " mark T101 000$s --concern --note \"from %1\" || exit 1; done")
            .arg(QLatin1String(adult));
    };
    const QString before = caringmap(school, {QStringLiteral("summary"), QStringLiteral("--format"),
                                              QStringLiteral("json")})
                               .out;
    QProcess one, two;
    for (QProcess* p : {&one, &two})
        p->setProcessChannelMode(QProcess::MergedChannels);
    one.start(QStringLiteral("bash"),
              {QStringLiteral("-c"), script("T102"), QStringLiteral(CARINGMAP_EXE), school});
    two.start(QStringLiteral("bash"),
              {QStringLiteral("-c"), script("T103"), QStringLiteral(CARINGMAP_EXE), school});
    REQUIRE(one.waitForFinished(300000));
    REQUIRE(two.waitForFinished(300000));
    INFO(QString::fromUtf8(one.readAll() + two.readAll()).toStdString());
    CHECK(one.exitCode() == 0);
    CHECK(two.exitCode() == 0);
    // Every mark of both is there: T102 and T103 each connect all 40, so no
    // student is unconnected; the audit trail has a row for each of the 100.
    const QJsonObject after =
        cmtest::jsonObject(caringmap(school, {QStringLiteral("summary"), QStringLiteral("--format"),
                                              QStringLiteral("json")})
                               .out);
    CHECK(after.value(QStringLiteral("unconnected")).toInt() == 0);
    CHECK(before != QString());
    for (const char* adult : {"T102", "T103"}) {
        const CliRun audit = caringmap(school, {QStringLiteral("audit"), QStringLiteral("--adult"),
                                                QString::fromLatin1(adult),
                                                QStringLiteral("--format"), QStringLiteral("csv")});
        CHECK(audit.out.count(QStringLiteral(",mark,")) >= 40);
    }
    const CliRun concern = caringmap(school, {QStringLiteral("audit"), QStringLiteral("--adult"),
                                              QStringLiteral("T101"), QStringLiteral("--format"),
                                              QStringLiteral("csv")});
    CHECK(concern.out.count(QStringLiteral(",mark,")) >= 20);
}

TEST_CASE("district: an open school sees another counselor's mark within two seconds",
          "[district]") {
    TempSchool school;
    const cm::RowId student =
        school.student(QStringLiteral("S1"), QStringLiteral("Ana"), QStringLiteral("Lopez"));
    const cm::RowId adult =
        school.adult(QStringLiteral("T1"), QStringLiteral("Lee"), QStringLiteral("Kim"));
    cm::SchoolDocument window;
    REQUIRE(window.open(school.dbPath()).ok());
    const cm::Result<cm::Round> round = window.round(QString());
    REQUIRE(round.ok());
    window.setViewedRound(round->id);
    REQUIRE(window.totals().unconnected == 1);
    int marks = 0;
    QObject::connect(&window, &cm::SchoolDocument::markChanged,
                     [&](cm::RowId a, cm::RowId s) { marks += int(a == adult && s == student); });

    // Another counselor, another connection.
    cm::SchoolDocument other;
    REQUIRE(other.open(school.dbPath()).ok());
    REQUIRE(other.setMark(round->id, adult, student, cm::MarkKind::Connected).ok());

    QDeadlineTimer deadline(2000);
    while (window.totals().unconnected != 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    CHECK(window.totals().unconnected == 0);
    CHECK(marks == 1); // one mark applied in place, not a reload
}

TEST_CASE("district: one OneRoster export fills every school - init is safe to rerun",
          "[district]") {
    QTemporaryDir dir;
    const QString zip = OneRosterFixture::twoSchools().writeZip(dir.filePath("district.zip"));
    const QString it = TempSchool::serverAddress();
    CliRun r = caringmap(it, {QStringLiteral("district"), QStringLiteral("init")});
    CHECK(r.code == 0);
    r = caringmap(it, {QStringLiteral("import"), QStringLiteral("oneroster"), zip,
                       QStringLiteral("--all-schools")});
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.code == 0);
    const CliRun list = caringmap(it, {QStringLiteral("district"), QStringLiteral("list-schools"),
                                       QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray schools = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QStringList names;
    for (const QJsonValue& v : schools)
        names << v.toObject().value(QStringLiteral("name")).toString();
    CHECK(names.contains(QStringLiteral("Lincoln Middle")));
    CHECK(r.out.count(QStringLiteral("students:")) == 2);
    // A file-only command says what to use instead.
    r = caringmap(it, {QStringLiteral("backup"), QStringLiteral("list")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("pg_dump")));
}

TEST_CASE("district: File > Connect to a District Server opens the school and remembers it",
          "[district][gui]") {
    cmtest::GuiSchool gui(true, false);
    QAction* connectAction = gui.find<QAction>(QStringLiteral("actionConnectServer"));
    REQUIRE(connectAction);
    // Cancelled: nothing opens.
    connectAction->trigger();
    CHECK_FALSE(gui.context.isOpen());
    // Not an address: said so, nothing opens.
    gui.fake.servers << QStringLiteral("postgresql://nobody@/no-such-district?host=/nonexistent");
    connectAction->trigger();
    CHECK_FALSE(gui.context.isOpen());
    REQUIRE(gui.fake.errors.size() == 1);
    CHECK(
        gui.fake.errors.first().contains(QStringLiteral("cannot connect to the district server")));
    // The school's address: open, and the status bar has its figures.
    gui.fake.servers << gui.school.dbPath();
    connectAction->trigger();
    REQUIRE(gui.context.isOpen());
    CHECK(gui.context.storage().isServer());
    CHECK(gui.statusText().contains(QStringLiteral("unconnected")));
    CHECK(QSettings().value(QStringLiteral("lastServer")).toString() == gui.school.dbPath());
    CHECK(gui.window->windowTitle().contains(
        cm::ServerAddress::parse(gui.school.dbPath())->school()));
}

TEST_CASE("district: a school file moves onto the server with export and import all",
          "[district]") {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lincoln.sqlite"));
    REQUIRE(demo(file, "120", "21").code == 0);
    const QString folder = dir.filePath(QStringLiteral("export"));
    REQUIRE(caringmap(file, {QStringLiteral("export"), folder, QStringLiteral("--with-notes"),
                             QStringLiteral("--with-demographics")})
                .code == 0);
    const QString server = TempSchool::newServerSchool();
    const CliRun r = caringmap(server, {QStringLiteral("import"), QStringLiteral("all"), folder});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    for (const char* command : {"unconnected", "due"}) {
        const QStringList args{QString::fromLatin1(command), QStringLiteral("--format"),
                               QStringLiteral("csv")};
        CHECK(caringmap(server, args).out == caringmap(file, args).out);
    }
    // And back: the server's export imports into a new file, the same school.
    const QString back = dir.filePath(QStringLiteral("back"));
    REQUIRE(caringmap(server, {QStringLiteral("export"), back, QStringLiteral("--with-notes"),
                               QStringLiteral("--with-demographics")})
                .code == 0);
    const QString again = dir.filePath(QStringLiteral("again.sqlite"));
    REQUIRE(caringmap(again, {QStringLiteral("import"), QStringLiteral("all"), back}).code == 0);
    CHECK(cmtest::dump(again) == cmtest::dump(file));
}

TEST_CASE("district: a purge on the server removes the student and keeps the audit append-only",
          "[district][privacy]") {
    TempSchool school;
    cm::SchoolDocument& doc = school.document();
    cm::Student s;
    s.studentId = QStringLiteral("S-7731");
    s.givenName = QStringLiteral("Quintessa");
    s.familyName = QStringLiteral("Vandermolen");
    const cm::Result<cm::RowId> id = doc.addStudent(s);
    REQUIRE(id.ok());
    const cm::RowId adult =
        school.adult(QStringLiteral("A1"), QStringLiteral("Ben"), QStringLiteral("Ortiz"));
    const cm::Result<cm::Round> round = doc.round(QString());
    REQUIRE(round.ok());
    REQUIRE(
        doc.setMark(round->id, adult, *id, cm::MarkKind::Connected, QStringLiteral("quiet")).ok());
    REQUIRE(doc.purgeStudents({*id}).ok());
    cm::Storage& st = school.storage();
    CHECK_FALSE(st.studentByExternalId(QStringLiteral("S-7731")));
    CHECK(st.marks(round->id).isEmpty());
    const QVector<cm::AuditEntry> audit = st.auditEntries();
    REQUIRE_FALSE(audit.isEmpty());
    for (const cm::AuditEntry& e : audit) {
        CHECK_FALSE(e.student.contains(QStringLiteral("Quintessa")));
        CHECK_FALSE(e.student.contains(QStringLiteral("S-7731")));
    }
    // The purge's one permitted update ended with its transaction.
    const cm::Status update = st.exec(QStringLiteral("UPDATE audit SET who = 'someone else'"));
    CHECK_FALSE(update.ok());
    CHECK(update.message().contains(QStringLiteral("append-only")));
}
