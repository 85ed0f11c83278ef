// Benchmark: imports a generated district-size OneRoster export (50,000
// students, 4,000 staff, 500,000 enrollments) and prints rows per second and
// peak memory. Built with the tests, not run by CTest:
//   ./build/tests/bench_import [--students N] [--staff N] [--enrollments N]
// (bench_district times the same import as a whole `caringmap` command.)
#include "OneRoster.h"
#include "Storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

using namespace cm;

namespace {

long peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024; // kilobytes on Linux
}

struct Counts {
    qint64 users = 0;
    qint64 classes = 0;
    qint64 enrollments = 0;
};

Counts generate(const QString& dir, int students, int staff, qint64 enrollments) {
    Counts c;
    auto open = [&](const char* name, QFile& f) {
        f.setFileName(QDir(dir).filePath(QLatin1String(name)));
        f.open(QIODevice::WriteOnly);
    };
    QFile f;
    open("manifest.csv", f);
    f.write("propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n");
    f.close();
    open("orgs.csv", f);
    f.write("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
            "D1,active,,Big District,district,,\nS1,active,,Big High,school,,D1\n");
    f.close();

    open("users.csv", f);
    f.write("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,"
            "userIds,givenName,familyName,middleName,identifier,email,sms,phone,"
            "agentSourcedIds,grades,password\n");
    for (int i = 0; i < students; ++i)
        f.write(QStringLiteral("stu%1,active,2026-08-01,true,S1,student,s%1,,Given%1,Family%2,,"
                               "%1,,,,,%3,\n")
                    .arg(i)
                    .arg(i % 9973)
                    .arg(6 + i % 7, 2, 10, QLatin1Char('0'))
                    .toUtf8());
    for (int i = 0; i < staff; ++i)
        f.write(QStringLiteral("tch%1,active,,true,S1,%2,t%1,,Staff%1,Surname%1,,,t%1@d.org,,,,,\n")
                    .arg(i)
                    .arg(i % 10 == 0 ? QStringLiteral("aide") : QStringLiteral("teacher"))
                    .toUtf8());
    f.close();
    c.users = students + staff;

    // Homerooms of 25, then scheduled classes of one teacher and 27 students
    // until the enrollment count is reached.
    const int homerooms = (students + 24) / 25;
    const qint64 homeroomEnrollments = students + homerooms;
    const qint64 scheduled = qMax<qint64>(0, (enrollments - homeroomEnrollments) / 28);
    open("classes.csv", f);
    f.write("sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,"
            "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n");
    for (int h = 0; h < homerooms; ++h)
        f.write(
            QStringLiteral("hr%1,active,,Homeroom %1,,,HR%1,homeroom,,S1,,,,\n").arg(h).toUtf8());
    for (qint64 k = 0; k < scheduled; ++k)
        f.write(QStringLiteral("cl%1,active,,Course %2 section %1,,,C%1,scheduled,,S1,,,,\n")
                    .arg(k)
                    .arg(k % 300)
                    .toUtf8());
    f.close();
    c.classes = homerooms + scheduled;

    open("enrollments.csv", f);
    f.write("sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,"
            "primary,beginDate,endDate\n");
    qint64 e = 0;
    for (int h = 0; h < homerooms; ++h) {
        f.write(QStringLiteral("e%1,active,,hr%2,S1,tch%3,teacher,true,,\n")
                    .arg(e++)
                    .arg(h)
                    .arg(h % staff)
                    .toUtf8());
        for (int s = h * 25; s < qMin(students, h * 25 + 25); ++s)
            f.write(QStringLiteral("e%1,active,,hr%2,S1,stu%3,student,,,\n")
                        .arg(e++)
                        .arg(h)
                        .arg(s)
                        .toUtf8());
    }
    for (qint64 k = 0; k < scheduled; ++k) {
        f.write(QStringLiteral("e%1,active,,cl%2,S1,tch%3,teacher,true,,\n")
                    .arg(e++)
                    .arg(k)
                    .arg(k % staff)
                    .toUtf8());
        const int base = int((k * 27) % students);
        for (int s = 0; s < 27; ++s) {
            f.write(QStringLiteral("e%1,active,,cl%2,S1,stu%3,student,,,\n")
                        .arg(e++)
                        .arg(k)
                        .arg((base + s) % students)
                        .toUtf8());
        }
    }
    f.close();
    c.enrollments = e;
    return c;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Imports a generated district-size OneRoster export twice (first import, "
                       "then a re-import that changes nothing) and prints rows per second."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("students"), QStringLiteral("Students (50000)."), QStringLiteral("N"),
         QStringLiteral("50000")},
        {QStringLiteral("staff"), QStringLiteral("Staff (4000)."), QStringLiteral("N"),
         QStringLiteral("4000")},
        {QStringLiteral("enrollments"), QStringLiteral("Enrollments (500000)."),
         QStringLiteral("N"), QStringLiteral("500000")},
    });
    parser.process(app);
    bool ok1 = false, ok2 = false, ok3 = false;
    const int students = parser.value(QStringLiteral("students")).toInt(&ok1);
    const int staff = parser.value(QStringLiteral("staff")).toInt(&ok2);
    const qint64 enrollments = parser.value(QStringLiteral("enrollments")).toLongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || students < 1 || staff < 1 || enrollments < 0) {
        std::fprintf(stderr, "bench_import: --students and --staff take a whole number from 1, "
                             "--enrollments from 0\n");
        return 2;
    }
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString exportDir = dir.filePath(QStringLiteral("oneroster"));
    QDir().mkpath(exportDir);
    QElapsedTimer t;
    t.start();
    const Counts c = generate(exportDir, students, staff, enrollments);
    const qint64 rows = c.users + c.classes + c.enrollments;
    out << "Generated " << c.users << " users, " << c.classes << " classes, " << c.enrollments
        << " enrollments in " << t.elapsed() << " ms\n";
    out.flush();

    Storage storage;
    if (Status st = storage.open(dir.filePath(QStringLiteral("bench.sqlite"))); !st.ok()) {
        out << "cannot open: " << st.message() << "\n";
        return 1;
    }
    for (const char* pass : {"first import (empty school)", "re-import (nothing changes)"}) {
        t.restart();
        OneRosterOptions o;
        o.sync = true;
        const Result<RosterReport> r = OneRoster::import(storage, exportDir, o);
        const qint64 ms = qMax<qint64>(1, t.elapsed());
        if (!r.ok()) {
            out << "import failed: " << r.message() << "\n";
            return 1;
        }
        out << pass << ": " << ms << " ms, " << qint64(rows * 1000.0 / ms) << " rows/s; "
            << r->summary() << "; peak memory " << peakRssMb() << " MB\n";
        out.flush();
    }
    return 0;
}
