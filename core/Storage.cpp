#include "Storage.h"

#include "StorageRows.h"

#include "FastStatement.h"

#include "Migrations.h"
#include "ServerAddress.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace cm {

using storage::fromIso;
using storage::isoTime;
using storage::selectAll;
using storage::selectOne;
using storage::selectSql;

namespace {

QString newConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("caringmap-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds the lock
// longer than the busy timeout; PostgreSQL's lock_not_available (55P03).
bool isLockError(const QSqlError& e) {
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") ||
           code == QLatin1String("55P03");
}

// PostgreSQL's SQLSTATE has five characters; SQLite's codes (extended ones
// included) have at most four digits.
bool isSqlState(const QString& code) {
    return code.size() == 5;
}

// What a district server's refusal means, when it is not the input's fault.
std::optional<Error> describeServerError(const QSqlError& e) {
    const QString code = e.nativeErrorCode();
    if (!isSqlState(code))
        return std::nullopt;
    Error err;
    err.environment = true;
    if (code == QLatin1String("40001") || code == QLatin1String("40P01")) {
        err.message = QStringLiteral("someone else changed the same rows at the same moment; "
                                     "nothing was saved (try again)");
        err.conflict = true;
    } else if (code == QLatin1String("42501")) {
        err.message = QStringLiteral("you may not change this school (your role may only read "
                                     "it, or it was not granted to you); nothing was saved");
    } else if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P"))) {
        err.message = QStringLiteral("the district server cannot be reached (%1); nothing was "
                                     "saved")
                          .arg(e.databaseText().trimmed());
    } else if (code == QLatin1String("53100")) {
        err.message = QStringLiteral("the district server's disk is full; nothing was saved");
    } else {
        return std::nullopt;
    }
    return err;
}

// What really failed, when it is not the statement's fault: the lock, a full
// disk, a read-only file or folder, the disk itself. Said so that no input
// line is blamed for it.
Error sqlError(const QString& what, const QSqlError& e) {
    return Storage::describeSqlError(what, e);
}

} // namespace

Error Storage::describeSqlError(const QString& what, const QSqlError& e) {
    const auto environment = [](const QString& message) {
        Error err{message, {}, 0};
        err.environment = true;
        return err;
    };
    if (std::optional<Error> server = describeServerError(e))
        return *server;
    if (isLockError(e))
        return environment(
            QStringLiteral("the school is locked by another program; nothing was saved"));
    // Extended codes keep the primary code in their low byte.
    switch (e.nativeErrorCode().toInt() & 0xff) {
    case 13: // SQLITE_FULL
        return environment(
            QStringLiteral("the disk is full (not a problem in the input); nothing was saved"));
    case 8: // SQLITE_READONLY
        return environment(QStringLiteral("the school's file or folder is read-only (not a "
                                          "problem in the input); nothing was saved"));
    case 10: // SQLITE_IOERR
        return environment(QStringLiteral("the disk could not be written (%1; not a problem in "
                                          "the input); nothing was saved")
                               .arg(e.databaseText()));
    default:
        return Error{QStringLiteral("%1: %2").arg(what, e.text()), {}, 0};
    }
}

