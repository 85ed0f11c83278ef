// Privacy (issue 15): the audit trail, the counselor passphrase and the
// encrypted transfer file, in the core and through the built binary.
#include "AuditTrail.h"
#include "Passphrase.h"
#include "SchoolDocument.h"
#include "TestSupport.h"
#include "TransferFile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using cm::AuditEntry;
using cm::Mark;
using cm::RowId;
using cm::SchoolDocument;

namespace {

// A student or an adult with the fields these tests care about.
cm::Student newStudent(const QString& id, const QString& given, const QString& family,
                       const QString& grade = QString(), const QString& homeroom = QString()) {
    cm::Student s;
    s.studentId = id;
    s.givenName = given;
    s.familyName = family;
    s.grade = grade;
    s.homeroom = homeroom;
    return s;
}

cm::Adult newAdult(const QString& id, const QString& given, const QString& family) {
    cm::Adult a;
    a.adultId = id;
    a.givenName = given;
    a.familyName = family;
    return a;
}

cmtest::CliRun caringmap(const QStringList& args) {
    return cmtest::runCaringmap(QStringLiteral(CARINGMAP_EXE), args);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList actions(const QVector<AuditEntry>& rows) {
    QStringList out;
    for (const AuditEntry& e : rows)
        out << e.action;
    return out;
}

} // namespace

TEST_CASE("audit: every document write appends one row with who, whom, before and after",
          "[privacy][audit]") {
    cmtest::TempSchool school;
    SchoolDocument& doc = school.document();
    const cm::Result<RowId> ana = doc.addStudent(
        newStudent(QStringLiteral("S1"), QStringLiteral("Ana"), QStringLiteral("Lopez"),
                   QStringLiteral("7"), QStringLiteral("7A")));
    REQUIRE(ana.ok());
    const cm::Result<RowId> ben = doc.addAdult(
        newAdult(QStringLiteral("A1"), QStringLiteral("Ben"), QStringLiteral("Ortiz")));
    REQUIRE(ben.ok());
    const cm::Result<cm::Round> round = doc.createRound(QStringLiteral("Fall"));
    REQUIRE(round.ok());
    doc.setSessionAdult(*ben);
    REQUIRE(
        doc.setMark(round->id, *ben, *ana, cm::MarkKind::Connected, QStringLiteral("chess")).ok());
    doc.setSessionAdult(0);
    cm::Student renamed = *doc.student(*ana);
    renamed.preferredName = QStringLiteral("Annie");
    REQUIRE(doc.updateStudent(renamed).ok());

    const QVector<AuditEntry> rows = doc.storage().auditEntries();
    CHECK(actions(rows) == QStringList{QStringLiteral("student-added"),
                                       QStringLiteral("adult-added"),
                                       QStringLiteral("round-created"), QStringLiteral("mark"),
                                       QStringLiteral("student-changed")});
    const AuditEntry& mark = rows[3];
    CHECK(mark.who == QStringLiteral("A1 Ben Ortiz")); // the marking session's adult
    CHECK(mark.studentRow == *ana);
    CHECK(mark.student == QStringLiteral("S1 Ana Lopez"));
    CHECK(mark.adult == QStringLiteral("A1 Ben Ortiz"));
    CHECK(mark.before == QStringLiteral("Fall: none"));
    CHECK(mark.after == QStringLiteral("Fall: connected; note: chess"));
    CHECK(rows[4].who == cm::AuditTrail::osAccount()); // the counselor's account
    CHECK(rows[4].before.contains(QStringLiteral("S1 Ana Lopez")));
    CHECK(rows[4].after.contains(QStringLiteral("S1 Annie Lopez")));

    // Filters: by student, adult and date.
    CHECK(doc.storage().auditEntries({*ana, 0, {}}).size() == 3);
    CHECK(doc.storage().auditEntries({0, *ben, {}}).size() == 2);
    CHECK(doc.storage().auditEntries({0, 0, QDate::currentDate().addDays(2)}).isEmpty());
}

TEST_CASE("audit: the table is append-only; SQLite refuses updates and deletes",
          "[privacy][audit]") {
    cmtest::TempSchool school;
    REQUIRE(school.document()
                .addStudent(newStudent(QStringLiteral("S1"), QStringLiteral("Ana"),
                                       QStringLiteral("Lopez")))
                .ok());
    cm::Storage& s = school.storage();
    REQUIRE(s.auditEntries().size() == 1);
    const cm::Status update = s.exec(QStringLiteral("UPDATE audit SET who = 'someone else'"));
    CHECK_FALSE(update.ok());
    CHECK(update.message().contains(QStringLiteral("append-only")));
    CHECK_FALSE(s.exec(QStringLiteral("DELETE FROM audit")).ok());
    REQUIRE(s.auditEntries().size() == 1);
    CHECK(s.auditEntries()[0].who == cm::AuditTrail::osAccount());
}

TEST_CASE("audit: a failed write leaves no row; an import is one row with its counts",
          "[privacy][audit]") {
    cmtest::TempSchool school;
    SchoolDocument& doc = school.document();
    REQUIRE(doc.addStudent(
                   newStudent(QStringLiteral("S1"), QStringLiteral("Ana"), QStringLiteral("Lopez")))
                .ok());
    // The same id again is refused, and so is its audit row.
    CHECK_FALSE(doc.addStudent(newStudent(QStringLiteral("S1"), QStringLiteral("Other"),
                                          QStringLiteral("Person")))
                    .ok());
    CHECK(doc.storage().auditEntries().size() == 1);

    const QString csv = school.write(
        QStringLiteral("students.csv"),
        "student_id,given_name,family_name,grade,homeroom\nS2,Bo,Diaz,7,7A\nS3,Cy,Eng,8,8B\n");
    REQUIRE(doc.importCsv(cm::CsvImport::Kind::Students, csv).ok());
    const QVector<AuditEntry> rows = doc.storage().auditEntries();
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].action == QStringLiteral("import-students"));
    CHECK(rows[1].before.contains(QStringLiteral("students 1")));
    CHECK(rows[1].after.contains(QStringLiteral("students 3")));
}

