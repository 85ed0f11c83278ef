// Killed imports: `caringmap import students` on a few thousand rows is
// killed with SIGKILL at moments spread over its run, many times. After each
// kill the database passes PRAGMA integrity_check and holds exactly the state
// before the import or the state after it, never a mix.
#include "Storage.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

using cmtest::TempSchool;

namespace {

constexpr int kRows = 3000;
constexpr int kKills = 20;

QByteArray studentsCsv() {
    QByteArray csv = "student_id,given_name,family_name,grade,homeroom\n";
    for (int i = 0; i < kRows; ++i)
        csv += QStringLiteral("S%1,Given%1,Family%2,0%3,%3B\n")
                   .arg(i)
                   .arg(i % 97)
                   .arg(6 + i % 3)
                   .toUtf8();
    return csv;
}

QString integrity(const QString& path) {
    const QString name = QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString dumpOf(const QString& path) {
    cm::Storage s;
    REQUIRE(s.open(path).ok());
    return cmtest::dump(s);
}

// Starts the import on a fresh copy of the "before" school, kills it after
// `ms` milliseconds (unless it ended), and returns the copy's path.
QString killedImport(const QString& before, const QString& csv, const QString& dir, int run,
                     int ms) {
    const QString db = QDir(dir).filePath(QStringLiteral("run%1.sqlite").arg(run));
    REQUIRE(QFile::copy(before, db));
    QProcess p;
    p.start(QStringLiteral(CARINGMAP_EXE), {QStringLiteral("--db"), db, QStringLiteral("import"),
                                            QStringLiteral("students"), csv});
    REQUIRE(p.waitForStarted());
    if (!p.waitForFinished(ms)) {
        p.kill(); // SIGKILL
        p.waitForFinished();
    }
    return db;
}

} // namespace

TEST_CASE("crash: an import killed at any moment leaves the before or the after state", "[crash]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString csv = cmtest::writeFile(dir, QStringLiteral("students.csv"), studentsCsv());
    const QString before = dir.filePath(QStringLiteral("before.sqlite"));
    {
        cm::Storage s;
        REQUIRE(s.open(before).ok());
        for (int i = 0; i < 50; ++i) { // some the import changes, some it leaves
            cm::Student st;
            st.studentId = QStringLiteral("S%1").arg(i * 7);
            st.givenName = QStringLiteral("Old");
            st.familyName = QStringLiteral("Name");
            st.grade = QStringLiteral("06");
            st.homeroom = QStringLiteral("6A");
            REQUIRE(s.addStudent(st).ok());
        }
    } // closed: the file holds everything
    const QString beforeDump = dumpOf(before);

    // One import left to finish: the "after" state and how long a run takes.
    QElapsedTimer timer;
    timer.start();
    const QString done = killedImport(before, csv, dir.path(), 0, 120000);
    const int full = int(timer.elapsed());
    const QString afterDump = dumpOf(done);
    REQUIRE(afterDump != beforeDump);

    int sawBefore = 0;
    int sawAfter = 0;
    for (int run = 1; run <= kKills; ++run) {
        // Kill moments spread from the start to past the end of a full run.
        const int ms = full * 6 * run / (5 * kKills);
        const QString db = killedImport(before, csv, dir.path(), run, ms);
        INFO("run " << run << ": killed after " << ms << " ms of " << full);
        CHECK(integrity(db) == QStringLiteral("ok"));
        const QString now = dumpOf(db);
        const bool isBefore = now == beforeDump;
        const bool isAfter = now == afterDump;
        CHECK((isBefore || isAfter));
        sawBefore += isBefore;
        sawAfter += isAfter;
    }
    // On a loaded machine every kill may land before the import ends: one
    // kill well after a full run's time shows the committed side too.
    for (int late = 1; sawAfter == 0 && late <= 3; ++late) {
        const QString db =
            killedImport(before, csv, dir.path(), kKills + late, full * (2 + 2 * late) + 500);
        const QString now = dumpOf(db);
        CHECK((now == beforeDump || now == afterDump));
        sawAfter += now == afterDump;
    }
    INFO(sawBefore << " before, " << sawAfter << " after");
    CHECK(sawBefore > 0);
    CHECK(sawAfter > 0);
}
