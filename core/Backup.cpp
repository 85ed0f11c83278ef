#include "Backup.h"

#include "Storage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
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

} // namespace

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
    SecondConnection second(storage.path());
    if (!second.ok())
        return Error{QStringLiteral("the backup failed: cannot open the database"), path, 0};
    QSqlQuery q(second.db());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return Error{QStringLiteral("the backup failed: %1").arg(q.lastError().text()), path, 0};
    q.addBindValue(path);
    if (!q.exec())
        return Error{QStringLiteral("the backup failed: %1").arg(q.lastError().text()), path, 0};
    QFile::setPermissions(path, kOwnerOnly);
    prune(storage.path());
    return path;
}

Result<QString> Backup::beforeChange(Storage& storage, const QString& reason) {
    qint64 people = 0;
    {
        SecondConnection second(storage.path());
        if (!second.ok())
            return Error{QStringLiteral("the backup failed: cannot open the database"),
                         storage.path(), 0};
        people = committedPeople(second.db());
    }
    if (people == 0)
        return QString();
    return create(storage, reason);
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

QVector<BackupInfo> Backup::list(const QString& dbPath) {
    QVector<BackupInfo> out;
    const QDir dir(folderFor(dbPath));
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    static const QRegularExpression re(QStringLiteral("^(\\d{8}T\\d{9}Z)-(.*)\\.sqlite$"));
    for (const QFileInfo& fi : files) {
        const auto m = re.match(fi.fileName());
        if (!m.hasMatch())
            continue;
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
}

Status Backup::restore(const QString& dbPath, const QString& backupPath) {
    if (Status st = checkDatabase(backupPath); !st.ok())
        return st;
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read the backup: %1").arg(source.errorString()),
                     backupPath, 0};
    // Written first into a temporary file next to the database; renamed into
    // place only when complete (QSaveFile), so a failure leaves the school as it was.
    QSaveFile target(dbPath);
    if (!target.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write the database: %1").arg(target.errorString()),
                     dbPath, 0};
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return Error{QStringLiteral("copying the backup failed"), dbPath, 0};
        }
    }
    source.close();
    if (QFileInfo::exists(dbPath)) {
        Storage current;
        if (Status st = current.open(dbPath); st.ok()) {
            const Result<QString> b = create(current, QStringLiteral("before-restore"));
            current.close();
            if (!b.ok()) {
                target.cancelWriting();
                return b.status();
            }
        }
    }
    // The closed database has no write-ahead log left; remove any stale one
    // so that it is not replayed onto the restored file.
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    if (!target.commit())
        return Error{QStringLiteral("cannot replace the database: %1").arg(target.errorString()),
                     dbPath, 0};
    QFile::setPermissions(dbPath, kOwnerOnly);
    return {};
}

} // namespace cm
