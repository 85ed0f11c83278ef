// Nothing lost: a write that cannot take the lock saves nothing.
#include "Backup.h"
#include "CsvImport.h"
#include "DemoSchool.h"
#include "ExportManifest.h"
#include "MarkingSheet.h"
#include "SchoolExport.h"
#include "Storage.h"
#include "TestSupport.h"
#include "WriteFailure.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QSaveFile>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace cm;

namespace {

Student person(const QString& id) {
    Student s;
    s.studentId = id;
    s.givenName = QStringLiteral("Ana");
    s.familyName = QStringLiteral("Diaz");
    return s;
}

int studentCount(const Storage& s) {
    QSqlQuery q(s.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM student")) && q.next() ? q.value(0).toInt()
                                                                              : -1;
}

bool ownerOnly(const QString& path) {
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return (QFile::permissions(path) & others) == 0;
}

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void overwrite(const QString& path, const QByteArray& content) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(content) == content.size());
}

// A small demo school: people, rounds and marks.
void fill(Storage& s, int students = 30) {
    DemoOptions o;
    o.students = students;
    o.adults = 5;
    REQUIRE(DemoSchool::create(s, o).ok());
}

} // namespace

TEST_CASE("transaction: a transaction that cannot take the lock writes nothing", "[safety]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    REQUIRE(s.exec(QStringLiteral("PRAGMA busy_timeout = 50")).ok());

    Storage other; // another program holding the write lock
    REQUIRE(other.open(school.dbPath()).ok());
    auto hold = std::make_unique<Storage::Transaction>(other);
    REQUIRE(hold->status().ok());

    {
        Storage::Transaction tx(s);
        REQUIRE_FALSE(tx.status().ok());
        CHECK(tx.status().message().contains(QStringLiteral("locked by another program")));
        const Result<RowId> r = s.addStudent(person(QStringLiteral("S1")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.message() ==
              QStringLiteral("the school is locked by another program; nothing was saved"));
        {
            Storage::Transaction nested(s); // joins the failed one
            CHECK_FALSE(s.setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
            CHECK_FALSE(nested.commit().ok());
        }
        // A statement that bypasses Storage::exec is refused too.
        QSqlQuery direct(s.database());
        CHECK_FALSE(direct.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES "
                                               "('direct', 'x')")));
        const Status c = tx.commit();
        REQUIRE_FALSE(c.ok());
        CHECK(c.message().contains(QStringLiteral("nothing was saved")));
    }
    hold.reset(); // the other program lets go
    CHECK(studentCount(s) == 0);
    CHECK(studentCount(other) == 0);
    CHECK(s.setting(QStringLiteral("k")).isEmpty());

    // Once the failed transaction has ended, the connection writes again.
    Storage::Transaction again(s);
    REQUIRE(again.status().ok());
    REQUIRE(s.addStudent(person(QStringLiteral("S2"))).ok());
    REQUIRE(again.commit().ok());
    CHECK(studentCount(other) == 1);
}

TEST_CASE("transaction: a CSV import under a lock blames the lock and no line", "[safety]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    REQUIRE(s.exec(QStringLiteral("PRAGMA busy_timeout = 50")).ok());
    const QString csv =
        school.write(QStringLiteral("students.csv"),
                     "student_id,given_name,family_name,grade,homeroom\nS1,Ann,Lee,07,7A\n");
    Storage other;
    REQUIRE(other.open(school.dbPath()).ok());
    Storage::Transaction hold(other);
    REQUIRE(hold.status().ok());
    const Result<ImportReport> r = CsvImport::importFile(s, CsvImport::Kind::Students, csv);
    REQUIRE_FALSE(r.ok());
    CHECK(r.message() ==
          QStringLiteral("the school is locked by another program; nothing was saved"));
    CHECK(studentCount(s) == 0);
}

