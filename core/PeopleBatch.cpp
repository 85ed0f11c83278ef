#include "PeopleBatch.h"

#include "ServerBatch.h"
#include "Storage.h"

#include <QSqlQuery>

#include <algorithm>

namespace cm {

namespace {
constexpr int kIdBlock = 5000;
constexpr int kRowsPerFlush = 20000;
} // namespace

PeopleBatch::PeopleBatch(Storage& storage)
    : m_storage(storage) {}

PeopleBatch::~PeopleBatch() {
    if (!m_registered)
        return;
    // Written now if they were not yet; a failure fails the transaction.
    if (Status st = m_storage.flushPendingWrites(); !st.ok())
        m_storage.failTransaction(st.error());
}

// Ids come from the table's own sequence, a block at a time, so that they
// never meet those of other counselors' imports.
Result<RowId> PeopleBatch::nextId(QVector<RowId>& pool, const char* table) {
    if (pool.isEmpty()) {
        QSqlQuery q(m_storage.database());
        if (Status st = m_storage.exec(
                q,
                QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM "
                               "generate_series(1, ?)")
                    .arg(QLatin1String(table)),
                {kIdBlock});
            !st.ok())
            return st.error();
        while (q.next())
            pool.push_back(q.value(0).toLongLong());
        std::reverse(pool.begin(), pool.end());
        if (pool.isEmpty())
            return Error{QStringLiteral("the server gave no row id"), {}, 0};
    }
    return pool.takeLast();
}

template <typename Person>
Result<RowId> PeopleBatch::add(QVector<RowId>& ids, const char* table, QVector<Person>& rows,
                               const Person& person) {
    const Result<RowId> id = nextId(ids, table);
    if (!id.ok())
        return id;
    rows.push_back(person);
    rows.last().id = *id;
    m_registered = true;
    m_storage.setPendingWrites([this] { return flush(); });
    if (m_students.size() + m_adults.size() >= kRowsPerFlush)
        if (Status st = m_storage.flushPendingWrites(); !st.ok())
            return st.error();
    return *id;
}

Result<RowId> PeopleBatch::addStudent(const Student& s) {
    return add(m_studentIds, "student", m_students, s);
}

Result<RowId> PeopleBatch::addAdult(const Adult& a) {
    return add(m_adultIds, "adult", m_adults, a);
}

Status PeopleBatch::flush() {
    m_registered = false;
    const QString one = QStringLiteral("1"), zero = QStringLiteral("0");
    ServerBatch students(m_storage,
                         QStringLiteral("INSERT INTO student (id, student_id, given_name, "
                                        "family_name, preferred_name, grade, homeroom, active, "
                                        "student_number) SELECT * FROM unnest(%1)"),
                         {QStringLiteral("bigint"), QStringLiteral("text"), QStringLiteral("text"),
                          QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("text"),
                          QStringLiteral("text"), QStringLiteral("int"), QStringLiteral("text")});
    for (const Student& s : std::as_const(m_students))
        if (Status st = students.add({QString::number(s.id), s.studentId, s.givenName, s.familyName,
                                      s.preferredName, s.grade, s.homeroom, s.active ? one : zero,
                                      s.studentNumber});
            !st.ok())
            return st;
    m_students.clear();
    if (Status st = students.flush(); !st.ok())
        return st;
    // Capacity and leaving date may be absent: '' in the arrays, NULL stored.
    ServerBatch adults(m_storage,
                       QStringLiteral("INSERT INTO adult (id, adult_id, given_name, family_name, "
                                      "role, email, active, capacity, volunteer, leaving_date) "
                                      "SELECT id, adult_id, given_name, family_name, role, email, "
                                      "active, NULLIF(capacity, '')::int, volunteer, "
                                      "NULLIF(leaving_date, '') FROM unnest(%1) AS a(id, "
                                      "adult_id, given_name, family_name, role, email, active, "
                                      "capacity, volunteer, leaving_date)"),
                       {QStringLiteral("bigint"), QStringLiteral("text"), QStringLiteral("text"),
                        QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("text"),
                        QStringLiteral("int"), QStringLiteral("text"), QStringLiteral("int"),
                        QStringLiteral("text")});
    for (const Adult& a : std::as_const(m_adults))
        if (Status st = adults.add(
                {QString::number(a.id), a.adultId, a.givenName, a.familyName, a.role, a.email,
                 a.active ? one : zero, a.capacity < 0 ? QString() : QString::number(a.capacity),
                 a.volunteer ? one : zero,
                 a.leavingDate.isValid() ? a.leavingDate.toString(Qt::ISODate) : QString()});
            !st.ok())
            return st;
    m_adults.clear();
    return adults.flush();
}

} // namespace cm
