#pragma once

#include "AuditEntry.h"
#include "Error.h"
#include "Types.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;

namespace cm {
class FastStatement;
}
class QSqlQuery;

namespace cm {

// The one owner of a school's database connection: a SQLite file (a school's
// laptop) or one school on a district's PostgreSQL server (issue 17; see
// core/StorageDistrict.cpp). Every statement binds its values; nothing is
// concatenated into SQL. Each public write is one
// transaction unless the caller holds a Storage::Transaction, in which case it
// joins the caller's (so a whole import is all or nothing).
class Storage {
public:
    Storage();
    ~Storage();
    Storage(const Storage&) = delete;
    Storage& operator=(const Storage&) = delete;

    enum class Engine { Sqlite, Postgres };

    // A file path: opens (creating if needed, readable by the owner only) and
    // migrates. A server address (core/ServerAddress.h): connects and opens
    // its school (`school=` or the only one the role may see); the district's
    // schema is created and migrated by `district init` (initDistrict()).
    Status open(const QString& location);
    void close();
    bool isOpen() const;
    // The file's path, or the server address as given.
    QString path() const { return m_path; }
    int schemaVersion() const;
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::Postgres; }
    // The open school's id on a server; empty for a file.
    QString school() const { return m_school; }

    // An SQL failure as an Error. What is not the statement's fault (the
    // lock, a full disk, a read-only file, an I/O error) is said so and
    // marked Error::environment, so that no input line is blamed for it.
    static Error describeSqlError(const QString& what, const QSqlError& e);

    // The platform's application-data folder + caringmap.sqlite.
    static QString defaultPath();

    // RAII transaction; nested ones join the outermost. Rolls back unless
    // commit() succeeded. When the outermost cannot start (another program
    // holds the write lock past the busy timeout), the connection turns
    // read-only until it ends: every write in it fails with that reason, and
    // so does commit(). Nothing is ever written in autocommit by mistake.
    class Transaction {
    public:
        explicit Transaction(Storage& s);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        Status commit();
        // Ok, or why the transaction could not start.
        Status status() const;
        // The outermost one: only it may be run again after a conflict.
        bool isOuter() const { return m_outer; }

    private:
        Storage& m_storage;
        bool m_outer = false;
        bool m_done = false;
    };

    // Students
    QVector<Student> students() const;
    std::optional<Student> studentByExternalId(const QString& studentId) const;
    std::optional<Student> studentById(RowId id) const;
    Result<RowId> addStudent(const Student& s);    // refuses a duplicate student_id
    Status updateStudent(const Student& s);        // by s.id
    Result<RowId> upsertStudent(const Student& s); // by student_id
    Status setStudentActive(RowId id, bool active);
    // Removes a student and their marks (the undo of adding one).
    Status deleteStudent(RowId id);

    // Adults
    QVector<Adult> adults() const;
    std::optional<Adult> adultByExternalId(const QString& adultId) const;
    std::optional<Adult> adultById(RowId id) const;
    Result<RowId> addAdult(const Adult& a);
    Status updateAdult(const Adult& a);
    Result<RowId> upsertAdult(const Adult& a);
    Status setAdultActive(RowId id, bool active);
    // Removes an adult and their marks (the undo of adding one).
    Status deleteAdult(RowId id);

    // Rounds. The current round is the most recently opened one; it is
    // created ("<Season> <year>") on first use when there is none.
    QVector<Round> rounds() const; // oldest first
    std::optional<Round> roundByName(const QString& name) const;
    std::optional<Round> roundById(RowId id) const;
    Result<Round> createRound(const QString& name, const QDateTime& opened = QDateTime());
    Result<Round> currentRound();
    // Round by name, or the current round when name is empty. An unknown name
    // is an error that lists the rounds: nothing is created.
    Result<Round> resolveRound(const QString& name);

