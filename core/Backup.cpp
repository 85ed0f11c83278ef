#include "Backup.h"

#include "Storage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cm {

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
const char* kStampFormat = "yyyyMMdd'T'HHmmsszzz'Z'";

QString cleanReason(const QString& reason) {
    QString r = reason.toLower();
    r.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    r = r.left(40);
    while (r.startsWith(QLatin1Char('-')))
        r.remove(0, 1);
    while (r.endsWith(QLatin1Char('-')))
        r.chop(1);
    return r.isEmpty() ? QStringLiteral("backup") : r;
}

// Checks that a file is a caringmap database, through its own connection.
Status checkDatabase(const QString& path) {
    if (!QFileInfo(path).isFile())
        return Error{QStringLiteral("no such backup"), path, 0};
    const QString name = QStringLiteral("cm-backup-check-") + QUuid::createUuid().toString();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Error{QStringLiteral("cannot open the backup: %1").arg(db.lastError().text()),
                           path, 0};
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
                q.value(0).toString() != QLatin1String("ok"))
                result = Error{QStringLiteral("the backup is damaged or not a database"), path, 0};
            else if (!q.exec(QStringLiteral("SELECT count(*) FROM student")))
                result = Error{QStringLiteral("not a caringmap database"), path, 0};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString Backup::folderFor(const QString& dbPath) {
    const QFileInfo fi(dbPath);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral("-backups"));
}

namespace {

// A second, short-lived connection to the school's file.
class SecondConnection {
public:
    explicit SecondConnection(const QString& path)
        : m_name(QStringLiteral("cm-backup-") + QUuid::createUuid().toString()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~SecondConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
};

qint64 committedPeople(const QSqlDatabase& db) {
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM student) + (SELECT count(*) FROM "
                              "adult) + (SELECT count(*) FROM mark)")) &&
        q.next())
        return q.value(0).toLongLong();
    return -1;
}

// Streams one table from both connections in the same order; true when equal.
bool sameTable(const QSqlDatabase& a, const QSqlDatabase& b, const QString& table) {
    QSqlQuery info(a);
    // Table names come from sqlite_master, never from input.
    if (!info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
        return false;
    QStringList order;
    while (info.next())
        order << QString::number(order.size() + 1);
    const QString sql =
        QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(QLatin1Char(',')));
    QSqlQuery qa(a);
    QSqlQuery qb(b);
    qa.setForwardOnly(true);
    qb.setForwardOnly(true);
    if (!qa.exec(sql) || !qb.exec(sql))
        return false;
    const int columns = int(order.size());
    for (;;) {
        const bool na = qa.next();
        const bool nb = qb.next();
        if (na != nb)
            return false;
        if (!na)
            return true;
        for (int i = 0; i < columns; ++i)
            if (qa.value(i) != qb.value(i))
                return false;
    }
}

// VACUUM INTO an owner-only empty file, through a second connection: the
// last committed state, also while the Storage holds a transaction.
Status copyInto(const QString& dbPath, const QString& target) {
    {
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return Error{QStringLiteral("the backup failed: %1").arg(f.errorString()), target, 0};
    }
    SecondConnection second(dbPath);
    if (!second.ok())
        return Error{QStringLiteral("the backup failed: cannot open the database"), dbPath, 0};
    QSqlQuery q(second.db());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return Error{QStringLiteral("the backup failed: %1").arg(q.lastError().text()), target, 0};
    q.addBindValue(target);
    if (!q.exec())
        return Error{QStringLiteral("the backup failed: %1").arg(q.lastError().text()), target, 0};
    return {};
}

// Cheap: opens as SQLite, read-only, with caringmap's tables and a schema version.
bool isReadableBackup(const QString& path) {
    const QString name = QStringLiteral("cm-backup-list-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master WHERE type = "
                                       "'table' AND name IN ('student', 'adult', 'round', "
                                       "'mark')) = 4")) &&
                 q.next() && q.value(0).toBool() && q.exec(QStringLiteral("PRAGMA user_version")) &&
                 q.next() && q.value(0).toInt() > 0;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

Status Backup::snapshot(const QString& dbPath, const QString& target) {
    return copyInto(dbPath, target);
}

