#pragma once

#include "ConnectionAnalysis.h"
#include "Error.h"
#include "Storage.h"
#include "Types.h"

#include <QHash>
#include <QObject>
#include <QVector>

#include <memory>
#include <optional>

class QUndoStack;

namespace cm {

class SchoolCommand;

// The open school as the window sees it: owns the Storage, the undo stack and
// the round being viewed, keeps an in-memory copy of the roster and of the
// viewed round's marks, and is the one door for every write the UI makes, so
// that every view updates live. Pages and models read from here; they never
// reload the whole database for a single change.
class SchoolContext : public QObject {
    Q_OBJECT
public:
    explicit SchoolContext(QObject* parent = nullptr);
    ~SchoolContext() override;

    Status open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const;
    // The same object for the context's whole life (File > Open reopens it).
    Storage& storage() { return *m_storage; }
    QUndoStack* undoStack() const { return m_undo; }

    // The round being viewed (marks, unconnected list, status bar).
    RowId viewedRound() const { return m_roundId; }
    Round viewedRoundInfo() const;
    void setViewedRound(RowId roundId);
    Result<Round> createRound(const QString& name);

    // Roster, all students and adults (active or not), by row id order.
    const QVector<Student>& students() const { return m_students; }
    const QVector<Adult>& adults() const { return m_adults; }
    const Student* student(RowId id) const;
    const Adult* adult(RowId id) const;
    int studentIndex(RowId id) const { return m_studentIndex.value(id, -1); }
    int adultIndex(RowId id) const { return m_adultIndex.value(id, -1); }

    // The viewed round's marks.
    std::optional<Mark> mark(RowId adultId, RowId studentId) const;
    QVector<Mark> marksForStudent(RowId studentId) const { return m_marks.value(studentId); }
    // Active adults with a connected / concern mark for the student.
    QVector<RowId> connectingAdults(RowId studentId) const;
    QVector<RowId> concernedAdults(RowId studentId) const;
    int connectionCount(RowId studentId) const;
    // An adult's own marks in the viewed round: connected, concern.
    int adultMarkCount(RowId adultId, MarkKind kind) const;
    ConnectionTotals totals() const;
    // "N of M students unconnected · K with exactly one adult".
    QString totalsText() const;

    // Runs a command (its first redo writes) and, when it worked, pushes it
    // on the undo stack. A failed command is discarded and its error returned.
    Status run(SchoolCommand* command);

    // Writes, used by the undo commands. Each is one transaction and emits
    // the signals that keep the views current.
    // roundId: the round the mark belongs to (an undo may reach a round
    // that is no longer the viewed one).
    Status writeMark(RowId roundId, RowId adultId, RowId studentId, std::optional<MarkKind> kind,
                     const QString& note = QString());
    Result<RowId> addStudent(const Student& s);
    Status removeStudent(RowId id); // only the undo of an add
    Status updateStudent(const Student& s);
    Status setStudentActive(RowId id, bool active);
    Result<RowId> addAdult(const Adult& a);
    Status removeAdult(RowId id);
    Status updateAdult(const Adult& a);
    Status setAdultActive(RowId id, bool active);

    // After a write made outside the context (an import): reload everything.
    void reload();

    // A private marking session hides colleagues' marks and the list.
    bool privateSession() const { return m_private; }
    void setPrivateSession(bool on);

signals:
    void schoolOpened();
    void schoolClosed();
    // After any write (marks, roster, rounds), any undo/redo on the shared
    // stack and after a reload: views that do not follow the finer signals
    // refresh here (MainWindow::addPage coalesces it for pages).
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
    void loadRoster();
    void loadMarks();
    void afterMarkWrite(RowId adultId, RowId studentId);
    void afterRosterWrite();

    std::unique_ptr<Storage> m_storage;
    QUndoStack* m_undo = nullptr;
    RowId m_roundId = 0;
    QVector<Student> m_students;
    QVector<Adult> m_adults;
    QHash<RowId, int> m_studentIndex;
    QHash<RowId, int> m_adultIndex;
    QHash<RowId, QVector<Mark>> m_marks; // by student row id
    bool m_private = false;
};

} // namespace cm
