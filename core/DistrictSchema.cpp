#include "DistrictSchema.h"

namespace cm::DistrictSchema {

namespace {

// The group roles the `district grant` login roles join: table privileges
// come from them, the school from school_access.
const char* const kGroupRoles[] = {"caringmap_counselor", "caringmap_viewer", "caringmap_office"};

QString createGroupRole(const char* name) {
    return QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                          " THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
        .arg(QLatin1String(name));
}

// The open school (the session's caringmap.school), when this role may read
// or write it. The function is called once per statement (an uncorrelated
// sub-select), not once per row.
const char* const kRead =
    "school_id = current_setting('caringmap.school', true)"
    " AND (SELECT caringmap_may_read(current_setting('caringmap.school', true)))";
const char* const kWrite =
    "school_id = current_setting('caringmap.school', true)"
    " AND (SELECT caringmap_may_write(current_setting('caringmap.school', true)))";

// Row-level security that also binds the tables' owner (FORCE), with one
// policy per command: a viewer reads and never deletes.
QStringList schoolTablePolicies(const QString& table) {
    const QString t = table;
    return {
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t),
        QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(t),
        QStringLiteral("DROP POLICY IF EXISTS school_read ON %1").arg(t),
        QStringLiteral("DROP POLICY IF EXISTS school_insert ON %1").arg(t),
        QStringLiteral("DROP POLICY IF EXISTS school_update ON %1").arg(t),
        QStringLiteral("DROP POLICY IF EXISTS school_delete ON %1").arg(t),
        QStringLiteral("CREATE POLICY school_read ON %1 FOR SELECT USING (%2)")
            .arg(t, QLatin1String(kRead)),
        QStringLiteral("CREATE POLICY school_insert ON %1 FOR INSERT WITH CHECK (%2)")
            .arg(t, QLatin1String(kWrite)),
        QStringLiteral("CREATE POLICY school_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)")
            .arg(t, QLatin1String(kWrite)),
        QStringLiteral("CREATE POLICY school_delete ON %1 FOR DELETE USING (%2)")
            .arg(t, QLatin1String(kWrite)),
        QStringLiteral("GRANT SELECT ON %1 TO caringmap_counselor, caringmap_viewer").arg(t),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO caringmap_counselor").arg(t),
    };
}

// The district's own tables: each role reads its own rows; the owner all.
QStringList districtTablePolicies() {
    QStringList out;
    const auto policies = [&out](const char* table, const char* read) {
        const QString t = QLatin1String(table);
        out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t)
            << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(t)
            << QStringLiteral("DROP POLICY IF EXISTS district_read ON %1").arg(t)
            << QStringLiteral("DROP POLICY IF EXISTS district_owner ON %1").arg(t)
            << QStringLiteral("CREATE POLICY district_read ON %1 FOR SELECT USING (%2)")
                   .arg(t, QLatin1String(read))
            << QStringLiteral("CREATE POLICY district_owner ON %1 USING (caringmap_is_owner())"
                              " WITH CHECK (caringmap_is_owner())")
                   .arg(t)
            << QStringLiteral("GRANT SELECT ON %1 TO caringmap_counselor, caringmap_viewer,"
                              " caringmap_office")
                   .arg(t);
    };
    policies("school", "caringmap_may_read(id) OR caringmap_is_office()");
    policies("school_access", "role_name = current_user");
    policies("district_office", "role_name = current_user");
    policies("school_summary", "caringmap_may_read(school_id) OR caringmap_is_office()");
    out << QStringLiteral("DROP POLICY IF EXISTS summary_write ON school_summary")
        << QStringLiteral("CREATE POLICY summary_write ON school_summary FOR ALL"
                          " USING (caringmap_may_write(school_id))"
                          " WITH CHECK (caringmap_may_write(school_id))")
        << QStringLiteral("GRANT INSERT, UPDATE ON school_summary TO caringmap_counselor")
        << QStringLiteral("GRANT SELECT ON caringmap_schema TO caringmap_counselor,"
                          " caringmap_viewer, caringmap_office");
    return out;
}

} // namespace

QStringList bootstrap() {
    QStringList out{
        // Two `district init` at once (two IT scripts, the test suite's
        // processes) take turns.
        QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('caringmap district init'))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS caringmap_schema (version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO caringmap_schema (version) SELECT 0"
                       " WHERE NOT EXISTS (SELECT 1 FROM caringmap_schema)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS school (id TEXT PRIMARY KEY CHECK (id <> ''),"
                       " name TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS school_access (role_name TEXT NOT NULL,"
                       " school_id TEXT NOT NULL REFERENCES school(id) ON DELETE CASCADE,"
                       " can_write BOOLEAN NOT NULL, PRIMARY KEY (role_name, school_id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS district_office (role_name TEXT PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS school_summary (school_id TEXT PRIMARY KEY"
                       " DEFAULT current_setting('caringmap.school')"
                       " REFERENCES school(id) ON DELETE CASCADE,"
                       " figures TEXT NOT NULL, computed_at TEXT NOT NULL)"),
        // Invoker's rights: each reads only what its caller's policies allow.
        QStringLiteral("CREATE OR REPLACE FUNCTION caringmap_is_owner() RETURNS boolean"
                       " LANGUAGE sql STABLE AS $$ SELECT pg_has_role(current_user,"
                       " (SELECT relowner FROM pg_class WHERE oid = 'school'::regclass),"
                       " 'MEMBER') $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION caringmap_is_office() RETURNS boolean"
                       " LANGUAGE sql STABLE AS $$ SELECT EXISTS (SELECT 1 FROM district_office"
                       " WHERE role_name = current_user) $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION caringmap_may_read(s text) RETURNS boolean"
                       " LANGUAGE sql STABLE AS $$ SELECT s IS NOT NULL AND"
                       " (caringmap_is_owner() OR EXISTS (SELECT 1 FROM school_access"
                       " WHERE school_id = s AND role_name = current_user)) $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION caringmap_may_write(s text) RETURNS boolean"
                       " LANGUAGE sql STABLE AS $$ SELECT s IS NOT NULL AND"
                       " (caringmap_is_owner() OR EXISTS (SELECT 1 FROM school_access"
                       " WHERE school_id = s AND role_name = current_user AND can_write)) $$"),
    };
    for (const char* role : kGroupRoles)
        out << createGroupRole(role);
    return out;
}

QStringList security(const QStringList& schoolTables) {
    QStringList out = districtTablePolicies();
    for (const QString& table : schoolTables)
        out << schoolTablePolicies(table);
    out << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO caringmap_counselor");
    return out;
}

} // namespace cm::DistrictSchema
