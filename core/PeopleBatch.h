#pragma once

#include "Error.h"
#include "Types.h"

#include <QVector>

namespace cm {

class Storage;

// New students and adults of a roster import on a district server (issue
// 17), written in batches (core/ServerBatch.h) instead of one statement each.
// Each gets its row id at once, from a block of ids taken from the table's
// sequence, so the import goes on using it; the rows themselves are written
// before any other statement runs on the connection (Storage's pending
// writes), at the latest before commit. A failure to write them fails the
// transaction. RosterSync uses it on a server only.
class PeopleBatch {
public:
    explicit PeopleBatch(Storage& storage);
    ~PeopleBatch();
    PeopleBatch(const PeopleBatch&) = delete;
    PeopleBatch& operator=(const PeopleBatch&) = delete;

    Result<RowId> addStudent(const Student& s);
    Result<RowId> addAdult(const Adult& a);
    Status flush();

private:
    Result<RowId> nextId(QVector<RowId>& pool, const char* table);
    // Gives the person an id and holds the row back until the next statement.
    template <typename Person>
    Result<RowId> add(QVector<RowId>& ids, const char* table, QVector<Person>& rows,
                      const Person& person);

    Storage& m_storage;
    QVector<RowId> m_studentIds, m_adultIds; // ids taken, not yet given
    QVector<Student> m_students;
    QVector<Adult> m_adults;
    bool m_registered = false;
};

} // namespace cm
