// Full export, the exact round trip, and backups.
#include "Backup.h"
#include "DemoSchool.h"
#include "SchoolExport.h"
#include "StudentGroups.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cm;
using cmtest::TempSchool;

namespace {
bool ownerOnly(const QString& path) {
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return (QFile::permissions(path) & others) == 0;
}

QString readAll(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}
} // namespace

TEST_CASE("export: the demo school round-trips exactly into an empty database",
          "[export][sqlite-only]") {
    TempSchool original;
    DemoOptions options;
    options.students = 120;
    options.adults = 14;
    REQUIRE(DemoSchool::create(original.storage(), options).ok());
    // Awkward values: formulas, quotes, a closed round.
    Student s =
        *original.storage().studentByExternalId(original.storage().students().first().studentId);
    s.preferredName = QStringLiteral("=HYPERLINK(\"x\")");
    s.familyName = QStringLiteral("-O'Brien, \"Jr\"");
    REQUIRE(original.storage().updateStudent(s).ok());
    REQUIRE(original.storage()
                .exec(QStringLiteral("UPDATE round SET closed = opened WHERE id = "
                                     "(SELECT min(id) FROM round)"))
                .ok());

    QTemporaryDir out;
    const Result<QStringList> files = SchoolExport::exportTo(original.storage(), out.path());
    REQUIRE(files.ok());
    CHECK(files->size() == 9); // eight tables (audit.csv too) and manifest.csv
    for (const QString& f : *files)
        CHECK(ownerOnly(f));
    const QString students = readAll(out.filePath(QStringLiteral("students.csv")));
    CHECK(students.startsWith(QStringLiteral("student_id,given_name,family_name,preferred_name,"
                                             "grade,homeroom,active,student_number\r\n")));
    CHECK(students.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
    CHECK(students.contains(QStringLiteral("\"'-O'Brien, \"\"Jr\"\"\"")));

    TempSchool copy;
    const Result<RosterReport> r = SchoolExport::importFrom(copy.storage(), out.path());
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->backupPath.isEmpty()); // the school was empty
    CHECK(r->students.added == 120);
    CHECK(cmtest::dump(copy.storage()) == cmtest::dump(original.storage()));

    // Again: nothing changes.
    const QString before = cmtest::dump(copy.storage());
    const Result<RosterReport> again = SchoolExport::importFrom(copy.storage(), out.path());
    REQUIRE(again.ok());
    CHECK(again->students.unchanged == 120);
    CHECK(again->students.changes() == 0);
    CHECK(cmtest::dump(copy.storage()) == before);
}

TEST_CASE("export: a bad export folder imports nothing and names file and line", "[export]") {
    TempSchool school;
    school.student(QStringLiteral("S1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
    const QString before = cmtest::dump(school.storage());
    QTemporaryDir dir;
    auto write = [&](const char* name, const QByteArray& content) {
        QFile f(dir.filePath(QLatin1String(name)));
        f.open(QIODevice::WriteOnly);
        f.write(content);
    };
    write("students.csv", "student_id,given_name,family_name,active\nS2,Bo,Kim,maybe\n");
    write("adults.csv", "adult_id,given_name,family_name\n");
    REQUIRE(SchoolExport::sealFolder(dir.path()).ok());
    const Result<RosterReport> active =
        SchoolExport::importFrom(school.storage(), dir.path(), ImportOptions{});
    REQUIRE_FALSE(active.ok());
    CHECK(active.error().line == 2);
    CHECK(active.error().message.contains(QStringLiteral("maybe")));
    write("students.csv", "student_id,given_name,family_name,active\nS2,Bo,Kim,\n");
    write("adults.csv", "adult_id,given_name,family_name\nA1,Cy,Ode\n");
    write("marks.csv", "round,adult_id,student_id,mark\nFall,A1,S2,connected\n");
    REQUIRE(SchoolExport::sealFolder(dir.path()).ok());
    const Result<RosterReport> r =
        SchoolExport::importFrom(school.storage(), dir.path(), ImportOptions{});
    INFO(r.message().toStdString());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file.endsWith(QStringLiteral("marks.csv")));
    CHECK(r.error().line == 2);
    CHECK(r.error().message.contains(QStringLiteral("unknown round")));
    CHECK(cmtest::dump(school.storage()) == before);
}

TEST_CASE("backup: an import into a school makes a backup that restores it",
          "[backup][sqlite-only]") {
    TempSchool school;
    school.student(QStringLiteral("S1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
    const QString before = cmtest::dump(school.storage());
    QTemporaryDir dir;
    {
        QFile f(dir.filePath(QStringLiteral("students.csv")));
        f.open(QIODevice::WriteOnly);
        f.write("student_id,given_name,family_name\nS1,Anna,Lee\nS2,Bo,Kim\n");
        QFile a(dir.filePath(QStringLiteral("adults.csv")));
        a.open(QIODevice::WriteOnly);
        a.write("adult_id,given_name,family_name\n");
    }
    REQUIRE(SchoolExport::sealFolder(dir.path()).ok());
    const Result<RosterReport> r = school.document().importFolder(dir.path(), {});
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    REQUIRE_FALSE(r->backupPath.isEmpty());
    CHECK(ownerOnly(r->backupPath));
    const QVector<BackupInfo> list = Backup::list(school.dbPath());
    REQUIRE(list.size() == 1);
    CHECK(list.first().reason == QStringLiteral("import-all"));
    CHECK(cmtest::dump(school.storage()) != before);

    const QString path = school.storage().path();
    school.storage().close();
    REQUIRE(Backup::restore(path, list.first().path).ok());
    REQUIRE(school.storage().open(path).ok());
    CHECK(cmtest::dump(school.storage()) == before);
    // The audit trail is append-only: it keeps the import's row.
    CHECK(school.storage().auditEntries().size() == 1);
    // The state before the restore was kept too.
    const QVector<BackupInfo> after = Backup::list(school.dbPath());
    REQUIRE(after.size() == 2);
    CHECK(after.first().reason == QStringLiteral("before-restore"));
}

TEST_CASE("backup: only the last five are kept - a bad backup is refused",
          "[backup][sqlite-only]") {
    TempSchool school;
    school.student(QStringLiteral("S1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
    for (int i = 0; i < 7; ++i)
        REQUIRE(Backup::create(school.storage(), QStringLiteral("test %1").arg(i)).ok());
    const QVector<BackupInfo> list = Backup::list(school.dbPath());
    REQUIRE(list.size() == Backup::kKeep);
    CHECK(list.first().reason == QStringLiteral("test-6"));
    CHECK(list.last().reason == QStringLiteral("test-2"));

    const QString garbage = school.write(QStringLiteral("garbage.sqlite"), "not a database");
    const QString before = cmtest::dump(school.storage());
    const QString path = school.storage().path();
    school.storage().close();
    CHECK_FALSE(Backup::restore(path, garbage).ok());
    CHECK_FALSE(Backup::restore(path, school.dir() + QStringLiteral("/missing.sqlite")).ok());
    REQUIRE(school.storage().open(path).ok());
    CHECK(cmtest::dump(school.storage()) == before);
}
