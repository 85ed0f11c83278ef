#include "SqliteReference.h"

namespace cmbench {

namespace {

const char* const kImportRoster = R"(.import --csv "@DIR@/manifest.csv" manifest
.import --csv "@DIR@/orgs.csv" orgs
.import --csv "@DIR@/users.csv" users
.import --csv "@DIR@/classes.csv" classes
.import --csv "@DIR@/enrollments.csv" enrollments
)";

// Untimed: the roster as caringmap stores it (same tables, keys and indexes).
const char* const kReferenceSchool = R"(
CREATE INDEX enrollments_user ON enrollments(userSourcedId);
CREATE INDEX classes_id ON classes(sourcedId);
CREATE TABLE student (id INTEGER PRIMARY KEY, student_id TEXT NOT NULL UNIQUE,
  given_name TEXT NOT NULL, family_name TEXT NOT NULL, preferred_name TEXT NOT NULL DEFAULT '',
  grade TEXT NOT NULL DEFAULT '', homeroom TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE adult (id INTEGER PRIMARY KEY, adult_id TEXT NOT NULL UNIQUE,
  given_name TEXT NOT NULL, family_name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE round (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, opened TEXT NOT NULL,
  closed TEXT);
CREATE TABLE mark (id INTEGER PRIMARY KEY, round_id INTEGER NOT NULL REFERENCES round(id),
  adult_id INTEGER NOT NULL REFERENCES adult(id),
  student_id INTEGER NOT NULL REFERENCES student(id), kind TEXT NOT NULL, note TEXT NOT NULL,
  marked_at TEXT NOT NULL, UNIQUE (round_id, adult_id, student_id));
CREATE INDEX mark_round_student ON mark(round_id, student_id);
INSERT INTO student(student_id, given_name, family_name, grade, homeroom, active)
  SELECT u.sourcedId, u.givenName, u.familyName, u.grades,
    COALESCE((SELECT c.title FROM enrollments e JOIN classes c ON c.sourcedId = e.classSourcedId
              WHERE e.userSourcedId = u.sourcedId AND e.role = 'student'
                AND c.classType = 'homeroom'), ''),
    u.status = 'active' AND u.enabledUser = 'true'
  FROM users u WHERE u.role = 'student' ORDER BY u.rowid;
INSERT INTO adult(adult_id, given_name, family_name, role, email, active)
  SELECT sourcedId, givenName, familyName, role, email,
    status = 'active' AND enabledUser = 'true'
  FROM users WHERE role <> 'student' ORDER BY rowid;
DROP TABLE manifest; DROP TABLE orgs; DROP TABLE users; DROP TABLE classes;
DROP TABLE enrollments;
VACUUM;
)";

const char* const kImportMarks = R"(BEGIN;
CREATE TABLE staging (adult_id TEXT, student_id TEXT, mark TEXT, note TEXT);
.import --csv --skip 1 "@FILE@" staging
INSERT INTO round(name, opened) VALUES ('@ROUND@', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
INSERT INTO mark(round_id, adult_id, student_id, kind, note, marked_at)
  SELECT r.id, a.id, s.id, st.mark, st.note, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM staging st JOIN adult a ON a.adult_id = st.adult_id
  JOIN student s ON s.student_id = st.student_id JOIN round r ON r.name = '@ROUND@';
DROP TABLE staging;
COMMIT;
)";

// Connected by an active adult in round r.
#define CONNECTED                                                                                  \
    "EXISTS (SELECT 1 FROM mark m JOIN adult a ON a.id = m.adult_id WHERE m.round_id = r.id"       \
    " AND m.student_id = s.id AND m.kind = 'connected' AND a.active = 1)"

#define UNCONNECTED_LIST(ROUND)                                                                    \
    "SELECT s.student_id, s.given_name, s.family_name, s.preferred_name, s.grade, s.homeroom,"     \
    " COALESCE((SELECT group_concat(a.given_name || ' ' || a.family_name, '; ') FROM mark m"       \
    " JOIN adult a ON a.id = m.adult_id WHERE m.round_id = r.id AND m.student_id = s.id"           \
    " AND m.kind = 'concern' AND a.active = 1), '') AS concern_by"                                 \
    " FROM student s, (" ROUND ") r WHERE s.active = 1 AND NOT " CONNECTED                         \
    " ORDER BY s.grade, s.family_name, s.given_name, s.id;\n"

const char* const kUnconnected =
    ".headers on\n.mode csv\n" UNCONNECTED_LIST("SELECT max(id) AS id FROM round");

const char* const kCompare =
    ".headers on\n.mode csv\n" UNCONNECTED_LIST("SELECT id FROM round WHERE name = '@ROUND@'")
        UNCONNECTED_LIST("SELECT max(id) AS id FROM round");

// Each student's connecting adults counted once per round (a scalar subquery
// in the SUMs would be run once per SUM), then the per-grade 0/1/2+ counts.
const char* const kSummary =
    ".mode json\n"
    "WITH c AS (SELECT m.round_id, m.student_id, COUNT(*) AS n FROM mark m"
    " JOIN adult a ON a.id = m.adult_id WHERE m.kind = 'connected' AND a.active = 1"
    " GROUP BY m.round_id, m.student_id)"
    " SELECT r.id AS round_id, s.grade AS grade, COUNT(*) AS students,"
    " SUM(c.n IS NULL) AS unconnected, SUM(c.n = 1) AS exactly_one, SUM(c.n >= 2) AS two_or_more"
    " FROM round r CROSS JOIN student s"
    " LEFT JOIN c ON c.round_id = r.id AND c.student_id = s.id"
    " WHERE s.active = 1 GROUP BY r.id, s.grade ORDER BY r.id, s.grade;\n";

const char* const kRoundList =
    "SELECT r.name, r.opened, (SELECT COUNT(*) FROM mark WHERE round_id = r.id) AS marks,"
    " (SELECT COUNT(*) FROM student s WHERE s.active = 1 AND NOT " CONNECTED ") AS unconnected,"
    " (SELECT COUNT(*) FROM student WHERE active = 1) AS students FROM round r ORDER BY r.id;\n";

QString fill(const char* text, const QString& key, const QString& value) {
    QString s = QString::fromUtf8(text);
    return key.isEmpty() ? s : s.replace(key, value);
}

// A value inside '...' in SQL.
QString quoted(const QString& v) {
    return QString(v).replace(QLatin1Char('\''), QStringLiteral("''"));
}

} // namespace

QString SqliteReference::importRoster(const QString& oneRosterDir) {
    return fill(kImportRoster, QStringLiteral("@DIR@"), oneRosterDir);
}

QString SqliteReference::referenceSchool() {
    return fill(kReferenceSchool, QString(), QString());
}

QString SqliteReference::importMarks(const QString& csvFile, const QString& round) {
    return fill(kImportMarks, QStringLiteral("@FILE@"), csvFile)
        .replace(QStringLiteral("@ROUND@"), quoted(round));
}

QString SqliteReference::unconnected() {
    return fill(kUnconnected, QString(), QString());
}

QString SqliteReference::compare(const QString& firstRound) {
    return fill(kCompare, QStringLiteral("@ROUND@"), quoted(firstRound));
}

QString SqliteReference::summary() {
    return fill(kSummary, QString(), QString());
}

QString SqliteReference::roundList() {
    return fill(kRoundList, QString(), QString());
}

} // namespace cmbench
