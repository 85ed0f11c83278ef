// SchoolDocument's writes: marks, people, settings, imports and mentoring.
// Each is one transaction and tells the views what changed.
#include "SchoolDocument.h"

#include "AuditTrail.h"
#include "Backup.h"
#include "DemoSchool.h"
#include "MarkingSheet.h"
#include "Mentoring.h"
#include "MentoringSuggestions.h"
#include "OneRoster.h"
#include "SchoolExport.h"
#include "SpreadsheetImport.h"
#include "SurveyImport.h"

#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace cm {

Status SchoolDocument::writeMark(RowId roundId, const Mark& mark) {
    Mark stored = mark;
    stored.roundId = roundId;
    if (stored.markedAt.isNull())
        stored.markedAt = QDateTime::currentDateTimeUtc();
    const std::optional<Mark> previous = m_storage->mark(roundId, stored.adultId, stored.studentId);
    m_storage->setChangeHint(
        QStringLiteral("mark %1 %2 %3").arg(roundId).arg(stored.adultId).arg(stored.studentId));
    const Status written =
        audited([&] { return m_storage->putMark(stored); },
                [&] {
                    AuditEntry e = aboutStudent(QStringLiteral("mark"), stored.studentId);
                    const AuditEntry a = aboutAdult({}, stored.adultId);
                    e.adultRow = a.adultRow;
                    e.adult = a.adult;
                    const QString round = m_storage->roundById(roundId).value_or(Round{}).name;
                    e.before = round + QStringLiteral(": ") + AuditTrail::describe(previous);
                    e.after = round + QStringLiteral(": ") + AuditTrail::describe(stored);
                    return e;
                });
    if (!written.ok())
        return written;
    const bool inMemory = roundId == m_roundId && m_loaded;
    const std::optional<Mark>& before = previous;
    if (!inMemory) { // not in memory: other views refresh
        emit dataChanged();
        return {};
    }
    const std::optional<Mark> after = stored.isEmpty() ? std::nullopt : std::optional(stored);
    applyMark(stored.adultId, stored.studentId, before, after);
    return {};
}

// One mark of the viewed round, changed here or by another counselor on the
// district server: the in-memory copy, the adult's counts and the rule's
// figures follow it without reading the round again.
void SchoolDocument::applyMark(RowId adultId, RowId studentId, const std::optional<Mark>& before,
                               const std::optional<Mark>& after) {
    if (m_marksLoaded) {
        QVector<Mark>& list = m_marks[studentId];
        list.removeIf([&](const Mark& m) { return m.adultId == adultId; });
        if (after)
            list.push_back(*after);
    }
    std::pair<int, int>& counts = m_adultCounts[adultId];
    counts.first += int(after && after->connected) - int(before && before->connected);
    counts.second += int(after && after->concern) - int(before && before->concern);
    m_analysis.applyMark(before, after);
    emit markChanged(adultId, studentId);
    emit totalsChanged();
    emit dataChanged();
}

Status SchoolDocument::setMark(RowId roundId, RowId adultId, RowId studentId, MarkKind kind,
                               const QString& note) {
    const std::optional<Mark> before = roundId == m_roundId && m_marksLoaded
                                           ? mark(adultId, studentId)
                                           : m_storage->mark(roundId, adultId, studentId);
    Mark m = before.value_or(Mark{0, roundId, adultId, studentId, false, false, {}, {}});
    m.set(kind, true);
    if (!note.isEmpty())
        m.note = note;
    m.markedAt = QDateTime();
    return writeMark(roundId, m);
}

// People: the row carries the person as they were before and after.
Result<RowId> SchoolDocument::addStudent(const Student& s) {
    RowId id = 0;
    const Status st = audited(
        [&]() -> Status {
            Result<RowId> r = m_storage->addStudent(s);
            if (!r.ok())
                return r.error();
            id = *r;
            return {};
        },
        [&] {
            AuditEntry e = aboutStudent(QStringLiteral("student-added"), id);
            e.after = AuditTrail::describe(m_storage->studentById(id).value_or(s));
            return e;
        });
    if (!st.ok())
        return st.error();
    afterRosterWrite();
    return id;
}

Status SchoolDocument::removeStudent(RowId id) {
    const std::optional<Student> before = m_storage->studentById(id);
    const Status st = audited([&] { return m_storage->deleteStudent(id); },
                              [&] {
                                  AuditEntry e;
                                  e.action = QStringLiteral("student-removed");
                                  e.studentRow = id;
                                  if (before) {
                                      e.student = AuditTrail::label(*before);
                                      e.before = AuditTrail::describe(*before);
                                  }
                                  return e;
                              });
    if (st.ok())
        afterRosterWrite();
    return st;
}

