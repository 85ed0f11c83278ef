#include "Migrations.h"
#include "Storage.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cm;

namespace {
QString pragma(const Storage& s, const char* name) {
    QSqlQuery q(s.database());
    q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

TEST_CASE("storage: a new file is migrated to the latest schema - WAL - foreign keys on",
          "[storage][sqlite-only]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
    Storage s;
    REQUIRE(s.open(path).ok());
    CHECK(s.schemaVersion() == latestSchemaVersion());
    CHECK(pragma(s, "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(s, "foreign_keys") == QStringLiteral("1"));
    QSqlQuery q(s.database());
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                          "('student', 'adult', 'round', 'mark', 'setting')"));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 5);
}

TEST_CASE("storage: an empty existing file is migrated - reopening keeps the data",
          "[storage][sqlite-only]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    {
        Storage s;
        REQUIRE(s.open(path).ok());
        Student st;
        st.studentId = QStringLiteral("0012345");
        st.givenName = QStringLiteral("Zoë");
        st.familyName = QStringLiteral("Nguyễn");
        REQUIRE(s.addStudent(st).ok());
    }
    Storage again;
    REQUIRE(again.open(path).ok());
    const auto st = again.studentByExternalId(QStringLiteral("0012345"));
    REQUIRE(st);
    CHECK(st->givenName == QStringLiteral("Zoë"));
    CHECK_FALSE(again.studentByExternalId(QStringLiteral("12345")));
}

TEST_CASE("storage: the database file is readable by the owner only", "[storage][sqlite-only]") {
    cmtest::TempSchool school;
    const QFile::Permissions p = QFile::permissions(school.dbPath());
    CHECK((p & (QFile::ReadOwner | QFile::WriteOwner)) == (QFile::ReadOwner | QFile::WriteOwner));
    CHECK((p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) == 0);
}

TEST_CASE("storage: a file that is not a database is refused and left untouched",
          "[storage][sqlite-only]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    const QByteArray text("These are my meeting notes, not a database.\n");
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    Storage s;
    const Status st = s.open(path);
    REQUIRE_FALSE(st.ok());
    CHECK(st.message().contains(path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == text);
}

TEST_CASE("storage: a database from a newer caringmap is refused", "[storage][sqlite-only]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Storage s;
        REQUIRE(s.open(path).ok());
        REQUIRE(s.exec(QStringLiteral("PRAGMA user_version = 999")).ok());
    }
    Storage s;
    const Status st = s.open(path);
    REQUIRE_FALSE(st.ok());
    CHECK(st.message().contains(QStringLiteral("newer")));
}

TEST_CASE("storage: a failed transaction leaves nothing behind", "[storage]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    {
        Storage::Transaction tx(s);
        school.student(QStringLiteral("1"), QStringLiteral("Ana"), QStringLiteral("Lopez"));
        // no commit: rolled back on scope exit
    }
    CHECK(s.students().isEmpty());
    {
        Storage::Transaction tx(s);
        school.student(QStringLiteral("1"), QStringLiteral("Ana"), QStringLiteral("Lopez"));
        REQUIRE(tx.commit().ok());
    }
    CHECK(s.students().size() == 1);
}

TEST_CASE("storage: duplicate ids and empty names are refused", "[storage]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    school.student(QStringLiteral("1"), QStringLiteral("Ana"), QStringLiteral("Lopez"));
    Student dup;
    dup.studentId = QStringLiteral("1");
    dup.givenName = QStringLiteral("Other");
    dup.familyName = QStringLiteral("Person");
    const Result<RowId> r = s.addStudent(dup);
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("already in use")));
    Adult noName;
    noName.adultId = QStringLiteral("T9");
    CHECK_FALSE(s.addAdult(noName).ok());
    CHECK(s.students().size() == 1);
    CHECK(s.adults().isEmpty());
}

TEST_CASE("storage: the current round is created on first use and is the latest opened",
          "[storage]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    CHECK(s.rounds().isEmpty());
    const Result<Round> first = s.currentRound();
    REQUIRE(first.ok());
    CHECK_FALSE(first->name.isEmpty());
    CHECK(s.currentRound()->id == first->id); // not created twice
    const Result<Round> next = s.createRound(QStringLiteral("Spring 2027"));
    REQUIRE(next.ok());
    CHECK(s.currentRound()->id == next->id);
    CHECK_FALSE(s.createRound(QStringLiteral("Spring 2027")).ok());
    CHECK(s.rounds().size() == 2);
}

TEST_CASE("storage: values with SQL in them are stored as text", "[storage]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const QString evil = QStringLiteral("Robert'); DROP TABLE student;--");
    school.student(QStringLiteral("1"), evil, QStringLiteral("Tables"));
    REQUIRE(s.students().size() == 1);
    CHECK(s.students().first().givenName == evil);
}

TEST_CASE("storage: a version 1 school is brought forward and keeps its data",
          "[storage][sqlite-only]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        // Build a file exactly as the first release wrote it.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& sql : migrationSteps().first().statements)
            REQUIRE(q.exec(migrationSql(sql, false)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO adult (adult_id, given_name, family_name, role, "
                                  "email, active) VALUES ('T1', 'Tia', 'Ray', 'coach', '', 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    Storage s;
    REQUIRE(s.open(path).ok());
    CHECK(s.schemaVersion() == latestSchemaVersion());
    const auto tia = s.adultByExternalId(QStringLiteral("T1"));
    REQUIRE(tia);
    CHECK(tia->role == QStringLiteral("coach"));
    CHECK(tia->capacity == -1);
    CHECK_FALSE(tia->volunteer);
    Adult changed = *tia;
    changed.capacity = 0;
    changed.volunteer = true;
    changed.leavingDate = QDate(2027, 6, 30);
    REQUIRE(s.updateAdult(changed).ok());
    CHECK(*s.adultByExternalId(QStringLiteral("T1")) == changed);
}

TEST_CASE("storage: a mark's time and flags read back exactly, whole or as flags", "[storage]") {
    QTemporaryDir dir;
    Storage s;
    REQUIRE(s.open(dir.filePath(QStringLiteral("times.sqlite"))).ok());
    Student st;
    st.studentId = QStringLiteral("S1");
    st.givenName = QStringLiteral("Ana");
    st.familyName = QStringLiteral("Ruiz");
    const Result<RowId> student = s.addStudent(st);
    Adult a;
    a.adultId = QStringLiteral("T1");
    a.givenName = QStringLiteral("Lee");
    a.familyName = QStringLiteral("Park");
    const Result<RowId> adult = s.addAdult(a);
    const Result<Round> round = s.createRound(QStringLiteral("Fall 2026"));
    REQUIRE((student.ok() && adult.ok() && round.ok()));
    // With and without milliseconds; both are written as UTC.
    const QDateTime withMs(QDate(2026, 11, 24), QTime(4, 15, 29, 126), Qt::UTC);
    const QDateTime plain(QDate(2026, 2, 28), QTime(23, 59, 0), Qt::OffsetFromUTC, 3600);
    for (const QDateTime& when : {withMs, plain}) {
        Mark m{0, round->id, *adult, *student, true, true, QStringLiteral("note"), when};
        REQUIRE(s.putMark(m).ok());
        const std::optional<Mark> back = s.mark(round->id, *adult, *student);
        REQUIRE(back);
        CHECK(back->markedAt == when);
        CHECK(back->markedAt.timeSpec() == Qt::UTC);
    }
    const QVector<MarkFlags> flags = s.markFlags(round->id);
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].adultId == *adult);
    CHECK(flags[0].studentId == *student);
    CHECK((flags[0].connected && flags[0].concern));
}