TEST_CASE("audit: part of export and kept through import all, without doubles",
          "[privacy][audit]") {
    cmtest::TempSchool school;
    SchoolDocument& doc = school.document();
    const RowId ana = *doc.addStudent(
        newStudent(QStringLiteral("S1"), QStringLiteral("Ana"), QStringLiteral("Lopez")));
    const RowId ben = *doc.addAdult(
        newAdult(QStringLiteral("A1"), QStringLiteral("Ben"), QStringLiteral("Ortiz")));
    const cm::Round round = *doc.createRound(QStringLiteral("Fall"));
    REQUIRE(doc.setMark(round.id, ben, ana, cm::MarkKind::Concern).ok());
    const QString folder = QDir(school.dir()).filePath(QStringLiteral("export"));
    const cmtest::CliRun exported =
        caringmap({QStringLiteral("--db"), school.dbPath(), QStringLiteral("export"), folder});
    REQUIRE(exported.code == 0);
    CHECK(readAll(QDir(folder).filePath(QStringLiteral("audit.csv")))
              .contains("mark,S1,S1 Ana Lopez,A1,A1 Ben Ortiz,Fall: none,Fall: concern"));

    QTemporaryDir other;
    const QString target = other.filePath(QStringLiteral("new.sqlite"));
    for (int i = 0; i < 2; ++i) // twice: the second import adds nothing
        REQUIRE(caringmap({QStringLiteral("--db"), target, QStringLiteral("import"),
                           QStringLiteral("all"), folder})
                    .code == 0);
    const cmtest::CliRun audit = caringmap({QStringLiteral("--db"), target, QStringLiteral("audit"),
                                            QStringLiteral("--student"), QStringLiteral("S1"),
                                            QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(audit.code == 0);
    const QJsonArray changes =
        cmtest::jsonObject(audit.out).value(QStringLiteral("changes")).toArray();
    QStringList seen;
    for (const QJsonValue& v : changes)
        seen << v.toObject().value(QStringLiteral("action")).toString();
    CHECK(seen == QStringList{QStringLiteral("student-added"), QStringLiteral("mark")});
    const cmtest::CliRun all = caringmap({QStringLiteral("--db"), target, QStringLiteral("audit"),
                                          QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(all.out.count(QStringLiteral(",import-all,")) == 1);
}

TEST_CASE("audit: the command line records its writes and filters them", "[privacy][audit]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    const QString students = cmtest::writeFile(
        dir, QStringLiteral("students.csv"),
        "student_id,given_name,family_name,grade,homeroom\nS1,Ana,Lopez,7,7A\nS2,Bo,Diaz,7,7A\n");
    const QString adults = cmtest::writeFile(dir, QStringLiteral("adults.csv"),
                                             "adult_id,given_name,family_name\nA1,Ben,Ortiz\n");
    REQUIRE(caringmap({QStringLiteral("--db"), db, QStringLiteral("import"),
                       QStringLiteral("students"), students})
                .code == 0);
    REQUIRE(caringmap({QStringLiteral("--db"), db, QStringLiteral("import"),
                       QStringLiteral("adults"), adults})
                .code == 0);
    REQUIRE(
        caringmap({QStringLiteral("--db"), db, QStringLiteral("mark"), QStringLiteral("A1"),
                   QStringLiteral("S2"), QStringLiteral("--note"), QStringLiteral("quiet lately")})
            .code == 0);
    const cmtest::CliRun text = caringmap({QStringLiteral("--db"), db, QStringLiteral("audit")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("import-students")));
    CHECK(text.out.contains(QStringLiteral("import-adults")));
    CHECK(text.out.contains(QStringLiteral("after: ")));
    CHECK(text.out.contains(QStringLiteral("quiet lately")));
    const cmtest::CliRun s1 = caringmap({QStringLiteral("--db"), db, QStringLiteral("audit"),
                                         QStringLiteral("--student"), QStringLiteral("S1")});
    CHECK(s1.code == 0);
    CHECK(s1.out == QStringLiteral("No changes recorded.\n"));
    const cmtest::CliRun a1 =
        caringmap({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--adult"),
                   QStringLiteral("A1"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(a1.out.count(QStringLiteral("\r\n")) == 2); // header + the mark
    CHECK(caringmap({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--since"),
                     QStringLiteral("yesterday")})
              .code == 2);
}

TEST_CASE("passphrase: stored as an Argon2id hash; wrong tries earn a growing wait",
          "[privacy][passphrase]") {
    cmtest::TempSchool school;
    SchoolDocument& doc = school.document();
    CHECK_FALSE(doc.hasPassphrase());
    CHECK_FALSE(doc.setPassphrase(QStringLiteral("abc")).ok()); // too short
    REQUIRE(doc.setPassphrase(QStringLiteral("maple grove 2026")).ok());
    CHECK(doc.hasPassphrase());
    const QString stored = doc.storage().setting(QLatin1String(cm::Passphrase::kSetting));
    CHECK(stored.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stored.contains(QStringLiteral("maple")));
    CHECK(doc.checkPassphrase(QStringLiteral("maple grove 2026")) ==
          SchoolDocument::PassphraseCheck::Right);
    int wait = -1;
    for (int i = 1; i <= 4; ++i) {
        CHECK(doc.checkPassphrase(QStringLiteral("guess"), &wait) ==
              SchoolDocument::PassphraseCheck::Wrong);
        CHECK(wait == 0);
    }
    CHECK(doc.checkPassphrase(QStringLiteral("guess"), &wait) ==
          SchoolDocument::PassphraseCheck::Wrong);
    CHECK(wait == 2);
    // While waiting even the right passphrase is not checked.
    CHECK(doc.checkPassphrase(QStringLiteral("maple grove 2026"), &wait) ==
          SchoolDocument::PassphraseCheck::Wait);
    CHECK(cm::Passphrase::delayAfter(6) == 4);
    CHECK(cm::Passphrase::delayAfter(7) == 8);
    CHECK(cm::Passphrase::delayAfter(50) == 300);
}

TEST_CASE("passphrase: reset from the command line is recorded in the audit",
          "[privacy][passphrase]") {
    cmtest::TempSchool school;
    REQUIRE(school.document().setPassphrase(QStringLiteral("maple grove 2026")).ok());
    const cmtest::CliRun reset =
        caringmap({QStringLiteral("--db"), school.dbPath(), QStringLiteral("school"),
                   QStringLiteral("passphrase"), QStringLiteral("--reset")});
    REQUIRE(reset.code == 0);
    school.document().reload();
    CHECK_FALSE(school.document().hasPassphrase());
    const QStringList seen = actions(school.storage().auditEntries());
    CHECK(seen ==
          QStringList{QStringLiteral("passphrase-set"), QStringLiteral("passphrase-reset")});
}

TEST_CASE("transfer file: encrypted, restores identical, refuses a wrong passphrase and a "
          "changed byte",
          "[privacy][transfer]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    REQUIRE(
        caringmap({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--students"),
                   QStringLiteral("40"), QStringLiteral("--adults"), QStringLiteral("6")})
            .code == 0);
    const QString name = [&] {
        cm::Storage s;
        REQUIRE(s.open(db).ok());
        return s.students().constFirst().familyName;
    }();
    const QString pass = cmtest::writeFile(dir, QStringLiteral("pass.txt"), "correct horse\n");
    const QString wrong = cmtest::writeFile(dir, QStringLiteral("wrong.txt"), "incorrect horse\n");
    const QString file = dir.filePath(QStringLiteral("school.caringmap"));
    const cmtest::CliRun made =
        caringmap({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("create"),
                   QStringLiteral("--encrypt"), QStringLiteral("--output"), file,
                   QStringLiteral("--passphrase-file"), pass});
    REQUIRE(made.code == 0);
    const QByteArray sealed = readAll(file);
    CHECK(sealed.startsWith("CMXFER01"));
    CHECK_FALSE(sealed.contains(name.toUtf8()));
    CHECK_FALSE(sealed.contains("SQLite format"));
    CHECK(QFile::permissions(file) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    // A new computer: no school yet. Wrong passphrase: nothing is made.
    const QString fresh = dir.filePath(QStringLiteral("laptop/school.sqlite"));
    const cmtest::CliRun refused =
        caringmap({QStringLiteral("--db"), fresh, QStringLiteral("backup"),
                   QStringLiteral("restore"), file, QStringLiteral("--passphrase-file"), wrong});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("wrong passphrase")));
    CHECK_FALSE(QFile::exists(fresh));
    const cmtest::CliRun restored =
        caringmap({QStringLiteral("--db"), fresh, QStringLiteral("backup"),
                   QStringLiteral("restore"), file, QStringLiteral("--passphrase-file"), pass});
    REQUIRE(restored.code == 0);
    // Identical.
    const QString original = cmtest::dump(db);
    const QString copy = cmtest::dump(fresh);
    CHECK(copy == original); // cmtest::dump leaves the audit trail out
    {
        cm::Storage restoredSchool;
        REQUIRE(restoredSchool.open(fresh).ok());
        const QStringList seen = actions(restoredSchool.auditEntries());
        CHECK(seen.contains(QStringLiteral("transfer-file-written")));
        CHECK(seen.constLast() == QStringLiteral("transfer-file-restored"));
    }
    const QString before = cmtest::dump(fresh);

    // An existing school: a flipped byte or a wrong passphrase changes nothing.
    QByteArray flipped = sealed;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
    const QString bad = cmtest::writeFile(dir, QStringLiteral("flipped.caringmap"), flipped);
    for (const QStringList& args :
         {QStringList{QStringLiteral("restore"), bad, QStringLiteral("--passphrase-file"), pass},
          QStringList{QStringLiteral("restore"), file, QStringLiteral("--passphrase-file"),
                      wrong}}) {
        const cmtest::CliRun r =
            caringmap(QStringList{QStringLiteral("--db"), fresh, QStringLiteral("backup")} + args);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("nothing was restored")));
        CHECK(cmtest::dump(fresh) == before);
    }
    // Cut short: refused too.
    const QString cut =
        cmtest::writeFile(dir, QStringLiteral("cut.caringmap"), sealed.left(sealed.size() - 100));
    CHECK_FALSE(cm::TransferFile::decrypt(cut, QStringLiteral("correct horse"),
                                          dir.filePath(QStringLiteral("out.sqlite")))
                    .ok());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("out.sqlite"))));
}