    // Marks: per round, adult and student one row with two independent
    // observations (connected, concern); it never duplicates.
    // A round's marks without notes and times: what every figure reads.
    QVector<MarkFlags> markFlags(RowId roundId) const;
    QVector<Mark> marks(RowId roundId) const;
    std::optional<Mark> mark(RowId roundId, RowId adultId, RowId studentId) const;
    // Round row id -> number of marks in it.
    QHash<RowId, int> markCounts() const;
    // Whether the round has any mark (one index probe, not a count).
    bool hasMarks(RowId roundId) const;
    // Turns one observation on and keeps the other; a non-empty note replaces
    // the stored one.
    Status setMark(RowId roundId, RowId adultId, RowId studentId, MarkKind kind,
                   const QString& note = QString(), const QDateTime& at = QDateTime());
    // Writes the pair's whole mark; one with neither observation is removed.
    Status putMark(const Mark& m);

    // setMark for many rows (an import): the statement is prepared once and
    // the time taken once; it joins the caller's transaction.
    class MarkWriter {
    public:
        explicit MarkWriter(Storage& s);
        ~MarkWriter();
        MarkWriter(const MarkWriter&) = delete;
        MarkWriter& operator=(const MarkWriter&) = delete;
        Status set(RowId roundId, RowId adultId, RowId studentId, MarkKind kind,
                   const QString& note);
        // Writes what is still pending (a district server takes the marks in
        // batches, core/ServerBatch.h); call before the transaction ends. A
        // failure left for the destructor fails the transaction instead.
        Status finish();

    private:
        struct Pending {
            RowId roundId, adultId, studentId;
            bool connected, concern;
            QString note;
        };
        Status flushPending();

        Storage& m_storage;
        std::unique_ptr<FastStatement> m_statement; // a file
        QString m_now;
        // A server: the rows not yet sent, one per mark (the same mark's rows
        // merged as the statements one by one would leave it).
        QVector<Pending> m_pending;
        QHash<QString, int> m_pendingIndex;
    };
    Status removeMark(RowId roundId, RowId adultId, RowId studentId);

    // Small key/value settings (school name and the like).
    QString setting(const QString& key, const QString& fallback = QString()) const;
    Status setSetting(const QString& key, const QString& value);
    QString schoolName() const;

    // ---- Student voice (issue 14), in core/StorageSurvey.cpp ----------------
    // Answers are kept as written and resolved when read (NameResolver), so
    // that a roster change or a settled name applies to every answer at once.
    struct SurveyAnswerRow {
        RowId studentId = 0; // student row id
        QDateTime answeredAt;
        QString answer;
    };
    QVector<SurveyAnswerRow> surveyAnswers(RowId roundId) const; // by student row id
    // The later answer stands: stores the answer unless the one stored for
    // the student in the round is newer. No time: now. Returns whether stored.
    Result<bool> putSurveyAnswer(RowId roundId, RowId studentId, const QDateTime& answeredAt,
                                 const QString& answer);
    int surveyAnswerCount(RowId roundId) const;
    // Settled names: NameResolver::settleKey(name) -> adult row id, 0 for
    // "no current school adult". Setting one replaces an earlier one.
    QHash<QString, RowId> surveyResolutions() const;
    Status setSurveyResolution(const QString& name, RowId adultId);
    Status removeSurveyResolution(const QString& name);
    // ---- end of student voice ------------------------------------------------

    // ---- Audit trail (issue 15), in core/StorageAudit.cpp -------------------
    // Append and read only: there is no update or delete (triggers refuse
    // them). An append joins the caller's transaction.
    Status appendAudit(const AuditEntry& entry);
    QVector<AuditEntry> auditEntries(const AuditFilter& filter = {}) const; // oldest first
    // "students 120, adults 30, marks 900, ...": what an import's row records.
    QVector<QPair<QString, int>> rowCounts() const;

    // ---- Purge (issue 15), in core/StoragePurge.cpp ---------------------------
    // Removes the student and every row about them (marks, notes, matches,
    // check-ins, survey answers, groups, teaching links); their audit rows
    // stay with the id and names replaced by "purged student". One
    // transaction; compact() afterwards so that no free page keeps them.
    Status purgeStudent(RowId id);
    // Inactive students with no mark, survey answer or audit row since date.
    QVector<RowId> inactiveStudentsBefore(const QDate& date) const;
    // Checkpoints the write-ahead log (truncating it) and VACUUMs.
    Status compact();