Status SchoolDocument::updateStudent(const Student& s) {
    const std::optional<Student> before = m_storage->studentById(s.id);
    const Status st =
        audited([&] { return m_storage->updateStudent(s); },
                [&] {
                    AuditEntry e = aboutStudent(QStringLiteral("student-changed"), s.id);
                    if (before)
                        e.before = AuditTrail::describe(*before);
                    e.after = AuditTrail::describe(m_storage->studentById(s.id).value_or(s));
                    return e;
                });
    if (st.ok())
        afterRosterWrite();
    return st;
}

Status SchoolDocument::setStudentActive(RowId id, bool active) {
    const Status st =
        audited([&] { return m_storage->setStudentActive(id, active); },
                [&] {
                    AuditEntry e = aboutStudent(QStringLiteral("student-active"), id);
                    e.before = active ? QStringLiteral("inactive") : QStringLiteral("active");
                    e.after = active ? QStringLiteral("active") : QStringLiteral("inactive");
                    return e;
                });
    if (st.ok())
        afterRosterWrite();
    return st;
}

Result<RowId> SchoolDocument::addAdult(const Adult& a) {
    RowId id = 0;
    const Status st = audited(
        [&]() -> Status {
            Result<RowId> r = m_storage->addAdult(a);
            if (!r.ok())
                return r.error();
            id = *r;
            return {};
        },
        [&] {
            AuditEntry e = aboutAdult(QStringLiteral("adult-added"), id);
            e.after = AuditTrail::describe(m_storage->adultById(id).value_or(a));
            return e;
        });
    if (!st.ok())
        return st.error();
    afterRosterWrite();
    return id;
}

Status SchoolDocument::removeAdult(RowId id) {
    const std::optional<Adult> before = m_storage->adultById(id);
    const Status st = audited([&] { return m_storage->deleteAdult(id); },
                              [&] {
                                  AuditEntry e;
                                  e.action = QStringLiteral("adult-removed");
                                  e.adultRow = id;
                                  if (before) {
                                      e.adult = AuditTrail::label(*before);
                                      e.before = AuditTrail::describe(*before);
                                  }
                                  return e;
                              });
    if (st.ok())
        afterRosterWrite();
    return st;
}

Status SchoolDocument::updateAdult(const Adult& a) {
    const std::optional<Adult> before = m_storage->adultById(a.id);
    const Status st = audited([&] { return m_storage->updateAdult(a); },
                              [&] {
                                  AuditEntry e = aboutAdult(QStringLiteral("adult-changed"), a.id);
                                  if (before)
                                      e.before = AuditTrail::describe(*before);
                                  e.after =
                                      AuditTrail::describe(m_storage->adultById(a.id).value_or(a));
                                  return e;
                              });
    if (st.ok())
        afterRosterWrite();
    return st;
}

Status SchoolDocument::setAdultActive(RowId id, bool active) {
    const Status st =
        audited([&] { return m_storage->setAdultActive(id, active); },
                [&] {
                    AuditEntry e = aboutAdult(QStringLiteral("adult-active"), id);
                    e.before = active ? QStringLiteral("inactive") : QStringLiteral("active");
                    e.after = active ? QStringLiteral("active") : QStringLiteral("inactive");
                    return e;
                });
    if (st.ok())
        afterRosterWrite();
    return st;
}

Status SchoolDocument::setSetting(const QString& key, const QString& value) {
    return write([&](Storage& s) { return s.setSetting(key, value); });
}

Status SchoolDocument::setSchoolName(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.contains(QLatin1Char('\n')) || trimmed.contains(QLatin1Char('\r')))
        return Status::fail(tr("A school name is one line."));
    if (trimmed.size() > 200)
        return Status::fail(tr("A school name has at most 200 characters."));
    return setSetting(QStringLiteral("school_name"), trimmed);
}

QString SchoolDocument::storedSchoolName() const {
    return isOpen() ? m_storage->setting(QStringLiteral("school_name")) : QString();
}

// Roster edits are rare: reread the roster and the viewed round (one query
// each) and reset models.
void SchoolDocument::afterRosterWrite() {
    invalidate();
    emit rosterChanged();
    emit totalsChanged();
    emit dataChanged();
}

// A write of the mentoring loop or the settings: one transaction, then every
// view refreshes.
Status SchoolDocument::write(const std::function<Status(Storage&)>& work) {
    if (!isOpen())
        return Status::fail(tr("no school is open"));
    if (Status s = transact([&] { return work(*m_storage); }); !s.ok())
        return s;
    emit dataChanged();
    return {};
}