namespace {

constexpr const char* kStudentColumns =
    "id, student_id, given_name, family_name, preferred_name, grade, homeroom, active, "
    "student_number";
constexpr const char* kAdultColumns =
    "id, adult_id, given_name, family_name, role, email, active, capacity, volunteer, leaving_date";
constexpr const char* kRoundColumns = "id, name, opened, closed";

QVariant capacityValue(const Adult& a) {
    return a.capacity < 0 ? QVariant() : QVariant(a.capacity);
}

QVariant dateValue(const QDate& d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

Student readStudent(const QSqlQuery& q) {
    Student s;
    s.id = q.value(0).toLongLong();
    s.studentId = q.value(1).toString();
    s.givenName = q.value(2).toString();
    s.familyName = q.value(3).toString();
    s.preferredName = q.value(4).toString();
    s.grade = q.value(5).toString();
    s.homeroom = q.value(6).toString();
    s.active = q.value(7).toBool();
    s.studentNumber = q.value(8).toString();
    return s;
}

Adult readAdult(const QSqlQuery& q) {
    Adult a;
    a.id = q.value(0).toLongLong();
    a.adultId = q.value(1).toString();
    a.givenName = q.value(2).toString();
    a.familyName = q.value(3).toString();
    a.role = q.value(4).toString();
    a.email = q.value(5).toString();
    a.active = q.value(6).toBool();
    a.capacity = q.value(7).isNull() ? -1 : q.value(7).toInt();
    a.volunteer = q.value(8).toBool();
    a.leavingDate =
        q.value(9).isNull() ? QDate() : QDate::fromString(q.value(9).toString(), Qt::ISODate);
    return a;
}

Round readRound(const QSqlQuery& q) {
    Round r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.opened = fromIso(q.value(2));
    r.closed = fromIso(q.value(3));
    return r;
}

QString seasonName(const QDate& d) {
    const int m = d.month();
    const QString season = m >= 8   ? QStringLiteral("Fall")
                           : m <= 5 ? QStringLiteral("Spring")
                                    : QStringLiteral("Summer");
    return QStringLiteral("%1 %2").arg(season).arg(d.year());
}

} // namespace

Storage::Storage()
    : m_connectionName(newConnectionName()) {}

Storage::~Storage() {
    close();
}

QString Storage::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/caringmap.sqlite");
}

Status Storage::open(const QString& path) {
    close();
    if (ServerAddress::isServer(path))
        return openServer(path, true);
    m_engine = Engine::Sqlite;
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error{QStringLiteral("cannot create the folder"), info.absolutePath(), 0};
        // Create the file ourselves first so that it, and the WAL files
        // SQLite derives from it, are readable by the owner only.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{f.errorString(), path, 0};
        f.close();
    } else if (info.isDir()) {
        return Error{QStringLiteral("is a folder, not a caringmap database"), path, 0};
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Error{QStringLiteral("cannot open: %1").arg(text), path, 0};
        }
    }
    m_path = path;
    Status s = configure();
    if (s.ok())
        s = migrate();
    if (!s.ok()) {
        Error e = s.error();
        if (e.file.isEmpty())
            e.file = path;
        close();
        return e;
    }
    tightenPermissions();
    return {};
}

void Storage::close() {
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
    m_school.clear();
    m_txDepth = 0;
    m_txFailure.reset();
    m_txWrote = false;
    m_commits = 0;
    m_serverProcess = 0;
}

bool Storage::isOpen() const {
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase Storage::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Status Storage::configure() {
    QSqlQuery q(database());
    // Not a SQLite file at all: the first read fails here with a clear message.
    if (!q.exec(QStringLiteral("PRAGMA schema_version")))
        return Error{
            QStringLiteral("not a caringmap database (%1)").arg(q.lastError().text()), {}, 0};
    // Another program's database: refused before anything (even the journal
    // mode) is written to it.
    if (Status st = checkOwnSchema(); !st.ok())
        return st;
    // Reads map the file rather than copy it page by page through read()
    // calls, and a district's working set (tens of MB) stays in the cache.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000",
                               "PRAGMA mmap_size = 268435456", "PRAGMA cache_size = -32768"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlError(QString::fromLatin1(pragma), q.lastError());
    }
    return {};
}

// An empty file, or one with caringmap's tables, is ours; any other
// non-empty database belongs to another program.
Status Storage::checkOwnSchema() const {
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(sum(type = 'table' AND name IN "
                               "('student', 'adult', 'round', 'mark')), 0) FROM sqlite_master")) ||
        !q.next())
        return sqlError(QStringLiteral("cannot read the database"), q.lastError());
    const int objects = q.value(0).toInt();
    const int ours = q.value(1).toInt();
    if (objects > 0 && (schemaVersion() == 0 || ours < 4))
        return Status::fail(QStringLiteral("not a caringmap database: it holds another "
                                           "program's tables (it was not changed)"));
    return {};
}

// The school, its write-ahead log and shared memory: owner-only, also when
// an older version or another tool left them readable by others.
void Storage::tightenPermissions() const {
    constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = m_path + suffix;
        const QFileInfo fi(file);
        constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup |
                                              QFile::ExeGroup | QFile::ReadOther |
                                              QFile::WriteOther | QFile::ExeOther;
        if (fi.exists() && fi.isFile() && (fi.permissions() & others))
            QFile::setPermissions(file, ownerOnly);
    }
}

