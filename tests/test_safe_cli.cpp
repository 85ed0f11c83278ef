// Nothing lost, end to end through the built binary: --db, foreign files,
// output errors, backups and export folders.
#include "Backup.h"
#include "Storage.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

using cmtest::CliRun;

CliRun caringmap(const QStringList& args) {
    return cmtest::runCaringmap(QStringLiteral(CARINGMAP_EXE), args);
}

CliRun withDb(const QString& db, const QStringList& args) {
    return caringmap(QStringList{QStringLiteral("--db"), db} + args);
}

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString demo(const QTemporaryDir& dir) {
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    const CliRun r =
        withDb(db, {QStringLiteral("demo"), QStringLiteral("--students"), QStringLiteral("40"),
                    QStringLiteral("--adults"), QStringLiteral("5")});
    REQUIRE(r.code == 0);
    return db;
}

} // namespace

TEST_CASE("cli safety: an empty --db is a usage mistake, never the default school",
          "[safety-cli]") {
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    for (const QStringList& args :
         {QStringList{QStringLiteral("--db"), QString(), QStringLiteral("summary")},
          QStringList{QStringLiteral("--db="), QStringLiteral("summary")},
          QStringList{QStringLiteral("summary"), QStringLiteral("--db")},
          QStringList{QStringLiteral("--db="), QStringLiteral("report"), QStringLiteral("summary"),
                      QStringLiteral("--output"), home.filePath(QStringLiteral("x.pdf"))}}) {
        const CliRun r = cmtest::runCaringmap(QStringLiteral(CARINGMAP_EXE), args, env);
        INFO(args.join(QLatin1Char(' ')).toStdString() + " -> " + r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("--db needs a file")));
    }
    // Nothing was created anywhere under the home folder.
    CHECK(QDir(home.path())
              .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("cli safety: another program's database is refused and not changed", "[safety-cli]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photos.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "photos");
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE photo (file TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO photo VALUES ('beach.jpg')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("photos"));
    const QByteArray before = bytesOf(path);
    for (const char* command : {"summary", "unconnected"}) {
        const CliRun r = withDb(path, {QLatin1String(command)});
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("not a caringmap database")));
    }
    const CliRun mark =
        withDb(path, {QStringLiteral("round"), QStringLiteral("new"), QStringLiteral("Fall")});
    CHECK(mark.code == 1);
    CHECK(bytesOf(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("cli safety: output that cannot be written fails with the reason", "[safety-cli]") {
    QTemporaryDir dir;
    const QString db = demo(dir);
    for (const QStringList& args :
         {QStringList{QStringLiteral("unconnected"), QStringLiteral("--format"),
                      QStringLiteral("csv")},
          QStringList{QStringLiteral("summary")}, QStringList{QStringLiteral("--help")}}) {
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(CARINGMAP_EXE), QStringList{QStringLiteral("--db"), db} + args);
        REQUIRE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(args.join(QLatin1Char(' ')).toStdString() + " -> " + err.toStdString());
        CHECK(p.exitCode() == 1);
        CHECK(err.contains(QStringLiteral("the output could not be written")));
        CHECK(err.contains(QStringLiteral("disk is full")));
    }
}

TEST_CASE("cli safety: backup list skips an unreadable backup and says so", "[safety-cli]") {
    QTemporaryDir dir;
    const QString db = demo(dir);
    const QString folder = cm::Backup::folderFor(db);
    REQUIRE(QDir().mkpath(folder));
    const QString broken =
        QDir(folder).filePath(QStringLiteral("29991231T235959000Z-import.sqlite"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const CliRun export1 = withDb(db, {QStringLiteral("export"), dir.filePath("out")});
    REQUIRE(export1.code == 0);
    const CliRun imported = withDb(db, {QStringLiteral("import"), dir.filePath("out")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const CliRun list = withDb(db, {QStringLiteral("backup"), QStringLiteral("list")});
    INFO(list.out.toStdString() + list.err.toStdString());
    CHECK(list.code == 0);
    CHECK_FALSE(list.out.contains(broken));
    CHECK(list.err.contains(QStringLiteral("skipped: %1 is not a readable backup").arg(broken)));
}

TEST_CASE("cli safety: import all refuses an export without its manifest or with a file "
          "missing",
          "[safety-cli]") {
    QTemporaryDir dir;
    const QString db = demo(dir);
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(withDb(db, {QStringLiteral("export"), out}).code == 0);
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(QFile::remove(QDir(out).filePath(QStringLiteral("marks.csv"))));
    CliRun r = withDb(copy, {QStringLiteral("import"), out});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("marks.csv: is missing")));
    REQUIRE(QFile::remove(QDir(out).filePath(QStringLiteral("manifest.csv"))));
    r = withDb(copy, {QStringLiteral("import"), QStringLiteral("all"), out});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("manifest.csv is missing")));
    cm::Storage s;
    REQUIRE(s.open(copy).ok());
    CHECK(s.students().isEmpty());
}

TEST_CASE("cli safety: a mark that cannot take the lock is not saved", "[safety-cli]") {
    QTemporaryDir dir;
    const QString db = demo(dir);
    cm::Storage window; // another program in the middle of a write
    REQUIRE(window.open(db).ok());
    const cm::Adult adult = window.adults().first();
    cm::Student student;
    for (const cm::Student& s : window.students())
        if (!window.mark(window.rounds().last().id, adult.id, s.id))
            student = s;
    REQUIRE(student.id != 0);
    const QString before = cmtest::dump(window);
    {
        cm::Storage::Transaction hold(window);
        REQUIRE(hold.status().ok());
        const CliRun r = withDb(db, {QStringLiteral("mark"), adult.adultId, student.studentId});
        INFO(r.out.toStdString() + r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(
            QStringLiteral("the school is locked by another program; nothing was saved")));
    }
    CHECK(cmtest::dump(window) == before);
}