template <typename Report>
Result<Report> SchoolDocument::runImport(const QString& reason, bool dryRun,
                                         const std::function<Result<Report>(Storage&)>& work) {
    if (!isOpen())
        return Error{tr("no school is open"), {}, 0};
    Result<Report> r = [&]() -> Result<Report> {
        Storage::Transaction tx(*m_storage);
        const QString countsBefore = countsText();
        Result<Report> r = work(*m_storage);
        if (!r.ok())
            return r;
        r.value().dryRun = dryRun;
        if (dryRun)
            return r; // the transaction rolls back: the preview is the real import
        bool changed = true;
        // A district server is backed up by IT (pg_dump), not file by file.
        const Result<QString> backup = m_storage->isServer()
                                           ? Result<QString>(QString())
                                           : Backup::beforeCommit(*m_storage, reason, &changed);
        if (!backup.ok())
            return backup.error();
        r.value().backupPath = *backup;
        if (!changed)
            return r;     // the same file again: nothing to commit
        AuditEntry entry; // one row per import, with its counts
        entry.action = reason;
        entry.before = countsBefore;
        entry.after = countsText();
        if (Status st = record(entry); !st.ok())
            return st.error();
        if (Status st = tx.commit(); !st.ok())
            return st.error();
        return r;
    }();
    if (r.ok() && !dryRun) {
        m_summaryAfterImport = m_storage->isServer();
        m_undo->clear(); // an import is not undone step by step: the backup is its undo
        if (m_roundId == 0 && !m_storage->rounds().isEmpty())
            m_roundId = m_storage->rounds().constLast().id; // the import made the first round
        reload();
    }
    return r;
}

Result<ImportReport> SchoolDocument::importCsv(CsvImport::Kind kind, const QString& path,
                                               const QString& roundName, bool dryRun) {
    static const char* const reasons[] = {"import-students", "import-adults", "import-marks"};
    return runImport<ImportReport>(
        QString::fromLatin1(reasons[int(kind)]), dryRun,
        [&](Storage& s) { return CsvImport::importFile(s, kind, path, roundName); });
}

Result<RosterReport> SchoolDocument::importSpreadsheet(RosterKind kind, const QString& path,
                                                       const SpreadsheetOptions& options) {
    const QString reason = kind == RosterKind::Students ? QStringLiteral("import-students")
                                                        : QStringLiteral("import-adults");
    return runImport<RosterReport>(reason, options.dryRun, [&](Storage& s) {
        return SpreadsheetImport::import(s, kind, path, options);
    });
}

Result<RosterReport> SchoolDocument::importOneRoster(const QString& path,
                                                     const OneRosterOptions& options) {
    return runImport<RosterReport>(QStringLiteral("import-oneroster"), options.dryRun,
                                   [&](Storage& s) { return OneRoster::import(s, path, options); });
}

Result<RosterReport> SchoolDocument::importFolder(const QString& folder,
                                                  const ImportOptions& options) {
    return runImport<RosterReport>(QStringLiteral("import-all"), options.dryRun, [&](Storage& s) {
        return SchoolExport::importFrom(s, folder, options);
    });
}

Result<SheetReport> SchoolDocument::importSheet(const QString& path, const QString& roundName,
                                                const QString& adultId, bool dryRun) {
    return runImport<SheetReport>(QStringLiteral("import-sheet"), dryRun, [&](Storage& s) {
        return MarkingSheet::importFrom(s, path, roundName, adultId, dryRun);
    });
}

Result<SurveyImportReport> SchoolDocument::importSurvey(const QString& path,
                                                        const SurveyImportOptions& options) {
    return runImport<SurveyImportReport>(
        QStringLiteral("import-survey"), options.dryRun,
        [&](Storage& s) { return SurveyImport::import(s, path, options); });
}

Status SchoolDocument::resolveSurveyName(const QString& text, RowId adultId) {
    return write([&](Storage& s) {
        if (Status st = s.setSurveyResolution(text, adultId); !st.ok())
            return st;
        AuditEntry e = aboutAdult(QStringLiteral("survey-name-settled"), adultId);
        e.after = QStringLiteral("\"%1\" means %2")
                      .arg(text, adultId ? e.adult : QStringLiteral("no school adult"));
        return record(e);
    });
}

Result<DemoSummary> SchoolDocument::createDemo(const DemoOptions& options) {
    const Result<DemoSummary> r = DemoSchool::create(*m_storage, options);
    if (r.ok()) {
        // The school is made; an audit row that cannot be added does not undo it.
        static_cast<void>(recordEvent(QStringLiteral("demo"), countsText()));
        m_undo->clear();
        m_roundId = m_storage->rounds().isEmpty() ? 0 : m_storage->rounds().constLast().id;
        reload();
        emit viewedRoundChanged(m_roundId);
    }
    return r;
}