int Storage::schemaVersion() const {
    QSqlQuery q(database());
    if (isServer()) {
        if (q.exec(QStringLiteral("SELECT version FROM caringmap_schema")) && q.next())
            return q.value(0).toInt();
        return 0;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

// Ordered steps in one transaction: a failure leaves the file as it was.
Status Storage::migrate() {
    const int current = schemaVersion();
    if (current < 0)
        return Status::fail(QStringLiteral("cannot read the schema version"));
    if (current > latestSchemaVersion())
        return Status::fail(
            QStringLiteral("this database was written by a newer caringmap (schema %1, this "
                           "program knows %2)")
                .arg(current)
                .arg(latestSchemaVersion()));
    if (current == latestSchemaVersion())
        return {};

    Transaction tx(*this);
    if (Status st = tx.status(); !st.ok())
        return st;
    QSqlQuery q(database());
    for (const MigrationStep& step : migrationSteps()) {
        if (step.version <= current)
            continue;
        for (const QString& statement : step.statements) {
            const QString sql = migrationSql(statement, isServer());
            if (!sql.isEmpty() && !q.exec(sql))
                return sqlError(QStringLiteral("schema step %1").arg(step.version), q.lastError());
        }
        const QString version = isServer()
                                    ? QStringLiteral("UPDATE caringmap_schema SET version = %1")
                                    : QStringLiteral("PRAGMA user_version = %1");
        if (!q.exec(version.arg(step.version)))
            return sqlError(QStringLiteral("schema step %1").arg(step.version), q.lastError());
    }
    return tx.commit();
}

// ---- transactions ----------------------------------------------------------

Status Storage::beginOuter() {
    QSqlQuery q(database());
    m_txWrote = false;
    // A file: take the write lock now, so that a busy school fails here and
    // not halfway. A server: READ COMMITTED; every write is an upsert or
    // keyed by row, and a deadlock between two counselors is retried.
    if (!q.exec(isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(QStringLiteral("cannot start saving"), q.lastError());
    return {};
}

Status Storage::flushPendingWrites() const {
    if (!m_pendingWrites)
        return {};
    const std::function<Status()> flush = std::move(m_pendingWrites);
    m_pendingWrites = nullptr;
    return flush();
}

void Storage::failTransaction(const Error& e) {
    if (m_txDepth > 0 && !m_txFailure)
        m_txFailure = e;
}

Status Storage::commitOuter() {
    if (Status st = flushPendingWrites(); !st.ok())
        return st;
    if (isServer() && m_txWrote)
        if (Status st = notifyChange(); !st.ok())
            return st;
    m_changeHint.clear();
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("COMMIT")))
        return sqlError(QStringLiteral("commit"), q.lastError());
    if (m_txWrote)
        ++m_commits;
    return {};
}

void Storage::rollbackOuter() {
    m_changeHint.clear();
    m_pendingWrites = nullptr;
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK"));
}

// SQLite refuses every change through this connection while query_only is on,
// including statements that bypass exec().
void Storage::setQueryOnly(bool on) {
    if (isServer())
        return; // exec() refuses every statement while the start failed
    QSqlQuery q(database());
    q.exec(on ? QStringLiteral("PRAGMA query_only = ON")
              : QStringLiteral("PRAGMA query_only = OFF"));
}

Storage::Transaction::Transaction(Storage& s)
    : m_storage(s) {
    m_outer = (m_storage.m_txDepth == 0);
    if (m_outer) {
        if (Status st = m_storage.beginOuter(); !st.ok()) {
            m_storage.m_txFailure = st.error();
            m_storage.setQueryOnly(true);
        }
    }
    ++m_storage.m_txDepth;
}

Storage::Transaction::~Transaction() {
    if (m_done)
        return;
    --m_storage.m_txDepth;
    if (!m_outer)
        return;
    if (m_storage.m_txFailure) {
        m_storage.setQueryOnly(false);
        m_storage.m_txFailure.reset();
    } else {
        m_storage.rollbackOuter();
    }
}

Status Storage::Transaction::status() const {
    return m_storage.m_txFailure ? Status(*m_storage.m_txFailure) : Status();
}

Status Storage::Transaction::commit() {
    if (m_done)
        return Status::fail(QStringLiteral("the transaction has already ended"));
    m_done = true;
    --m_storage.m_txDepth;
    if (m_storage.m_txFailure) {
        const Error e = *m_storage.m_txFailure;
        if (m_outer) {
            m_storage.setQueryOnly(false);
            m_storage.m_txFailure.reset();
        }
        return e;
    }
    if (!m_outer)
        return {};
    Status s = m_storage.commitOuter();
    if (!s.ok())
        m_storage.rollbackOuter();
    return s;
}

// ---- helpers -----------------------------------------------------------------

Status Storage::exec(QSqlQuery& q, const QString& sql, const QVariantList& values) const {
    // Views may ask before a school is open (at start-up): no school, no rows.
    // The query's own driver says so without another connection lookup.
    if (!q.driver() || !q.driver()->isOpen())
        return Status::fail(QStringLiteral("no school is open"));
    // On a server a transaction that could not start leaves the connection
    // in autocommit: nothing may run in it.
    if (m_txFailure && isServer())
        return *m_txFailure;
    if (Status st = flushPendingWrites(); !st.ok())
        return st;
    if (m_txDepth > 0 && !sql.startsWith(QLatin1String("SELECT")))
        m_txWrote = true;
    if (!q.prepare(sql))
        return sqlError(QStringLiteral("prepare"), q.lastError());
    for (const QVariant& v : values) {
        // A null QString is "no text": store '' (text columns are NOT NULL);
        // SQL NULL is bound only from a null QVariant.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QString(QLatin1String("")));
        else
            q.addBindValue(v);
    }
    if (!q.exec()) {
        // Inside a transaction that could not start, every write fails for
        // that reason (the connection is read-only until it ends).
        if (m_txFailure)
            return *m_txFailure;
        return sqlError(QStringLiteral("query"), q.lastError());
    }
    return {};
}

Status Storage::failure(const QSqlError& error) const {
    if (m_txFailure)
        return *m_txFailure;
    return sqlError(QStringLiteral("query"), error);
}

Status Storage::exec(const QString& sql, const QVariantList& values) {
    QSqlQuery q(database());
    return exec(q, sql, values);
}

// ---- students --------------------------------------------------------------------

QVector<Student> Storage::students() const {
    // The whole roster is read by every figure: through SQLite's own
    // statement, without a QVariant per value (a district has 30,000 rows).
    QVector<Student> out;
    const QByteArray sql = selectSql(kStudentColumns, "student", "ORDER BY id").toUtf8();
    FastStatement q(*this, sql.constData());
    while (q.next()) {
        Student s;
        s.id = q.int64(0);
        s.studentId = q.text(1);
        s.givenName = q.text(2);
        s.familyName = q.text(3);
        s.preferredName = q.text(4);
        s.grade = q.text(5);
        s.homeroom = q.text(6);
        s.active = q.int64(7) != 0;
        s.studentNumber = q.text(8);
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<Student> Storage::studentByExternalId(const QString& studentId) const {
    return selectOne(*this, &readStudent,
                     selectSql(kStudentColumns, "student", "WHERE student_id = ?"), {studentId});
}

std::optional<Student> Storage::studentById(RowId id) const {
    return selectOne(*this, &readStudent, selectSql(kStudentColumns, "student", "WHERE id = ?"),
                     {id});
}

Result<RowId> Storage::addStudent(const Student& s) {
    if (s.studentId.trimmed().isEmpty())
        return Error{QStringLiteral("a student needs a student id"), {}, 0};
    if (s.givenName.trimmed().isEmpty() || s.familyName.trimmed().isEmpty())
        return Error{
            QStringLiteral("student %1 needs a given and a family name").arg(s.studentId), {}, 0};
    if (studentByExternalId(s.studentId))
        return Error{QStringLiteral("student id %1 is already in use").arg(s.studentId), {}, 0};
    QSqlQuery q(database());
    Status st = exec(q,
                     QStringLiteral("INSERT INTO student (student_id, given_name, family_name, "
                                    "preferred_name, grade, homeroom, active, student_number) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                     {s.studentId, s.givenName, s.familyName, s.preferredName, s.grade, s.homeroom,
                      s.active ? 1 : 0, s.studentNumber});
    if (!st.ok())
        return st.error();
    return storage::returnedId(q);
}

Status Storage::updateStudent(const Student& s) {
    if (s.givenName.trimmed().isEmpty() || s.familyName.trimmed().isEmpty())
        return Status::fail(
            QStringLiteral("student %1 needs a given and a family name").arg(s.studentId));
    if (auto other = studentByExternalId(s.studentId); other && other->id != s.id)
        return Status::fail(QStringLiteral("student id %1 is already in use").arg(s.studentId));
    return exec(QStringLiteral("UPDATE student SET student_id = ?, given_name = ?, family_name = ?,"
                               " preferred_name = ?, grade = ?, homeroom = ?, active = ?, "
                               "student_number = ? WHERE id = ?"),
                {s.studentId, s.givenName, s.familyName, s.preferredName, s.grade, s.homeroom,
                 s.active ? 1 : 0, s.studentNumber, s.id});
}

Result<RowId> Storage::upsertStudent(const Student& s) {
    if (auto existing = studentByExternalId(s.studentId)) {
        Student updated = s;
        updated.id = existing->id;
        if (!(updated == *existing)) {
            Status st = updateStudent(updated);
            if (!st.ok())
                return st.error();
        }
        return existing->id;
    }
    return addStudent(s);
}

Status Storage::setStudentActive(RowId id, bool active) {
    return exec(QStringLiteral("UPDATE student SET active = ? WHERE id = ?"), {active ? 1 : 0, id});
}

Status Storage::deleteStudent(RowId id) {
    Transaction tx(*this);
    for (const char* sql :
         {"DELETE FROM mark WHERE student_id = ?", "DELETE FROM student WHERE id = ?"}) {
        if (Status s = exec(QString::fromLatin1(sql), {id}); !s.ok())
            return s;
    }
    return tx.commit();
}

// ---- adults -------------------------------------------------------------------------

QVector<Adult> Storage::adults() const {
    return selectAll(*this, &readAdult, selectSql(kAdultColumns, "adult", "ORDER BY id"));
}

std::optional<Adult> Storage::adultByExternalId(const QString& adultId) const {
    return selectOne(*this, &readAdult, selectSql(kAdultColumns, "adult", "WHERE adult_id = ?"),
                     {adultId});
}

std::optional<Adult> Storage::adultById(RowId id) const {
    return selectOne(*this, &readAdult, selectSql(kAdultColumns, "adult", "WHERE id = ?"), {id});
}

Result<RowId> Storage::addAdult(const Adult& a) {
    if (a.adultId.trimmed().isEmpty())
        return Error{QStringLiteral("an adult needs an adult id"), {}, 0};
    if (a.givenName.trimmed().isEmpty() || a.familyName.trimmed().isEmpty())
        return Error{
            QStringLiteral("adult %1 needs a given and a family name").arg(a.adultId), {}, 0};
    if (adultByExternalId(a.adultId))
        return Error{QStringLiteral("adult id %1 is already in use").arg(a.adultId), {}, 0};
    QSqlQuery q(database());
    Status st = exec(q,
                     QStringLiteral("INSERT INTO adult (adult_id, given_name, family_name, role, "
                                    "email, active, capacity, volunteer, leaving_date) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                     {a.adultId, a.givenName, a.familyName, a.role, a.email, a.active ? 1 : 0,
                      capacityValue(a), a.volunteer ? 1 : 0, dateValue(a.leavingDate)});
    if (!st.ok())
        return st.error();
    return storage::returnedId(q);
}

Status Storage::updateAdult(const Adult& a) {
    if (a.givenName.trimmed().isEmpty() || a.familyName.trimmed().isEmpty())
        return Status::fail(
            QStringLiteral("adult %1 needs a given and a family name").arg(a.adultId));
    if (auto other = adultByExternalId(a.adultId); other && other->id != a.id)
        return Status::fail(QStringLiteral("adult id %1 is already in use").arg(a.adultId));
    return exec(QStringLiteral("UPDATE adult SET adult_id = ?, given_name = ?, family_name = ?, "
                               "role = ?, email = ?, active = ?, capacity = ?, volunteer = ?, "
                               "leaving_date = ? WHERE id = ?"),
                {a.adultId, a.givenName, a.familyName, a.role, a.email, a.active ? 1 : 0,
                 capacityValue(a), a.volunteer ? 1 : 0, dateValue(a.leavingDate), a.id});
}

Result<RowId> Storage::upsertAdult(const Adult& a) {
    if (auto existing = adultByExternalId(a.adultId)) {
        Adult updated = a;
        updated.id = existing->id;
        if (!(updated == *existing)) {
            Status st = updateAdult(updated);
            if (!st.ok())
                return st.error();
        }
        return existing->id;
    }
    return addAdult(a);
}

Status Storage::setAdultActive(RowId id, bool active) {
    return exec(QStringLiteral("UPDATE adult SET active = ? WHERE id = ?"), {active ? 1 : 0, id});
}

Status Storage::deleteAdult(RowId id) {
    Transaction tx(*this);
    for (const char* sql :
         {"DELETE FROM mark WHERE adult_id = ?", "DELETE FROM adult WHERE id = ?"}) {
        if (Status s = exec(QString::fromLatin1(sql), {id}); !s.ok())
            return s;
    }
    return tx.commit();
}

// ---- rounds ---------------------------------------------------------------------------

QVector<Round> Storage::rounds() const {
    return selectAll(*this, &readRound, selectSql(kRoundColumns, "round", "ORDER BY opened, id"));
}

std::optional<Round> Storage::roundByName(const QString& name) const {
    return selectOne(*this, &readRound, selectSql(kRoundColumns, "round", "WHERE name = ?"),
                     {name.trimmed()});
}

std::optional<Round> Storage::roundById(RowId id) const {
    return selectOne(*this, &readRound, selectSql(kRoundColumns, "round", "WHERE id = ?"), {id});
}

Result<Round> Storage::createRound(const QString& name, const QDateTime& opened) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Error{QStringLiteral("a round needs a name"), {}, 0};
    if (roundByName(n))
        return Error{QStringLiteral("there is already a round named \"%1\"").arg(n), {}, 0};
    Round r;
    r.name = n;
    r.opened = opened.isValid() ? opened : QDateTime::currentDateTimeUtc();
    // Keep "most recently opened" well defined: a new round never opens
    // before the latest existing one.
    const QVector<Round> all = rounds();
    if (!opened.isValid() && !all.isEmpty() && all.constLast().opened > r.opened)
        r.opened = all.constLast().opened.addMSecs(1);
    QSqlQuery q(database());
    Status st =
        exec(q, QStringLiteral("INSERT INTO round (name, opened) VALUES (?, ?) RETURNING id"),
             {r.name, isoTime(r.opened)});
    if (!st.ok())
        return st.error();
    r.id = storage::returnedId(q);
    return r;
}

Result<Round> Storage::currentRound() {
    const QVector<Round> all = rounds();
    if (!all.isEmpty())
        return all.constLast();
    return createRound(seasonName(QDate::currentDate()));
}

Result<Round> Storage::resolveRound(const QString& name) {
    if (name.trimmed().isEmpty())
        return currentRound();
    if (auto r = roundByName(name))
        return *r;
    // A mistyped name never creates a round: rounds are made by `round new`.
    QStringList names;
    for (const Round& r : rounds())
        names.push_back(QStringLiteral("\"%1\"").arg(r.name));
    return Error{QStringLiteral("there is no round named \"%1\" (the rounds are %2; start one "
                                "with 'caringmap round new NAME')")
                     .arg(name.trimmed(), names.isEmpty() ? QStringLiteral("none")
                                                          : names.join(QStringLiteral(", "))),
                 {},
                 0};
}

// ---- settings ------------------------------------------------------------------------

QString Storage::setting(const QString& key, const QString& fallback) const {
    QSqlQuery q(database());
    if (exec(q, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key}).ok() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Storage::setSetting(const QString& key, const QString& value) {
    return exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                               "ON CONFLICT (%1key) DO UPDATE SET value = excluded.value")
                    .arg(storage::inSchool(*this)),
                {key, value});
}

QString Storage::schoolName() const {
    const QString name = setting(QStringLiteral("school_name"));
    if (!name.isEmpty())
        return name;
    if (isServer()) {
        QSqlQuery q(database());
        if (exec(q, QStringLiteral("SELECT name FROM school WHERE id = ?"), {m_school}).ok() &&
            q.next() && !q.value(0).toString().isEmpty())
            return q.value(0).toString();
        return m_school;
    }
    return QFileInfo(m_path).completeBaseName();
}

} // namespace cm
