#pragma once

#include "Error.h"
#include "Types.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace cm {

class PeopleBatch;
class Storage;

// For binding: a null QString would bind as SQL NULL; text columns want ''.
QVariant sqlText(const QString& s);

// How an import runs. A dry run does the whole import in a transaction, counts,
// and rolls back: the preview is exact because it is the same code path.
struct ImportOptions {
    bool dryRun = false;
    bool sync = false; // people missing from the file become inactive (never deleted)
};

struct ChangeCount {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int deactivated = 0; // sync mode: no longer present
    int changes() const { return added + updated + deactivated; }
};

struct RosterReport {
    ChangeCount students;
    ChangeCount adults;
    int teachingLinks = 0; // links in the roster after the import
    int groupMembers = 0;  // group memberships written
    int marks = 0;         // marks written (marking sheets, full export)
    QString backupPath;    // the copy made before the change, if any
    QStringList notes;     // things worth telling the user
    bool dryRun = false;
    QString summary() const;
};

// The fast path every roster import shares: existing people are loaded once
// into hash maps, statements are prepared once and reused, nothing is looked
// up row by row. Must run inside the caller's Storage::Transaction.
class RosterSync {
public:
    explicit RosterSync(Storage& storage);
    ~RosterSync();
    Status load();

    const Student* student(const QString& studentId) const;
    const Adult* adult(const QString& adultId) const;
    RowId studentRowId(const QString& studentId) const;
    RowId adultRowId(const QString& adultId) const;

    // Inserts or updates by the school's id; counts into the report.
    Result<RowId> putStudent(const Student& s, ChangeCount* count);
    Result<RowId> putAdult(const Adult& a, ChangeCount* count);

    // Sync mode: every active person not put since load() becomes inactive.
    Status deactivateUnseenStudents(ChangeCount* count);
    Status deactivateUnseenAdults(ChangeCount* count);

private:
    Storage& m_storage;
    std::unique_ptr<PeopleBatch> m_batch; // a district server's new people
    QHash<QString, Student> m_students;
    QHash<QString, Adult> m_adults;
    QSet<QString> m_seenStudents;
    QSet<QString> m_seenAdults;
    QSqlQuery m_insertStudent;
    QSqlQuery m_updateStudent;
    QSqlQuery m_insertAdult;
    QSqlQuery m_updateAdult;
};

} // namespace cm
