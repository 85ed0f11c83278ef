#pragma once

#include "AuditEntry.h"
#include "ConnectionAnalysis.h"
#include "CsvImport.h"
#include "Error.h"
#include "Storage.h"
#include "Types.h"

#include <QHash>
#include <QObject>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QUndoStack;

namespace cm {

class SchoolCommand;
struct AppliedMatches;
struct DemoOptions;
struct DemoSummary;
struct ImportOptions;
struct MatchAssignment;
struct MentoringSettings;
struct MentorMatch;
struct OneRosterOptions;
struct RosterReport;
struct SheetReport;
struct SpreadsheetOptions;
struct SurveyImportOptions;
struct SurveyImportReport;
enum class CheckInStatus;
enum class RosterKind;

// The open school: the one owner of every write, for the window and the
// command line alike (as Tiled's MapDocument or KeePassXC's Database). It owns
// the Storage (views and commands read through storage(), which is const), the
// undo stack and the round being viewed; it keeps the roster and the viewed
// round's analysis (the rule, ConnectionAnalysis) in memory and updates them
// per change, and it tells every view what changed through its signals.
//
// Writes: each public write is one transaction. Imports share one ending:
// the importer writes inside the document's transaction; a dry run rolls back;
// otherwise, when the import changes a school that is not empty, a backup of
// the committed school is made just before commit; the undo history is
// cleared (an import cannot be undone step by step) and every view reloads.
class SchoolDocument : public QObject {
    Q_OBJECT
public:
    explicit SchoolDocument(QObject* parent = nullptr);
    ~SchoolDocument() override;

    Status open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const;
    // Reads only: every write goes through the document.
    const Storage& storage() const { return *m_storage; }
    QUndoStack* undoStack() const { return m_undo; }
    QString schoolName() const;

    // The round being viewed (marks, unconnected list, status bar).
    RowId viewedRound() const { return m_roundId; }
    Round viewedRoundInfo() const;
    void setViewedRound(RowId roundId);
    // The round a command names, or the current round for an empty name. An
    // unknown name is an error that lists the rounds; nothing is created.
    Result<Round> round(const QString& name);
    // Makes a round; the viewed round stays (a new round is shown only when
    // the counselor chooses it, or when there was none).
    Result<Round> createRound(const QString& name);
    // A round without marks is not a mapping yet: views say so instead of
    // "477 of 477 unconnected".
    bool roundHasMarks(RowId roundId) const;
    // The latest round with marks other than roundId (nullopt: none).
    std::optional<Round> lastMappedRound(RowId exceptRoundId = 0) const;
    static std::optional<Round> lastMappedRound(const Storage& storage, RowId exceptRoundId);
    // "Spring 2027: no marks yet; the last mapped round is Fall 2026, 68
    // unconnected" for a round without marks; empty for a round with marks.
    // The one wording for the status bar, pages, reports and commands.
    QString noMarksText(RowId roundId) const;
    static QString noMarksText(const Storage& storage, RowId roundId);

    // Roster, all students and adults (active or not), by row id order. The
    // roster and the viewed round are read on first use (a command-line
    // command that needs neither never loads them) and then kept current.
    const QVector<Student>& students() const;
    const QVector<Adult>& adults() const;
    const Student* student(RowId id) const;
    const Adult* adult(RowId id) const;
    int studentIndex(RowId id) const;
    int adultIndex(RowId id) const;

    // The viewed round's marks and the rule applied to them.
    std::optional<Mark> mark(RowId adultId, RowId studentId) const;
    QVector<Mark> marksForStudent(RowId studentId) const;
    const ConnectionAnalysis& analysis() const;
    // Active adults with a connected / concern mark for the student.
    QVector<RowId> connectingAdults(RowId studentId) const;
    QVector<RowId> concernedAdults(RowId studentId) const;
    int connectionCount(RowId studentId) const;
    // An adult's own marks in the viewed round with that observation.
    int adultMarkCount(RowId adultId, MarkKind kind) const;
    const ConnectionTotals& totals() const { return analysis().totals(); }
    // "N of M students unconnected · K with exactly one adult".
    QString totalsText() const;