TEST_CASE("purge: the student's id and name are nowhere in the school file or its backups",
          "[privacy][purge]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    const QString students =
        cmtest::writeFile(dir, QStringLiteral("students.csv"),
                          "student_id,given_name,family_name,preferred_name,grade,homeroom\n"
                          "S-7731,Quintessa,Vandermolen,Quinnie,7,7A\nS-2,Bo,Diaz,,7,7A\n");
    const QString adults = cmtest::writeFile(dir, QStringLiteral("adults.csv"),
                                             "adult_id,given_name,family_name\nA1,Ben,Ortiz\n");
    const auto run = [&](const QStringList& args) {
        return caringmap(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("students"), students}).code == 0);
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("adults"), adults}).code == 0);
    REQUIRE(run({QStringLiteral("mark"), QStringLiteral("A1"), QStringLiteral("S-7731"),
                 QStringLiteral("--note"), QStringLiteral("quiet lately")})
                .code == 0);
    REQUIRE(run({QStringLiteral("match"), QStringLiteral("assign"), QStringLiteral("S-7731"),
                 QStringLiteral("A1")})
                .code == 0);
    // A second import makes a backup that holds the student too.
    const QString more =
        cmtest::writeFile(dir, QStringLiteral("more.csv"),
                          "student_id,given_name,family_name,grade,homeroom\nS-3,Cy,Eng,8,8B\n");
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("students"), more}).code == 0);
    const QDir backups(dir.filePath(QStringLiteral("school-backups")));
    const QStringList backupFiles = backups.entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    REQUIRE_FALSE(backupFiles.isEmpty());
    REQUIRE(readAll(backups.filePath(backupFiles.first())).contains("Vandermolen"));

    const cmtest::CliRun refused =
        run({QStringLiteral("purge"), QStringLiteral("--student"), QStringLiteral("S-7731")});
    CHECK(refused.code == 2); // --yes is needed
    CHECK(refused.err.contains(QStringLiteral("--yes")));
    const cmtest::CliRun purged = run({QStringLiteral("purge"), QStringLiteral("--student"),
                                       QStringLiteral("S-7731"), QStringLiteral("--yes")});
    INFO(purged.err.toStdString());
    REQUIRE(purged.code == 0);
    CHECK(purged.out.startsWith(QStringLiteral("Purged 1 student")));

    QStringList files{db, db + QStringLiteral("-wal")};
    for (const QString& f : backups.entryList(QDir::Files | QDir::Hidden))
        files << backups.filePath(f);
    for (const QString& f : files) {
        INFO(f.toStdString());
        const QByteArray bytes = readAll(f);
        CHECK_FALSE(bytes.contains("S-7731"));
        CHECK_FALSE(bytes.contains("Vandermolen"));
        CHECK_FALSE(bytes.contains("Quintessa"));
        CHECK_FALSE(bytes.contains("Quinnie"));
    }
    // The write-ahead log was checkpointed: nothing left in it.
    CHECK(QFileInfo(db + QStringLiteral("-wal")).size() == 0);

    // The audit rows stay, naming a "purged student"; the others are kept.
    cm::Storage s;
    REQUIRE(s.open(db).ok());
    CHECK(s.students().size() == 2);
    CHECK(s.marks(s.rounds().constLast().id).isEmpty());
    bool purgedRow = false;
    for (const AuditEntry& e : s.auditEntries())
        purgedRow = purgedRow || (e.action == QStringLiteral("mark") &&
                                  e.student == cm::AuditTrail::purgedStudent() &&
                                  e.after.contains(QStringLiteral("quiet lately")));
    CHECK(purgedRow);
}