Status SchoolDocument::restoreBackup(const QString& backupPath) {
    if (m_storage->isServer())
        return Status::fail(serverBackupText());
    const QString dbPath = path();
    close();
    const Status restored = Backup::restore(dbPath, backupPath);
    // Reopen whatever is there now: the restored school, or the old one.
    const Status reopened = open(dbPath);
    if (!restored.ok())
        return restored;
    if (reopened.ok())
        static_cast<void>(
            recordEvent(QStringLiteral("backup-restored"), QFileInfo(backupPath).fileName()));
    return reopened;
}

Result<RowId> SchoolDocument::assignMentor(RowId studentId, RowId adultId, const QDate& start,
                                           const QString& plan, RowId roundId,
                                           int defaultCapacity) {
    RowId id = 0;
    const Status st = audited(
        [&]() -> Status {
            Result<RowId> r = Mentoring::assign(*m_storage, studentId, adultId, start, plan,
                                                roundId, defaultCapacity);
            if (!r.ok())
                return r.error();
            id = *r;
            return {};
        },
        [&] { return aboutMatch(QStringLiteral("match-assigned"), id); });
    if (!st.ok())
        return st.error();
    emit dataChanged();
    return id;
}

Status SchoolDocument::endMatch(RowId matchId, const QDate& on) {
    return write([&](Storage& s) {
        if (Status st = Mentoring::endMatch(s, matchId, on); !st.ok())
            return st;
        return record(aboutMatch(QStringLiteral("match-ended"), matchId));
    });
}

Status SchoolDocument::reopenMatch(RowId matchId) {
    return write([&](Storage& s) {
        if (Status st = Mentoring::reopenMatch(s, matchId); !st.ok())
            return st;
        return record(aboutMatch(QStringLiteral("match-reopened"), matchId));
    });
}

Status SchoolDocument::deleteMatch(RowId matchId) {
    const AuditEntry entry = aboutMatch(QStringLiteral("match-deleted"), matchId);
    return write([&](Storage& s) {
        if (Status st = Mentoring::deleteMatch(s, matchId); !st.ok())
            return st;
        AuditEntry e = entry;
        std::swap(e.before, e.after);
        return record(e);
    });
}

Status SchoolDocument::updateMatch(const MentorMatch& match) {
    const AuditEntry before = aboutMatch(QStringLiteral("match-changed"), match.id);
    return write([&](Storage& s) {
        if (Status st = Mentoring::updateMatch(s, match); !st.ok())
            return st;
        AuditEntry e = aboutMatch(QStringLiteral("match-changed"), match.id);
        e.before = before.after;
        return record(e);
    });
}

Result<RowId> SchoolDocument::addCheckIn(RowId matchId, CheckInStatus status, const QString& note,
                                         const QDate& date) {
    Result<RowId> r = RowId(0);
    const Status st = audited(
        [&]() -> Status {
            r = Mentoring::addCheckIn(*m_storage, matchId, status, note, date);
            return r.ok() ? Status() : Status(r.error());
        },
        [&] {
            AuditEntry e = aboutMatch(QStringLiteral("check-in"), matchId);
            e.after = QStringLiteral("%1 on %2")
                          .arg(checkInStatusName(status), date.toString(Qt::ISODate));
            if (!note.isEmpty())
                e.after += QStringLiteral("; note: ") + note;
            return e;
        });
    if (!st.ok())
        return st.error();
    if (r.ok()) {
        invalidate(); // a `connected` check-in also marks
        emit totalsChanged();
        emit dataChanged();
    }
    return r;
}

Status SchoolDocument::setMentoringSettings(const MentoringSettings& settings) {
    return write([&](Storage& s) { return Mentoring::setSettings(s, settings); });
}

Result<AppliedMatches> SchoolDocument::applyMatches(RowId roundId,
                                                    const QVector<MatchAssignment>& rows,
                                                    const QDate& start, int defaultCapacity) {
    Result<AppliedMatches> r = AppliedMatches{};
    const Status st = audited(
        [&]() -> Status {
            r = MentoringSuggestions::apply(*m_storage, roundId, rows, start, defaultCapacity);
            return r.ok() ? Status() : Status(r.error());
        },
        [&] {
            AuditEntry e;
            e.action = QStringLiteral("matches-applied");
            e.after = QStringLiteral("%1 new matches, %2 ended")
                          .arg(r->created.size())
                          .arg(r->ended.size());
            return e;
        });
    if (!st.ok())
        return st.error();
    emit dataChanged();
    return r;
}

Status SchoolDocument::undoMatches(const AppliedMatches& applied) {
    return write([&](Storage& s) {
        if (Status st = MentoringSuggestions::undo(s, applied); !st.ok())
            return st;
        AuditEntry e;
        e.action = QStringLiteral("matches-undone");
        e.before = QStringLiteral("%1 new matches, %2 ended")
                       .arg(applied.created.size())
                       .arg(applied.ended.size());
        return record(e);
    });
}

} // namespace cm