    // Runs an undoable command (its first redo writes) and, when it worked,
    // pushes it on the undo stack. A failed command is discarded and its
    // error returned.
    Status run(SchoolCommand* command);

    // Marks. writeMark sets the pair's whole mark in roundId (an undo may
    // reach a round that is no longer the viewed one); a mark with neither
    // observation removes it. setMark turns one observation on (the command
    // line's `mark`), keeping the other.
    Status writeMark(RowId roundId, const Mark& mark);
    Status setMark(RowId roundId, RowId adultId, RowId studentId, MarkKind kind,
                   const QString& note = QString());

    // People. The same validation for every way in (dialogs, imports, CLI)
    // lives in Storage.
    Result<RowId> addStudent(const Student& s);
    Status removeStudent(RowId id); // only the undo of an add
    Status updateStudent(const Student& s);
    Status setStudentActive(RowId id, bool active);
    Result<RowId> addAdult(const Adult& a);
    Status removeAdult(RowId id);
    Status updateAdult(const Adult& a);
    Status setAdultActive(RowId id, bool active);
    Status setSetting(const QString& key, const QString& value);
    // The school's name in report titles and the window title (a setting);
    // trimmed, one line, at most 200 characters. Empty clears it (the file
    // name is shown instead).
    Status setSchoolName(const QString& name);
    // The name the counselor or the roster import gave; empty when none.
    QString storedSchoolName() const;

    // Imports (see the class comment).
    Result<ImportReport> importCsv(CsvImport::Kind kind, const QString& path,
                                   const QString& roundName = QString(), bool dryRun = false);
    Result<RosterReport> importSpreadsheet(RosterKind kind, const QString& path,
                                           const SpreadsheetOptions& options);
    Result<RosterReport> importOneRoster(const QString& path, const OneRosterOptions& options);
    Result<RosterReport> importFolder(const QString& folder, const ImportOptions& options);
    Result<SheetReport> importSheet(const QString& path, const QString& roundName,
                                    const QString& adultId, bool dryRun);
    Result<SurveyImportReport> importSurvey(const QString& path,
                                            const SurveyImportOptions& options);
    // Settles what a survey name means for every identical answer (adult 0:
    // nobody on staff).
    Status resolveSurveyName(const QString& text, RowId adultId);
    Result<DemoSummary> createDemo(const DemoOptions& options);
    // Puts a backup back (after backing up the current state) and reopens.
    Status restoreBackup(const QString& backupPath);

    // Go-to adults and follow-up (see Mentoring).
    Result<RowId> assignMentor(RowId studentId, RowId adultId, const QDate& start,
                               const QString& plan, RowId roundId, int defaultCapacity = -1);
    Status endMatch(RowId matchId, const QDate& on);
    Status reopenMatch(RowId matchId);
    Status deleteMatch(RowId matchId);
    Status updateMatch(const MentorMatch& match);
    Result<RowId> addCheckIn(RowId matchId, CheckInStatus status, const QString& note,
                             const QDate& date);
    Status setMentoringSettings(const MentoringSettings& settings);
    Result<AppliedMatches> applyMatches(RowId roundId, const QVector<MatchAssignment>& rows,
                                        const QDate& start, int defaultCapacity);
    Status undoMatches(const AppliedMatches& applied);

    // After a write made by another program: reread everything.
    void reload();

    // A private marking session hides colleagues' marks and the list.
    bool privateSession() const { return m_private; }
    void setPrivateSession(bool on);

    // The audit trail (issue 15; core/SchoolDocumentAudit.cpp). Every write
    // above appends one row in its own transaction; who made it is the
    // marking session's adult while one runs, else the OS account.
    void setSessionAdult(RowId adultId);
    QString actor() const;
    // An event that is not a change of data (a passphrase reset, a restore):
    // one row, in its own transaction.
    Status recordEvent(const QString& action, const QString& detail);

