// A district on one PostgreSQL server (issue 17): connecting, the district's
// schema, schools, roles and the change notifications. Declared in
// Storage.h's "District server" block; the SQL of the district's own tables
// and row-level security is in core/DistrictSchema.cpp.
#include "DistrictSchema.h"
#include "Migrations.h"
#include "ServerAddress.h"
#include "Storage.h"
#include "StorageRows.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace cm {

namespace {

PGconn* connectionOf(const QSqlDatabase& db) {
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() ||
        (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(v.constData());
}

QString noDistrictYet(const QString& display) {
    return QStringLiteral("%1 holds no caringmap district yet; district IT creates it with "
                          "'caringmap --db ADDRESS district init'")
        .arg(display);
}

} // namespace

Status Storage::openServer(const QString& location, bool withSchool) {
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address.ok())
        return address.error();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setConnectOptions(address->connectOptions());
        if (!db.open()) {
            const QString text = db.lastError().databaseText().trimmed();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            Error e{
                QStringLiteral("cannot connect to the district server %1: %2")
                    .arg(address->display(), text.isEmpty() ? QStringLiteral("no answer") : text),
                {},
                0};
            e.environment = true;
            return e;
        }
    }
    m_engine = Engine::Postgres;
    m_path = location;
    Status st = configureServer();
    if (st.ok() && withSchool) {
        const int version = schemaVersion();
        if (version == 0)
            st = Status::fail(noDistrictYet(address->display()));
        else if (version > latestSchemaVersion())
            st = Status::fail(QStringLiteral("this district was brought forward by a newer "
                                             "caringmap (schema %1, this program knows %2)")
                                  .arg(version)
                                  .arg(latestSchemaVersion()));
        else if (version < latestSchemaVersion())
            st = isDistrictOwner() ? initDistrict(InitMode::IfNeeded)
                                   : Status::fail(QStringLiteral(
                                         "the district's schema is older than this caringmap; "
                                         "district IT brings it forward with 'caringmap --db "
                                         "ADDRESS district init'"));
        if (st.ok())
            st = chooseSchool(address->school());
    }
    if (!st.ok()) {
        close();
        return st;
    }
    return {};
}

Status Storage::configureServer() {
    QSqlQuery q(database());
    for (const char* sql : {"SET client_min_messages = warning", "SET lock_timeout = '10s'"})
        if (!q.exec(QLatin1String(sql)))
            return describeSqlError(QString::fromLatin1(sql), q.lastError());
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return describeSqlError(QStringLiteral("the server"), q.lastError());
    m_serverProcess = q.value(0).toLongLong();
    return {};
}

Status Storage::openDistrict(const QString& location) {
    close();
    if (!ServerAddress::isServer(location))
        return Status::fail(QStringLiteral("the district commands need a PostgreSQL server's "
                                           "address in --db (postgresql://...), not a file"));
    return openServer(location, false);
}

bool Storage::isDistrictOwner() const {
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT to_regclass('school') IS NOT NULL AND "
                                 "caringmap_is_owner()")) &&
           q.next() && q.value(0).toBool();
}

Status Storage::initDistrict(InitMode mode) {
    Transaction tx(*this);
    if (Status st = tx.status(); !st.ok())
        return st;
    QSqlQuery q(database());
    const QStringList bootstrap = DistrictSchema::bootstrap();
    // The district's lock first (bootstrap's first statement), then whether
    // there is anything to do.
    if (!q.exec(bootstrap.first()))
        return describeSqlError(QStringLiteral("district init"), q.lastError());
    if (mode == InitMode::IfNeeded &&
        q.exec(QStringLiteral("SELECT to_regclass('caringmap_schema') IS NOT NULL")) && q.next() &&
        q.value(0).toBool() && schemaVersion() == latestSchemaVersion())
        return tx.commit();
    for (const QString& sql : bootstrap.mid(1))
        if (!q.exec(sql))
            return describeSqlError(QStringLiteral("district init"), q.lastError());
    if (Status st = migrate(); !st.ok())
        return st;
    QStringList tables;
    if (!q.exec(
            QStringLiteral("SELECT table_name FROM information_schema.columns"
                           " WHERE table_schema = current_schema() AND column_name = 'school_id'"
                           " AND table_name <> 'school_access' AND table_name <> 'school_summary'"
                           " ORDER BY table_name")))
        return describeSqlError(QStringLiteral("district init"), q.lastError());
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& sql : DistrictSchema::security(tables))
        if (!q.exec(sql))
            return describeSqlError(QStringLiteral("district init"), q.lastError());
    return tx.commit();
}

Result<QVector<Storage::SchoolEntry>> Storage::districtSchools() const {
    QSqlQuery q(database());
    if (Status st = exec(q, QStringLiteral("SELECT id, name, caringmap_may_write(id) FROM school"
                                           " WHERE caringmap_may_read(id) ORDER BY id"));
        !st.ok())
        return st.error();
    QVector<SchoolEntry> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return out;
}

Status Storage::chooseSchool(const QString& wanted) {
    const Result<QVector<SchoolEntry>> schools = districtSchools();
    if (!schools.ok())
        return schools.error();
    QStringList ids;
    for (const SchoolEntry& s : *schools)
        ids << s.id;
    if (wanted.isEmpty() && ids.size() == 1)
        return selectSchool(ids.first());
    if (ids.isEmpty())
        return Status::fail(QStringLiteral("no school on this server is granted to you; district "
                                           "IT grants one with 'caringmap district grant ROLE "
                                           "--school ID'"));
    if (wanted.isEmpty())
        return Status::fail(QStringLiteral("choose a school with --school ID (yours: %1)")
                                .arg(ids.join(QStringLiteral(", "))));
    if (!ids.contains(wanted))
        return Status::fail(
            QStringLiteral("there is no school \"%1\" that you may open (yours: %2)")
                .arg(wanted, ids.join(QStringLiteral(", "))));
    return selectSchool(wanted);
}