    // Rows a batch writer holds back (core/PeopleBatch.h): written by flush
    // before the next statement on this connection and before commit, so that
    // every statement sees them; dropped with a rollback. One at a time.
    void setPendingWrites(std::function<Status()> flush) { m_pendingWrites = std::move(flush); }
    Status flushPendingWrites() const;
    // Fails the current transaction (its commit returns this error): for a
    // writer that finds its failure where it cannot return it.
    void failTransaction(const Error& e);

    // For core modules that need their own queries (importers, reports'
    // data). Callers must bind every value.
    QSqlDatabase database() const;
    // Prepares and runs a statement with bound positional values.
    Status exec(const QString& sql, const QVariantList& values = {});
    Status exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {}) const;
    // What a failed statement means for the user (the lock, a full disk, a
    // read-only file...), or the transaction's own failure when it could not
    // start.
    Status failure(const QSqlError& error) const;

    // ---- District server (issue 17), in core/StorageDistrict.cpp ------------
    // Connects to a server without opening a school (the `district` commands).
    Status openDistrict(const QString& location);
    // Creates the district's tables, roles and row-level security, or brings
    // them forward to this version (the schema's owner only). Safe to rerun:
    // `district init` applies the security again (a repair); IfNeeded does
    // nothing when the district is already at this version (decided after
    // taking the district's lock, so two at once never both apply it).
    enum class InitMode { Always, IfNeeded };
    Status initDistrict(InitMode mode = InitMode::Always);
    struct SchoolEntry {
        QString id;
        QString name;
        bool canWrite = false;
    };
    // The schools this login may open (all of them for the schema's owner).
    Result<QVector<SchoolEntry>> districtSchools() const;
    Status addSchool(const QString& id, const QString& name);
    enum class Access { Counselor, Viewer, Office };
    // Creates the login role when missing (with the password, when given;
    // sent as a SCRAM verifier, never in clear) and grants it one school
    // (Counselor, Viewer) or the district's aggregate figures (Office).
    Status grant(const QString& role, const QString& school, Access access,
                 const QString& password);
    // Whether this login owns the district's schema (district IT).
    bool isDistrictOwner() const;
    // Stores the open school's aggregate figures (JSON) for the district
    // office, and reads every school's the login may read: id -> JSON.
    Status putSchoolSummary(const QString& json);
    QVector<QPair<QString, QString>> schoolSummaries() const;
    // Opens another school on the same connection (district IT).
    Status selectSchool(const QString& id);
    // PostgreSQL's LISTEN/NOTIFY: every committed write of caringmap says so
    // on this channel with "<school>\t<server process>\t<hint>"; hint is
    // "mark <round> <adult> <student>" when the change was one mark, else "".
    static QString changeChannel() { return QStringLiteral("caringmap_change"); }
    void setChangeHint(const QString& hint) { m_changeHint = hint; }
    QString changeHint() const { return m_changeHint; }
    // Calls onChange(payload) for every change notification, while the
    // school is open and context lives (needs an event loop; nothing on a file).
    void subscribe(QObject* context, const std::function<void(const QString&)>& onChange);
    qint64 serverProcess() const { return m_serverProcess; }
    // Transactions that wrote and committed since the school was opened.
    quint64 commits() const { return m_commits; }
    // ---- end of district server -----------------------------------------------

private:
    Status openServer(const QString& location, bool withSchool);
    Status configureServer();
    Status chooseSchool(const QString& wanted);
    Status notifyChange();
    Status migrate();
    Status configure();
    Status checkOwnSchema() const;
    void tightenPermissions() const;
    Status beginOuter();
    Status commitOuter();
    void rollbackOuter();
    void setQueryOnly(bool on);

    // Set while the outermost transaction failed to start.
    std::optional<Error> m_txFailure;

    QString m_connectionName;
    QString m_path;
    int m_txDepth = 0;
    Engine m_engine = Engine::Sqlite;
    QString m_school;
    QString m_changeHint;
    mutable bool m_txWrote = false;
    quint64 m_commits = 0;
    mutable std::function<Status()> m_pendingWrites; // set by exec(), a const read helper too
    qint64 m_serverProcess = 0;
};

} // namespace cm