Result<QString> Backup::create(Storage& storage, const QString& reason) {
    const QString folder = folderFor(storage.path());
    QDir dir;
    if (!dir.mkpath(folder))
        return Error{QStringLiteral("cannot create the backup folder"), folder, 0};
    QFile::setPermissions(folder, kOwnerOnly | QFile::ExeOwner);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QLatin1String(kStampFormat));
    QString path = QDir(folder).filePath(stamp + QLatin1Char('-') + cleanReason(reason) +
                                         QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(
            QStringLiteral("%1-%2-%3.sqlite").arg(stamp, cleanReason(reason)).arg(n));
    // Written under a temporary name that list() ignores, owner-only from
    // the start, and renamed only when complete: a killed backup leaves no
    // broken file that looks like a backup.
    const QString partial = QDir(folder).filePath(
        QStringLiteral(".partial-%1.tmp").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    Status st = copyInto(storage.path(), partial);
    if (st.ok() && !QFile::rename(partial, path))
        st = Error{QStringLiteral("the backup failed: cannot rename it into place"), path, 0};
    if (!st.ok()) {
        QFile::remove(partial);
        return st.error();
    }
    prune(storage.path());
    return path;
}

Result<QString> Backup::beforeCommit(Storage& storage, const QString& reason, bool* changed) {
    *changed = true;
    qint64 people = 0;
    {
        SecondConnection second(storage.path());
        if (!second.ok())
            return Error{QStringLiteral("the backup failed: cannot open the database"),
                         storage.path(), 0};
        QSqlQuery tables(second.db());
        if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
            return Error{QStringLiteral("cannot compare: %1").arg(tables.lastError().text()),
                         storage.path(), 0};
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        bool same = true;
        for (const QString& t : names)
            if (!(same = sameTable(storage.database(), second.db(), t)))
                break;
        *changed = !same;
        people = committedPeople(second.db());
    }
    if (!*changed || people == 0)
        return QString();
    return create(storage, reason);
}

QVector<BackupInfo> Backup::list(const QString& dbPath, QStringList* skipped) {
    QVector<BackupInfo> out;
    const QDir dir(folderFor(dbPath));
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    static const QRegularExpression re(QStringLiteral("^(\\d{8}T\\d{9}Z)-(.*)\\.sqlite$"));
    for (const QFileInfo& fi : files) {
        const auto m = re.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        if (!isReadableBackup(fi.absoluteFilePath())) {
            if (skipped)
                skipped->push_back(fi.absoluteFilePath());
            continue;
        }
        BackupInfo b;
        b.path = fi.absoluteFilePath();
        b.created = QDateTime::fromString(m.captured(1), QLatin1String(kStampFormat));
        b.created.setTimeSpec(Qt::UTC);
        b.reason = m.captured(2);
        b.size = fi.size();
        out.push_back(b);
    }
    return out;
}

void Backup::prune(const QString& dbPath) {
    const QVector<BackupInfo> all = list(dbPath);
    for (int i = kKeep; i < all.size(); ++i)
        QFile::remove(all[i].path);
    // Temporary files of a backup or restore that was killed: a day old is
    // surely not one still being written by another program.
    const QDir dir(folderFor(dbPath));
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo& fi :
         dir.entryInfoList({QStringLiteral(".partial-*.tmp"), QStringLiteral(".restoring-*.tmp*")},
                           QDir::Files | QDir::Hidden))
        if (fi.lastModified().toUTC() < dayAgo)
            QFile::remove(fi.absoluteFilePath());
}