TEST_CASE("purge: --inactive-before takes inactive students with nothing since the date",
          "[privacy][purge]") {
    cmtest::TempSchool school;
    SchoolDocument& doc = school.document();
    const RowId gone = *doc.addStudent(
        newStudent(QStringLiteral("S1"), QStringLiteral("Ana"), QStringLiteral("Lopez")));
    const RowId stays = *doc.addStudent(
        newStudent(QStringLiteral("S2"), QStringLiteral("Bo"), QStringLiteral("Diaz")));
    REQUIRE(doc.setStudentActive(gone, false).ok());
    // Inactive, but with audit rows from today: not before today...
    CHECK(doc.storage().inactiveStudentsBefore(QDate::currentDate()).isEmpty());
    // ...but before tomorrow.
    const QVector<RowId> rows =
        doc.storage().inactiveStudentsBefore(QDate::currentDate().addDays(1));
    REQUIRE(rows == QVector<RowId>{gone});
    REQUIRE(doc.purgeStudents(rows).ok());
    CHECK_FALSE(doc.storage().studentById(gone));
    CHECK(doc.storage().studentById(stays));
    CHECK(doc.storage().auditEntries().constLast().action == QStringLiteral("purge"));
}

TEST_CASE("export: notes and demographics only with --with-notes / --with-demographics",
          "[privacy][export]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    const auto run = [&](const QStringList& args) {
        return caringmap(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(
        run({QStringLiteral("demo"), QStringLiteral("--students"), QStringLiteral("30")}).code ==
        0);
    cm::Storage s;
    REQUIRE(s.open(db).ok());
    const QString adult = s.adults().constFirst().adultId;
    const QString student = s.students().constFirst().studentId;
    s.close();
    REQUIRE(run({QStringLiteral("mark"), adult, student, QStringLiteral("--note"),
                 QStringLiteral("seems withdrawn")})
                .code == 0);

    const QString lean = dir.filePath(QStringLiteral("lean"));
    const cmtest::CliRun minimal = run({QStringLiteral("export"), lean});
    REQUIRE(minimal.code == 0);
    CHECK(minimal.out.contains(QStringLiteral("Left out: notes")));
    const QString full = dir.filePath(QStringLiteral("full"));
    REQUIRE(run({QStringLiteral("export"), full, QStringLiteral("--with-notes"),
                 QStringLiteral("--with-demographics")})
                .code == 0);
    const auto file = [](const QString& folder, const char* name) {
        return readAll(QDir(folder).filePath(QLatin1String(name)));
    };
    CHECK(file(full, "marks.csv").contains("seems withdrawn"));
    CHECK(file(full, "audit.csv").contains("seems withdrawn"));
    CHECK(file(full, "groups.csv").contains("Ethnicity"));
    for (const char* name : {"marks.csv", "audit.csv", "groups.csv", "students.csv"}) {
        INFO(name);
        CHECK_FALSE(file(lean, name).contains("seems withdrawn"));
    }
    CHECK_FALSE(file(lean, "groups.csv").contains("Ethnicity"));
    CHECK_FALSE(file(lean, "groups.csv").contains("Sex"));
    // The lean export still imports (its manifest matches what was written).
    QTemporaryDir other;
    CHECK(caringmap({QStringLiteral("--db"), other.filePath(QStringLiteral("n.sqlite")),
                     QStringLiteral("import"), QStringLiteral("all"), lean})
              .code == 0);
}