    // The counselor passphrase (core/SchoolDocumentPrivacy.cpp): only its
    // Argon2id hash is stored. Five wrong tries in a row add a growing wait
    // during which every try is refused unchecked.
    enum class PassphraseCheck { Right, Wrong, Wait };
    bool hasPassphrase() const;
    Status setPassphrase(const QString& passphrase);
    PassphraseCheck checkPassphrase(const QString& passphrase, int* waitSeconds = nullptr);
    // Forgotten passphrase: removes it (the next private session sets a new
    // one); recorded in the audit trail.
    Status resetPassphrase();
    // The encrypted transfer file (TransferFile): written from the school's
    // committed state; restored after backing up the current school.
    // Purge: removes the students and everything about them from the
    // school and from every backup (Backup::list), then compacts each file.
    // Returns how many students were purged; *backups how many backup files
    // were cleaned, *unreadable the backup files that could not be opened.
    Result<int> purgeStudents(const QVector<RowId>& studentRows, int* backups = nullptr,
                              QStringList* unreadable = nullptr);
    Status saveTransferFile(const QString& output, const QString& passphrase);
    // Why the file-only actions (backups, transfer files) do not apply to a
    // school on a district server.
    static QString serverBackupText();
    Status restoreTransferFile(const QString& input, const QString& passphrase);

signals:
    void schoolOpened();
    void schoolClosed();
    // After any write (marks, roster, rounds, matches), any undo/redo and
    // after a reload: views that do not follow the finer signals refresh here
    // (MainWindow::addPage coalesces it for pages).
    void dataChanged();
    // Roster changed or reloaded: table models reset.
    void rosterChanged();
    // One mark of the viewed round changed.
    void markChanged(cm::RowId adultId, cm::RowId studentId);
    void viewedRoundChanged(cm::RowId roundId);
    void roundsChanged();
    void totalsChanged();
    void privateSessionChanged(bool on);
    // A write that failed outside a caller's control (an undo step).
    void writeFailed(const QString& message);

private:
    template <typename Report>
    Result<Report> runImport(const QString& reason, bool dryRun,
                             const std::function<Result<Report>(Storage&)>& work);
    Status write(const std::function<Status(Storage&)>& work);
    void ensureLoaded() const;
    void ensureMarks() const;
    void applyMark(RowId adultId, RowId studentId, const std::optional<Mark>& before,
                   const std::optional<Mark>& after);
    // A district server (core/SchoolDocumentDistrict.cpp): other counselors'
    // changes arrive through the server's notifications; the school's
    // aggregate figures are kept for the district office after writes.
    void listenToServer();
    void onServerChange(const QString& payload);
    void storeDistrictSummary();
    void invalidate();
    void afterRosterWrite();
    // Appends one audit row in the current transaction (who and when filled in).
    Status record(AuditEntry entry);
    // work, then the row entry() describes, in one transaction.
    Status audited(const std::function<Status()>& work, const std::function<AuditEntry()>& entry);
    // body in one transaction, run again after a conflict on a server.
    Status transact(const std::function<Status()>& body);
    AuditEntry aboutStudent(const QString& action, RowId studentRow) const;
    AuditEntry aboutAdult(const QString& action, RowId adultRow) const;
    AuditEntry aboutMatch(const QString& action, RowId matchId) const;
    QString countsText() const;

    std::unique_ptr<Storage> m_storage;
    QUndoStack* m_undo = nullptr;
    // The storage's commits when the school's summary was last kept (or the
    // school opened): a server school written since then has an import, or
    // a window that has the figures at hand, keep it again (a single command
    // line change waits for the next of those, or for IT's district summary).
    quint64 m_summaryCommits = 0;
    bool m_summaryAfterImport = false;
    RowId m_roundId = 0;
    // In-memory copy of the roster and the viewed round, read on first use.
    mutable bool m_loaded = false;
    mutable QVector<Student> m_students;
    mutable QVector<Adult> m_adults;
    mutable QHash<RowId, int> m_studentIndex;
    mutable QHash<RowId, int> m_adultIndex;
    // The viewed round: the rule over its marks' flags, each adult's counts
    // (kept per change), and the whole marks (notes, times) read only when a
    // view first asks for one.
    mutable ConnectionAnalysis m_analysis;
    mutable QHash<RowId, std::pair<int, int>> m_adultCounts; // connected, concern
    mutable bool m_marksLoaded = false;
    mutable QHash<RowId, QVector<Mark>> m_marks; // by student row id
    bool m_private = false;
    RowId m_sessionAdult = 0;
    int m_wrongTries = 0;
    QDateTime m_waitUntil;
};

} // namespace cm