namespace {

QStringList tablesOf(const QSqlDatabase& db, const QString& schema) {
    QSqlQuery q(db);
    // The schema name is "main" or "restored", never input.
    q.exec(QStringLiteral("SELECT name FROM \"%1\".sqlite_master WHERE type = 'table' AND name "
                          "NOT LIKE 'sqlite_%' ORDER BY name")
               .arg(schema));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList columnsOf(const QSqlDatabase& db, const QString& table) {
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA main.table_info(\"%1\")").arg(table));
    QStringList out;
    while (q.next())
        out << QLatin1Char('"') + q.value(1).toString() + QLatin1Char('"');
    return out;
}

// Inside the caller's transaction: every table of main takes the rows of
// "restored" (same schema version, so the same tables and columns).
Status copyTables(Storage& live) {
    const QSqlDatabase db = live.database();
    const QStringList tables = tablesOf(db, QStringLiteral("main"));
    if (tables != tablesOf(db, QStringLiteral("restored")))
        return Status::fail(QStringLiteral("the backup's tables differ from the school's"));
    // The audit trail is append-only (issue 15): a restore keeps every row
    // the school has and adds the backup's rows it lacks.
    for (const QString& t : tables)
        if (t != QLatin1String("audit"))
            if (Status st = live.exec(QStringLiteral("DELETE FROM main.\"%1\"").arg(t)); !st.ok())
                return st;
    if (tables.contains(QStringLiteral("audit"))) {
        if (Status st = live.exec(QStringLiteral(
                "INSERT INTO main.audit (at, who, action, student_row, student, adult_row, adult,"
                " before, after) SELECT at, who, action, student_row, student, adult_row, adult,"
                " before, after FROM restored.audit r WHERE NOT EXISTS (SELECT 1 FROM main.audit m"
                " WHERE m.at = r.at AND m.who = r.who AND m.action = r.action"
                " AND m.student = r.student AND m.adult = r.adult AND m.before = r.before"
                " AND m.after = r.after) ORDER BY r.id"));
            !st.ok())
            return st;
    }
    for (const QString& t : tables) {
        if (t == QLatin1String("audit"))
            continue;
        const QString cols = columnsOf(db, t).join(QLatin1Char(','));
        if (Status st = live.exec(QStringLiteral("INSERT INTO main.\"%1\" (%2) SELECT %2 FROM "
                                                 "restored.\"%1\"")
                                      .arg(t, cols));
            !st.ok())
            return st;
    }
    QSqlQuery seq(db);
    if (seq.exec(
            QStringLiteral("SELECT 1 FROM main.sqlite_master WHERE name = 'sqlite_sequence'")) &&
        seq.next()) {
        if (Status st = live.exec(QStringLiteral("DELETE FROM main.sqlite_sequence")); !st.ok())
            return st;
        if (Status st = live.exec(QStringLiteral("INSERT INTO main.sqlite_sequence SELECT * FROM "
                                                 "restored.sqlite_sequence"));
            !st.ok())
            return st;
    }
    // Foreign keys are off while copying (checking each deleted parent
    // against its children row by row took seconds); checked here as a whole.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA main.foreign_key_check")) || check.next())
        return Status::fail(QStringLiteral("the backup's rows do not fit together (a foreign key "
                                           "check failed)"));
    return {};
}

} // namespace

// Restores INTO the live database, inside one write transaction, so that
// other connections (the window, another command) stay valid and see the
// restored school on their next read; no file is replaced or deleted under
// them. The backup is first checked, then copied and brought to this
// program's schema in a scratch file, so the live file is touched only by
// the one transaction.
Status Backup::restore(const QString& dbPath, const QString& backupPath) {
    if (Status st = checkDatabase(backupPath); !st.ok())
        return st;
    const bool existed = QFileInfo::exists(dbPath);
    Storage live;
    if (Status st = live.open(dbPath); !st.ok())
        return st;
    const QString folder = folderFor(dbPath);
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("cannot create the backup folder"), folder, 0};
    const QString scratch =
        QDir(folder).filePath(QStringLiteral(".restoring-%1.tmp")
                                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    struct Remove {
        QString path;
        ~Remove() {
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
        }
    } removeScratch{scratch};
    if (Status st = copyInto(backupPath, scratch); !st.ok())
        return st;
    {
        Storage migrated; // brings an older backup to this program's schema
        if (Status st = migrated.open(scratch); !st.ok())
            return Error{st.error().message, backupPath, 0};
        if (Status st = migrated.exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !st.ok())
            return st;
    }
    // Only this short-lived connection: set outside the transaction, as
    // SQLite requires; every other connection keeps its foreign keys on.
    if (Status st = live.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !st.ok())
        return st;
    if (Status st = live.exec(QStringLiteral("ATTACH DATABASE ? AS restored"), {scratch}); !st.ok())
        return st;
    Status result;
    {
        Storage::Transaction tx(live);
        result = tx.status();
        // Under the write lock: the backup holds exactly the state replaced.
        if (result.ok() && existed) {
            const Result<QString> b = create(live, QStringLiteral("before-restore"));
            result = b.status();
        }
        if (result.ok())
            result = copyTables(live);
        if (result.ok())
            result = tx.commit();
    }
    (void)live.exec(QStringLiteral("DETACH DATABASE restored"));
    if (!result.ok())
        return Error{result.error().message, dbPath, 0};
    return {};
}

} // namespace cm
