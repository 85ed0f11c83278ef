#pragma once

#include "SlotIndex.h"
#include "Types.h"

#include <QDate>
#include <QHash>
#include <QVector>

#include <optional>

namespace cm {

class Storage;

// Why a connected student's connection is fragile.
enum class Fragility {
    None,
    OneAdult,     // exactly one connecting adult
    AdultsLeaving // every connecting adult has a leaving date
};

struct StudentConnections {
    RowId studentId = 0;       // student row id
    QVector<RowId> connecting; // active adults with a `connected` mark
    QVector<RowId> concerned;  // active adults who flagged "may benefit"
    int leaving = 0;           // connecting adults with a leaving date
    int count() const { return int(connecting.size()); }
    Fragility fragility() const;
};

struct ConnectionTotals {
    int studentsActive = 0;
    int unconnected = 0;
    int exactlyOne = 0;
    int twoOrMore = 0;
    int fragile = 0; // connected, and exactly one adult or all adults leaving
    int connected() const { return studentsActive - unconnected; }
};

// The rule of the practice, in one place, for one round. Every figure that
// the window, the reports and the command line show is defined here:
//
// - connected: an active student with at least one active adult who has a
//   `connected` mark for them in the round (a concern mark never connects; an
//   inactive adult's marks stay on record but never count);
// - unconnected: an active student who is not connected;
// - exactly one: an active student with exactly one connecting adult;
// - fragile: a connected student with exactly one connecting adult, or whose
//   connecting adults all have a leaving date.
// Newly connected and lost (two rounds) are in RoundComparison, built on two
// analyses of this kind over the same roster.
class ConnectionAnalysis {
public:
    ConnectionAnalysis() = default;
    ConnectionAnalysis(const QVector<Student>& students, const QVector<Adult>& adults,
                       const QVector<Mark>& marks);
    ConnectionAnalysis(const QVector<Student>& students, const QVector<Adult>& adults,
                       const QVector<MarkFlags>& marks);

    // Reads the roster and the round's marks from storage.
    static ConnectionAnalysis load(const Storage& storage, RowId roundId);

    const ConnectionTotals& totals() const { return m_totals; }
    // Active students only, sorted by grade, family name, given name (sorted
    // on first use: most callers only count).
    const QVector<Student>& activeStudents() const;
    // A student's position in activeStudents(), or -1: lets a list kept in
    // that order place one student without sorting again.
    int orderOf(RowId studentId) const;
    // Active students in roster (row id) order, for callers that only count.
    const QVector<Student>& activeRoster() const { return m_active; }
    // Unconnected students, in the shared order.
    QVector<Student> unconnected() const;
    // Connections of a student (by row id); empty for unknown/inactive ones.
    StudentConnections connections(RowId studentId) const;
    int count(RowId studentId) const;
    bool isActive(RowId studentId) const { return find(studentId) != nullptr; }
    bool isUnconnected(RowId studentId) const;
    bool isConnected(RowId studentId) const;
    Fragility fragility(RowId studentId) const;

    // One mark of the round changed (before and after; nullopt: none). Updates
    // that student's connections and the totals without rereading anything.
    void applyMark(const std::optional<Mark>& before, const std::optional<Mark>& after);

    // Sort order shared by every list: grade, family name, given name, id.
    static bool lessThan(const Student& a, const Student& b);
    // Sorts students in that order, computing each collation key once.
    static void sortStudents(QVector<Student>& students);
    // Compares people's names as a person expects (accents, case, numbers).
    static int compareNames(const QString& a, const QString& b);

private:
    void setRoster(const QVector<Student>& students, const QVector<Adult>& adults);
    void finish();
    void tally(const StudentConnections& c, int sign);
    void addMark(const MarkFlags& m, int sign);
    const StudentConnections* find(RowId studentId) const;

    QVector<Student> m_active;              // roster order
    std::vector<StudentConnections> m_conn; // parallel to m_active
    SlotIndex m_studentSlot;                // student row id -> index in m_active
    SlotIndex m_adultSlot;                  // active adult row id -> index in m_adultLeaving
    std::vector<char> m_adultLeaving;       // 1: the adult has a leaving date
    mutable QVector<Student> m_sorted;      // m_active in the shared order, on first use
    mutable std::vector<int> m_position;    // by slot: index in m_sorted
    mutable bool m_isSorted = false;
    ConnectionTotals m_totals;
};

} // namespace cm