TEST_CASE("transaction: a write outside a transaction names the lock", "[safety]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    REQUIRE(s.exec(QStringLiteral("PRAGMA busy_timeout = 50")).ok());
    Storage other;
    REQUIRE(other.open(school.dbPath()).ok());
    Storage::Transaction hold(other);
    REQUIRE(hold.status().ok());
    const Status st = s.setSetting(QStringLiteral("k"), QStringLiteral("v"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.message().contains(QStringLiteral("locked by another program")));
}

// ---- restore --------------------------------------------------------------------------

TEST_CASE("restore: another connection stays open, valid, and sees the restored school",
          "[safety]") {
    cmtest::TempSchool school;
    Storage& window = school.storage(); // the window keeps its connection open
    school.student(QStringLiteral("S1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
    const Result<QString> backup = Backup::create(window, QStringLiteral("test"));
    REQUIRE(backup.ok());
    const QString before = cmtest::dump(window);
    school.student(QStringLiteral("S2"), QStringLiteral("Bo"), QStringLiteral("Kim"));
    REQUIRE(QFile::exists(school.dbPath() + QStringLiteral("-wal")));

    const Status st = Backup::restore(school.dbPath(), *backup);
    INFO(st.message().toStdString());
    REQUIRE(st.ok());
    CHECK(QFile::exists(school.dbPath() + QStringLiteral("-wal"))); // not deleted under it
    CHECK(cmtest::dump(window) == before);
    // The open connection still writes to the real file.
    school.student(QStringLiteral("S3"), QStringLiteral("Cy"), QStringLiteral("Ode"));
    Storage fresh;
    REQUIRE(fresh.open(school.dbPath()).ok());
    CHECK(fresh.studentByExternalId(QStringLiteral("S3")).has_value());
    CHECK_FALSE(fresh.studentByExternalId(QStringLiteral("S2")).has_value());
    CHECK(fresh.studentByExternalId(QStringLiteral("S1")).has_value());
    const QVector<BackupInfo> list = Backup::list(school.dbPath());
    REQUIRE(list.size() == 2);
    CHECK(list.first().reason == QStringLiteral("before-restore"));
}

TEST_CASE("restore: a whole school with marks comes back exactly", "[safety]") {
    cmtest::TempSchool school;
    fill(school.storage());
    const QString before = cmtest::dump(school.storage());
    const Result<QString> backup = Backup::create(school.storage(), QStringLiteral("test"));
    REQUIRE(backup.ok());
    REQUIRE(school.storage().exec(QStringLiteral("DELETE FROM mark")).ok());
    school.student(QStringLiteral("NEW"), QStringLiteral("Di"), QStringLiteral("Nu"));
    REQUIRE(Backup::restore(school.dbPath(), *backup).ok());
    CHECK(cmtest::dump(school.storage()) == before);
    QSqlQuery q(school.storage().database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(q.next());
}

TEST_CASE("restore: while another program holds the lock nothing is restored", "[safety]") {
    cmtest::TempSchool school;
    school.student(QStringLiteral("S1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
    const Result<QString> backup = Backup::create(school.storage(), QStringLiteral("test"));
    REQUIRE(backup.ok());
    school.student(QStringLiteral("S2"), QStringLiteral("Bo"), QStringLiteral("Kim"));
    const QString before = cmtest::dump(school.storage());
    Storage::Transaction hold(school.storage()); // the window in the middle of a save
    REQUIRE(hold.status().ok());
    const Status st = Backup::restore(school.dbPath(), *backup); // waits 5 s, then gives up
    REQUIRE_FALSE(st.ok());
    CHECK(st.message().contains(QStringLiteral("locked by another program")));
    REQUIRE(hold.commit().ok());
    CHECK(cmtest::dump(school.storage()) == before);
}

TEST_CASE("restore: a damaged backup or another program's database is refused", "[safety]") {
    cmtest::TempSchool school;
    school.student(QStringLiteral("S1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
    const QString before = cmtest::dump(school.storage());
    const Result<QString> good = Backup::create(school.storage(), QStringLiteral("test"));
    REQUIRE(good.ok());
    QByteArray cut = bytesOf(*good);
    cut.truncate(cut.size() / 2);
    const QString damaged = school.write(QStringLiteral("damaged.sqlite"), cut);
    CHECK_FALSE(Backup::restore(school.dbPath(), damaged).ok());
    const QString foreign = school.dir() + QStringLiteral("/foreign.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "foreign");
        db.setDatabaseName(foreign);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    CHECK_FALSE(Backup::restore(school.dbPath(), foreign).ok());
    CHECK(cmtest::dump(school.storage()) == before);
}

// ---- backups ------------------------------------------------------------------------

TEST_CASE("backup: a broken backup is neither listed nor kept in place of a good one", "[safety]") {
    cmtest::TempSchool school;
    school.student(QStringLiteral("S1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
    const QString folder = Backup::folderFor(school.dbPath());
    REQUIRE(QDir().mkpath(folder));
    // What a killed copy used to leave: 0 bytes, newest name.
    const QString broken =
        QDir(folder).filePath(QStringLiteral("29991231T235959000Z-import.sqlite"));
    overwrite(broken, QByteArray());
    for (int i = 0; i < Backup::kKeep + 1; ++i)
        REQUIRE(Backup::create(school.storage(), QStringLiteral("b%1").arg(i)).ok());
    QStringList skipped;
    const QVector<BackupInfo> list = Backup::list(school.dbPath(), &skipped);
    REQUIRE(list.size() == Backup::kKeep);
    CHECK(list.first().reason == QStringLiteral("b5"));
    CHECK(skipped == QStringList{QFileInfo(broken).absoluteFilePath()});
    for (const BackupInfo& b : list)
        CHECK(ownerOnly(b.path));
    // No temporary file is left behind.
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).size() == Backup::kKeep + 1);

    // What a killed backup leaves now: a hidden temporary file, never listed,
    // removed by a later backup once it is a day old.
    const QString stale = QDir(folder).filePath(QStringLiteral(".partial-old.tmp"));
    const QString fresh = QDir(folder).filePath(QStringLiteral(".partial-new.tmp"));
    overwrite(stale, "half a backup");
    overwrite(fresh, "being written");
    {
        QFile f(stale);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2),
                              QFileDevice::FileModificationTime));
    }
    CHECK(Backup::list(school.dbPath()).size() == Backup::kKeep);
    REQUIRE(Backup::create(school.storage(), QStringLiteral("again")).ok());
    CHECK_FALSE(QFile::exists(stale));
    CHECK(QFile::exists(fresh));
}

// ---- export folders -----------------------------------------------------------------

TEST_CASE("export: a complete folder with a manifest replaces an older export whole", "[safety]") {
    cmtest::TempSchool school;
    fill(school.storage());
    QTemporaryDir parent;
    const QString out = parent.filePath(QStringLiteral("export"));
    REQUIRE(SchoolExport::exportTo(school.storage(), out).ok());
    const QByteArray manifest = bytesOf(QDir(out).filePath(QStringLiteral("manifest.csv")));
    CHECK(manifest.startsWith("file,rows,bytes,sha256\r\nstudents.csv,30,"));
    CHECK(manifest.contains("marks.csv,"));
    for (const QString& f : QDir(out).entryList(QDir::Files))
        CHECK(ownerOnly(QDir(out).filePath(f)));

    school.student(QStringLiteral("NEW"), QStringLiteral("Di"), QStringLiteral("Nu"));
    REQUIRE(SchoolExport::exportTo(school.storage(), out).ok());
    CHECK(bytesOf(QDir(out).filePath(QStringLiteral("manifest.csv"))) != manifest);
    CHECK(bytesOf(QDir(out).filePath(QStringLiteral("students.csv"))).contains("NEW"));
    // Only the export is left in the parent: no temporary or old folder.
    CHECK(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("export")});

    // A folder with other files in it is not replaced.
    const QString mine = parent.filePath(QStringLiteral("mine"));
    REQUIRE(QDir().mkpath(mine));
    overwrite(QDir(mine).filePath(QStringLiteral("notes.txt")), "keep me");
    const Result<QStringList> refused = SchoolExport::exportTo(school.storage(), mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("notes.txt")));
    CHECK(QDir(mine).entryList(QDir::Files) == QStringList{QStringLiteral("notes.txt")});
}

TEST_CASE("export: import all refuses a folder whose manifest is missing or does not match",
          "[safety]") {
    cmtest::TempSchool school;
    fill(school.storage());
    QTemporaryDir parent;
    const QString out = parent.filePath(QStringLiteral("export"));
    REQUIRE(SchoolExport::exportTo(school.storage(), out).ok());
    cmtest::TempSchool target;
    const QString before = cmtest::dump(target.storage());
    auto refused = [&](const char* expect) {
        const Result<RosterReport> r = SchoolExport::importFrom(target.storage(), out);
        INFO(r.message().toStdString());
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QLatin1String(expect)));
        CHECK(cmtest::dump(target.storage()) == before);
    };
    const QString marks = QDir(out).filePath(QStringLiteral("marks.csv"));
    const QByteArray marksBytes = bytesOf(marks);
    QFile::remove(marks);
    refused("marks.csv: is missing");
    QByteArray changed = marksBytes;
    changed[changed.size() - 3] = changed[changed.size() - 3] == 'Z' ? 'Y' : 'Z';
    overwrite(marks, changed);
    refused("marks.csv: its SHA-256 checksum differs");
    overwrite(marks, marksBytes.left(marksBytes.size() / 2));
    refused("bytes; manifest.csv says");
    overwrite(marks, marksBytes);
    const QString manifest = QDir(out).filePath(QStringLiteral("manifest.csv"));
    const QByteArray manifestBytes = bytesOf(manifest);
    QByteArray withoutMarks;
    for (const QByteArray& line : manifestBytes.split('\n'))
        if (!line.startsWith("marks.csv") && !line.isEmpty())
            withoutMarks += line + '\n';
    overwrite(manifest, withoutMarks);
    refused("does not list marks.csv");
    QFile::remove(manifest);
    refused("manifest.csv is missing");
    overwrite(manifest, manifestBytes);
    const Result<RosterReport> ok = SchoolExport::importFrom(target.storage(), out);
    INFO(ok.message().toStdString());
    CHECK(ok.ok());
    CHECK(cmtest::dump(target.storage()) == cmtest::dump(school.storage()));
}

// ---- opening ------------------------------------------------------------------------------

TEST_CASE("open: another program's database is refused and left byte for byte", "[safety]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recipes.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "recipes");
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE recipe (name TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO recipe VALUES ('soup')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("recipes"));
    const QByteArray before = bytesOf(path);
    Storage s;
    const Status st = s.open(path);
    REQUIRE_FALSE(st.ok());
    CHECK(st.message().contains(QStringLiteral("not a caringmap database")));
    s.close();
    CHECK(bytesOf(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("open: a school readable by others is made owner-only, with its WAL files", "[safety]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("school.sqlite"));
    {
        Storage s;
        REQUIRE(s.open(path).ok());
    }
    const QFile::Permissions open644 =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    REQUIRE(QFile::setPermissions(path, open644));
    Storage s;
    REQUIRE(s.open(path).ok());
    REQUIRE(s.setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
    CHECK(ownerOnly(path));
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString file = path + QLatin1String(suffix);
        if (QFile::exists(file))
            CHECK(ownerOnly(file));
    }
}

// ---- files cut short ---------------------------------------------------------------

namespace {

// While it lives, files of this process cannot grow past `bytes` (as on a
// full disk: writes fail with EFBIG instead of the signal).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }

private:
    rlimit m_old{};
    void (*m_handler)(int) = nullptr;
};

} // namespace

TEST_CASE("files: a file cut short while written is never renamed into place", "[safety]") {
    cmtest::TempSchool school;
    fill(school.storage(), 300); // a sheet of about 15 KB: inside QSaveFile's buffer
    const Adult adult = school.storage().adults().first();
    SheetScope scope;
    scope.adultId = adult.adultId;
    const QString sheet = school.dir() + QStringLiteral("/sheet.csv");
    const QString small = school.dir() + QStringLiteral("/small.txt");
    Result<int> written = 0;
    Status committed;
    {
        FileSizeLimit limit(4096);
        written = MarkingSheet::exportTo(school.storage(), scope, sheet);
        QSaveFile f(small);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(10000, 'x')); // buffered: fails only when flushed
        committed = WriteFailure::commit(f);
    }
    REQUIRE_FALSE(written.ok());
    CHECK(written.message().contains(QStringLiteral("cannot write")));
    CHECK_FALSE(QFile::exists(sheet));
    REQUIRE_FALSE(committed.ok());
    CHECK_FALSE(QFile::exists(small));
    // Without the limit the same sheet is written whole.
    REQUIRE(MarkingSheet::exportTo(school.storage(), scope, sheet).ok());
    CHECK(QFileInfo(sheet).size() > 4096);
    CHECK(ownerOnly(sheet));
}
