#include "Migrations.h"

namespace cm {

namespace {

MigrationStep v1() {
    return {
        1,
        {
            QStringLiteral("CREATE TABLE student ({school}"
                           " id {id},"
                           " student_id TEXT NOT NULL,"
                           " given_name TEXT NOT NULL,"
                           " family_name TEXT NOT NULL,"
                           " preferred_name TEXT NOT NULL DEFAULT '',"
                           " grade TEXT NOT NULL DEFAULT '',"
                           " homeroom TEXT NOT NULL DEFAULT '',"
                           " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                           " UNIQUE ({in_school}student_id))"),
            QStringLiteral("CREATE TABLE adult ({school}"
                           " id {id},"
                           " adult_id TEXT NOT NULL,"
                           " given_name TEXT NOT NULL,"
                           " family_name TEXT NOT NULL,"
                           " role TEXT NOT NULL DEFAULT '',"
                           " email TEXT NOT NULL DEFAULT '',"
                           " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                           " UNIQUE ({in_school}adult_id))"),
            QStringLiteral("CREATE TABLE round ({school}"
                           " id {id},"
                           " name TEXT NOT NULL,"
                           " opened TEXT NOT NULL,"
                           " closed TEXT,"
                           " UNIQUE ({in_school}name))"),
            QStringLiteral("CREATE TABLE mark ({school}"
                           " id {id},"
                           " round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,"
                           " adult_id INTEGER NOT NULL REFERENCES adult(id),"
                           " student_id INTEGER NOT NULL REFERENCES student(id),"
                           " kind TEXT NOT NULL CHECK (kind IN ('connected', 'concern')),"
                           " note TEXT NOT NULL DEFAULT '',"
                           " marked_at TEXT NOT NULL,"
                           " UNIQUE (round_id, adult_id, student_id))"),
            QStringLiteral("CREATE INDEX mark_round_student ON mark(round_id, student_id)"),
            QStringLiteral("CREATE TABLE setting ({school} key TEXT NOT NULL, value TEXT NOT NULL,"
                           " PRIMARY KEY ({in_school}key))"),
        }};
}

// Rosters from school systems: student groups (demographics, programs) for
// equity breakdowns, and which adult teaches which student (not a mark).
MigrationStep v2() {
    return {2,
            {
                QStringLiteral("CREATE TABLE student_group ({school}"
                               " id {id},"
                               " category TEXT NOT NULL,"
                               " name TEXT NOT NULL,"
                               " UNIQUE ({in_school}category, name))"),
                QStringLiteral("CREATE TABLE student_group_member ({school}"
                               " group_id INTEGER NOT NULL REFERENCES student_group(id)"
                               "  ON DELETE CASCADE,"
                               " student_id INTEGER NOT NULL REFERENCES student(id)"
                               "  ON DELETE CASCADE,"
                               " PRIMARY KEY (group_id, student_id))"),
                QStringLiteral("CREATE INDEX student_group_member_student"
                               " ON student_group_member(student_id)"),
                QStringLiteral("CREATE TABLE teaching_link ({school}"
                               " adult_id INTEGER NOT NULL REFERENCES adult(id) ON DELETE CASCADE,"
                               " student_id INTEGER NOT NULL REFERENCES student(id)"
                               "  ON DELETE CASCADE,"
                               " class_id TEXT NOT NULL DEFAULT '',"
                               " class_title TEXT NOT NULL DEFAULT '',"
                               " PRIMARY KEY (adult_id, student_id, class_id))"),
                QStringLiteral("CREATE INDEX teaching_link_student ON teaching_link(student_id)"),
            }};
}

// Mentoring: each adult's capacity and willingness, leaving dates, go-to
// adult matches with their plan and follow-up dates, and check-ins.
MigrationStep v3() {
    return {3,
            {
                // NULL capacity: the school-wide default applies.
                QStringLiteral("ALTER TABLE adult ADD COLUMN capacity INTEGER"
                               " CHECK (capacity IS NULL OR capacity >= 0)"),
                QStringLiteral("ALTER TABLE adult ADD COLUMN volunteer INTEGER NOT NULL DEFAULT 0"
                               " CHECK (volunteer IN (0, 1))"),
                QStringLiteral("ALTER TABLE adult ADD COLUMN leaving_date TEXT"),
                QStringLiteral("CREATE TABLE mentor_match ({school}"
                               " id {id},"
                               " student_id INTEGER NOT NULL REFERENCES student(id),"
                               " adult_id INTEGER NOT NULL REFERENCES adult(id),"
                               " round_id INTEGER REFERENCES round(id) ON DELETE SET NULL,"
                               " plan TEXT NOT NULL DEFAULT '',"
                               " start_date TEXT NOT NULL,"
                               " first_follow_up TEXT NOT NULL,"
                               " second_follow_up TEXT NOT NULL,"
                               " ended TEXT,"
                               " created_at TEXT NOT NULL)"),
                // At most one open match per student.
                QStringLiteral("CREATE UNIQUE INDEX mentor_match_open_student"
                               " ON mentor_match(student_id) WHERE ended IS NULL"),
                QStringLiteral("CREATE INDEX mentor_match_adult ON mentor_match(adult_id)"),
                QStringLiteral("CREATE TABLE checkin ({school}"
                               " id {id},"
                               " match_id INTEGER NOT NULL REFERENCES mentor_match(id)"
                               "  ON DELETE CASCADE,"
                               " date TEXT NOT NULL,"
                               " status TEXT NOT NULL"
                               "  CHECK (status IN ('trying', 'connected', 'needs-help')),"
                               " note TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX checkin_match ON checkin(match_id)"),
            }};
}

// Connected and concern are two independent observations of one adult about
// one student in a round (before: one `kind`, so a concern replaced a
// connection). Existing marks keep their id, note and time.
MigrationStep v4() {
    return {4,
            {
                QStringLiteral("CREATE TABLE mark_v4 ({school}"
                               " id {id},"
                               " round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,"
                               " adult_id INTEGER NOT NULL REFERENCES adult(id),"
                               " student_id INTEGER NOT NULL REFERENCES student(id),"
                               " connected INTEGER NOT NULL DEFAULT 0 CHECK (connected IN (0, 1)),"
                               " concern INTEGER NOT NULL DEFAULT 0 CHECK (concern IN (0, 1)),"
                               " note TEXT NOT NULL DEFAULT '',"
                               " marked_at TEXT NOT NULL,"
                               " UNIQUE (round_id, adult_id, student_id),"
                               " CHECK (connected = 1 OR concern = 1))"),
                QStringLiteral("INSERT INTO mark_v4 ({in_school}id, round_id, adult_id, student_id,"
                               " connected, concern, note, marked_at)"
                               " SELECT {in_school}id, round_id, adult_id, student_id,"
                               " CASE WHEN kind = 'connected' THEN 1 ELSE 0 END,"
                               " CASE WHEN kind = 'concern' THEN 1 ELSE 0 END, note, marked_at"
                               " FROM mark"),
                QStringLiteral("DROP TABLE mark"),
                QStringLiteral("ALTER TABLE mark_v4 RENAME TO mark"),
                QStringLiteral("CREATE INDEX mark_round_student ON mark(round_id, student_id)"),
            }};
}

// Student voice (issue 14): each student's survey answer per round, kept as
// written and resolved to adults when read (core/NameResolver.h), and the
// names the counselor settled: a name's normalised text -> the adult meant
// (NULL: no current school adult, "my mom"). Version 4 is the mark model's.
MigrationStep v5() {
    return {5,
            {
                QStringLiteral("CREATE TABLE survey_answer ({school}"
                               " id {id},"
                               " round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,"
                               " student_id INTEGER NOT NULL REFERENCES student(id)"
                               "  ON DELETE CASCADE,"
                               " answered_at TEXT NOT NULL,"
                               " answer TEXT NOT NULL,"
                               " UNIQUE (round_id, student_id))"),
                QStringLiteral("CREATE TABLE survey_resolution ({school}"
                               " text TEXT NOT NULL CHECK (text <> ''),"
                               " adult_id INTEGER REFERENCES adult(id) ON DELETE CASCADE,"
                               " settled_at TEXT NOT NULL,"
                               " PRIMARY KEY ({in_school}text))"),
            }};
}

// District scale (issue 12): every figure reads a round's marks as
// (student, adult, connected, concern); an index holding exactly those answers
// from the index alone, in student order, without touching the table rows
// (which also hold notes and times).
MigrationStep v6() {
    return {6,
            {
                QStringLiteral("DROP INDEX mark_round_student"),
                QStringLiteral("CREATE INDEX mark_round_flags ON mark(round_id, student_id,"
                               " adult_id, connected, concern)"),
            }};
}

// A district roster holds a few hundred thousand teaching links, read by
// adult or all in key order and never by student: the links are kept in a
// table ordered by their key (WITHOUT ROWID), one b-tree instead of three.
MigrationStep v7() {
    return {7,
            {
                QStringLiteral("CREATE TABLE teaching_link_v7 ({school}"
                               " adult_id INTEGER NOT NULL REFERENCES adult(id) ON DELETE CASCADE,"
                               " student_id INTEGER NOT NULL REFERENCES student(id)"
                               "  ON DELETE CASCADE,"
                               " class_id TEXT NOT NULL DEFAULT '',"
                               " class_title TEXT NOT NULL DEFAULT '',"
                               " PRIMARY KEY (adult_id, student_id, class_id)){without_rowid}"),
                QStringLiteral(
                    "INSERT INTO teaching_link_v7 ({in_school}adult_id, student_id, class_id,"
                    " class_title) SELECT {in_school}adult_id, student_id, class_id,"
                    " class_title FROM teaching_link"),
                QStringLiteral("DROP TABLE teaching_link"),
                QStringLiteral("ALTER TABLE teaching_link_v7 RENAME TO teaching_link"),
            }};
}

// Privacy (issue 15): the audit trail, one row per change, append-only. The
// people are kept by row id (no foreign key: a purge keeps the row) and by a
// label ("S001 Ana Lopez") so that a row still reads after a removal. The
// triggers refuse every UPDATE and DELETE; only a purge lifts them, inside
// its own transaction, to replace a purged student's id and name.
MigrationStep v8() {
    return {8,
            {
                QStringLiteral("CREATE TABLE audit ({school}"
                               " id {id},"
                               " at TEXT NOT NULL,"
                               " who TEXT NOT NULL,"
                               " action TEXT NOT NULL,"
                               " student_row INTEGER,"
                               " student TEXT NOT NULL DEFAULT '',"
                               " adult_row INTEGER,"
                               " adult TEXT NOT NULL DEFAULT '',"
                               " before TEXT NOT NULL DEFAULT '',"
                               " after TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX audit_student ON audit(student_row)"),
                QStringLiteral("CREATE INDEX audit_adult ON audit(adult_row)"),
                QStringLiteral("CREATE INDEX audit_at ON audit(at)"),
                QStringLiteral("-- sqlite\n"
                               "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                               " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
                QStringLiteral("-- sqlite\n"
                               "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
                               " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
                // On a server a purge lets its one update through by saying so
                // for its own transaction (caringmap.purging, Storage::purgeStudent).
                QStringLiteral("-- postgres\n"
                               "CREATE FUNCTION caringmap_audit_append_only() RETURNS trigger"
                               " LANGUAGE plpgsql AS $$ BEGIN"
                               " IF TG_OP = 'UPDATE' AND"
                               " current_setting('caringmap.purging', true) = 'on' THEN"
                               " RETURN NEW; END IF;"
                               " RAISE EXCEPTION 'the audit trail is append-only'; END $$"),
                QStringLiteral("-- postgres\n"
                               "CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit"
                               " FOR EACH ROW EXECUTE FUNCTION caringmap_audit_append_only()"),
            }};
}

// Real OneRoster exports use opaque ids (GUID sourcedIds); the number the
// school knows a student by comes in `identifier` (issue 13). Empty: none.
MigrationStep v9() {
    return {9,
            {
                QStringLiteral("ALTER TABLE student ADD COLUMN student_number TEXT NOT NULL "
                               "DEFAULT ''"),
            }};
}

// A district server (issue 17) holds many schools in each table: every read
// of one school must find its rows without scanning the others'. A file
// holds one school and needs nothing.
MigrationStep v10() {
    QStringList statements;
    for (const char* table : {"student", "adult", "round", "teaching_link", "student_group_member",
                              "mentor_match", "checkin", "survey_answer", "audit"})
        statements << QStringLiteral("-- postgres\nCREATE INDEX %1_school ON %1(school_id)")
                          .arg(QLatin1String(table));
    return {10, statements};
}

} // namespace

const QVector<MigrationStep>& migrationSteps() {
    static const QVector<MigrationStep> steps{v1(), v2(), v3(), v4(), v5(),
                                              v6(), v7(), v8(), v9(), v10()};
    return steps;
}

QString migrationSql(const QString& statement, bool postgres) {
    static const QString sqliteOnly = QStringLiteral("-- sqlite\n");
    static const QString postgresOnly = QStringLiteral("-- postgres\n");
    if (statement.startsWith(sqliteOnly))
        return postgres ? QString() : statement.mid(sqliteOnly.size());
    if (statement.startsWith(postgresOnly))
        return postgres ? statement.mid(postgresOnly.size()) : QString();
    QString sql = statement;
    if (postgres) {
        sql.replace(QLatin1String("{id}"),
                    QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        sql.replace(QLatin1String("{school}"),
                    QLatin1String(" school_id TEXT NOT NULL DEFAULT"
                                  " current_setting('caringmap.school')"
                                  " REFERENCES school(id) ON DELETE CASCADE,"));
        sql.replace(QLatin1String("{in_school}"), QLatin1String("school_id, "));
        sql.replace(QLatin1String("{without_rowid}"), QString());
    } else {
        sql.replace(QLatin1String("{id}"), QLatin1String("INTEGER PRIMARY KEY"));
        sql.replace(QLatin1String("{school}"), QString());
        sql.replace(QLatin1String("{in_school}"), QString());
        sql.replace(QLatin1String("{without_rowid}"), QLatin1String(" WITHOUT ROWID"));
    }
    return sql;
}

int latestSchemaVersion() {
    return migrationSteps().isEmpty() ? 0 : migrationSteps().constLast().version;
}

} // namespace cm