Status Storage::selectSchool(const QString& id) {
    if (Status st = exec(QStringLiteral("SELECT set_config('caringmap.school', ?, false)"), {id});
        !st.ok())
        return st;
    m_school = id;
    return {};
}

Status Storage::addSchool(const QString& id, const QString& name) {
    const QString key = id.trimmed();
    if (key.isEmpty())
        return Status::fail(QStringLiteral("a school needs an id"));
    QSqlQuery q(database());
    if (Status st = exec(q,
                         QStringLiteral("INSERT INTO school (id, name) VALUES (?, ?)"
                                        " ON CONFLICT (id) DO UPDATE SET name = excluded.name"),
                         {key, name.trimmed()});
        !st.ok())
        return st;
    return {};
}

Status Storage::grant(const QString& role, const QString& school, Access access,
                      const QString& password) {
    if (role.trimmed().isEmpty())
        return Status::fail(QStringLiteral("a role needs a name"));
    Transaction tx(*this);
    if (Status st = tx.status(); !st.ok())
        return st;
    // Identifiers and literals are quoted by the server (format's %I, %L).
    const auto run = [this](const QString& format, const QVariantList& values) -> Status {
        QSqlQuery q(database());
        if (Status st = exec(q, QStringLiteral("SELECT format(%1)").arg(format), values); !st.ok())
            return st;
        if (!q.next())
            return Status::fail(QStringLiteral("the server did not answer"));
        // Role statements cannot be prepared: run as the server wrote them.
        QSqlQuery ddl(database());
        if (!ddl.exec(q.value(0).toString()))
            return failure(ddl.lastError());
        return Status();
    };
    QSqlQuery q(database());
    if (Status st = exec(q, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role});
        !st.ok())
        return st;
    if (!q.next())
        if (Status st = run(QStringLiteral("'CREATE ROLE %I LOGIN', ?::text"), {role}); !st.ok())
            return st;
    if (!password.isEmpty()) {
        PGconn* conn = connectionOf(database());
        char* verifier = conn ? PQencryptPasswordConn(conn, password.toUtf8().constData(),
                                                      role.toUtf8().constData(), "scram-sha-256")
                              : nullptr;
        if (!verifier)
            return Status::fail(QStringLiteral("cannot prepare the password (%1)")
                                    .arg(conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed()
                                              : QStringLiteral("no connection")));
        const QString v = QString::fromUtf8(verifier);
        PQfreemem(verifier);
        if (Status st = run(QStringLiteral("'ALTER ROLE %I LOGIN PASSWORD %L', ?::text, ?::text"),
                            {role, v});
            !st.ok())
            return st;
    }
    const char* group = access == Access::Counselor ? "caringmap_counselor"
                        : access == Access::Viewer  ? "caringmap_viewer"
                                                    : "caringmap_office";
    if (Status st = run(QStringLiteral("'GRANT %I TO %I', ?::text, ?::text"),
                        {QString::fromLatin1(group), role});
        !st.ok())
        return st;
    Status st =
        access == Access::Office
            ? exec(QStringLiteral("INSERT INTO district_office (role_name) VALUES (?)"
                                  " ON CONFLICT DO NOTHING"),
                   {role})
            : exec(QStringLiteral("INSERT INTO school_access (role_name, school_id,"
                                  " can_write) VALUES (?, ?, ?) ON CONFLICT (role_name,"
                                  " school_id) DO UPDATE SET can_write = excluded.can_write"),
                   {role, school, access == Access::Counselor});
    if (!st.ok())
        return st;
    return tx.commit();
}

Status Storage::putSchoolSummary(const QString& json) {
    return exec(QStringLiteral("INSERT INTO school_summary (school_id, figures, computed_at)"
                               " VALUES (?, ?, ?) ON CONFLICT (school_id) DO UPDATE SET"
                               " figures = excluded.figures, computed_at = excluded.computed_at"),
                {m_school, json, storage::isoTime(QDateTime::currentDateTimeUtc())});
}

QVector<QPair<QString, QString>> Storage::schoolSummaries() const {
    QVector<QPair<QString, QString>> out;
    QSqlQuery q(database());
    if (exec(q, QStringLiteral("SELECT school_id, figures FROM school_summary ORDER BY school_id"))
            .ok())
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}

void Storage::subscribe(QObject* context, const std::function<void(const QString&)>& onChange) {
    QSqlDriver* driver = database().driver();
    if (!isServer() || !driver || !driver->subscribeToNotification(changeChannel()))
        return;
    QObject::connect(
        driver, &QSqlDriver::notification, context,
        [onChange](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
            if (name == changeChannel())
                onChange(payload.toString());
        });
}

// Sent inside the transaction: PostgreSQL delivers it at commit, and never
// for a transaction that rolls back.
Status Storage::notifyChange() {
    const QString payload =
        QStringLiteral("%1\t%2\t%3").arg(m_school).arg(m_serverProcess).arg(m_changeHint);
    m_changeHint.clear();
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("SELECT pg_notify(?, ?)")))
        return failure(q.lastError());
    q.addBindValue(changeChannel());
    q.addBindValue(payload);
    if (!q.exec())
        return failure(q.lastError());
    return {};
}

} // namespace cm
