#include "RosterSync.h"

#include "PeopleBatch.h"
#include "Storage.h"
#include "StorageRows.h"

#include <QSqlError>

namespace cm {

namespace {

Error sqlFailure(const QString& what, const QSqlQuery& q) {
    return Storage::describeSqlError(what, q.lastError());
}

Status prepare(QSqlQuery& q, const QString& sql) {
    if (!q.prepare(sql))
        return sqlFailure(QStringLiteral("prepare"), q);
    return {};
}

QVariant str(const QString& s) {
    return sqlText(s);
}

QVariant capacityValue(int capacity) {
    return capacity < 0 ? QVariant() : QVariant(capacity);
}

QVariant dateValue(const QDate& d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QString countText(const char* what, const ChangeCount& c) {
    QString s = QStringLiteral("%1: %2 new, %3 updated, %4 unchanged")
                    .arg(QLatin1String(what))
                    .arg(c.added)
                    .arg(c.updated)
                    .arg(c.unchanged);
    if (c.deactivated > 0)
        s += QStringLiteral(", %1 no longer present (made inactive)").arg(c.deactivated);
    return s;
}

} // namespace

QVariant sqlText(const QString& s) {
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

QString RosterReport::summary() const {
    QStringList parts;
    if (students.added + students.updated + students.unchanged + students.deactivated > 0)
        parts << countText("students", students);
    if (adults.added + adults.updated + adults.unchanged + adults.deactivated > 0)
        parts << countText("adults", adults);
    if (teachingLinks > 0)
        parts << QStringLiteral("%1 teaching links").arg(teachingLinks);
    if (groupMembers > 0)
        parts << QStringLiteral("%1 group memberships").arg(groupMembers);
    if (marks > 0)
        parts << QStringLiteral("%1 marks").arg(marks);
    if (parts.isEmpty())
        parts << QStringLiteral("nothing to import");
    return parts.join(QStringLiteral("; "));
}

RosterSync::RosterSync(Storage& storage)
    : m_storage(storage)
    , m_batch(storage.isServer() ? std::make_unique<PeopleBatch>(storage) : nullptr)
    , m_insertStudent(storage.database())
    , m_updateStudent(storage.database())
    , m_insertAdult(storage.database())
    , m_updateAdult(storage.database()) {}

RosterSync::~RosterSync() = default;

Status RosterSync::load() {
    for (const Student& s : m_storage.students())
        m_students.insert(s.studentId, s);
    for (const Adult& a : m_storage.adults())
        m_adults.insert(a.adultId, a);
    m_seenStudents.reserve(m_students.size());
    m_seenAdults.reserve(m_adults.size());
    if (Status st = prepare(m_insertStudent,
                            QStringLiteral("INSERT INTO student (student_id, given_name, "
                                           "family_name, preferred_name, grade, homeroom, active, "
                                           "student_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                           "RETURNING id"));
        !st.ok())
        return st;
    if (Status st = prepare(m_updateStudent,
                            QStringLiteral("UPDATE student SET given_name = ?, family_name = ?, "
                                           "preferred_name = ?, grade = ?, homeroom = ?, "
                                           "active = ?, student_number = ? WHERE id = ?"));
        !st.ok())
        return st;
    if (Status st = prepare(m_insertAdult,
                            QStringLiteral("INSERT INTO adult (adult_id, given_name, family_name, "
                                           "role, email, active, capacity, volunteer, "
                                           "leaving_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                           "RETURNING id"));
        !st.ok())
        return st;
    return prepare(m_updateAdult,
                   QStringLiteral("UPDATE adult SET given_name = ?, family_name = ?, role = ?, "
                                  "email = ?, active = ?, capacity = ?, volunteer = ?, "
                                  "leaving_date = ? WHERE id = ?"));
}

const Student* RosterSync::student(const QString& studentId) const {
    const auto it = m_students.constFind(studentId);
    return it == m_students.constEnd() ? nullptr : &*it;
}

const Adult* RosterSync::adult(const QString& adultId) const {
    const auto it = m_adults.constFind(adultId);
    return it == m_adults.constEnd() ? nullptr : &*it;
}

RowId RosterSync::studentRowId(const QString& studentId) const {
    const Student* s = student(studentId);
    return s ? s->id : 0;
}

RowId RosterSync::adultRowId(const QString& adultId) const {
    const Adult* a = adult(adultId);
    return a ? a->id : 0;
}

Result<RowId> RosterSync::putStudent(const Student& in, ChangeCount* count) {
    if (in.studentId.isEmpty())
        return Error{QStringLiteral("student_id is empty"), {}, 0};
    if (in.givenName.isEmpty() && in.familyName.isEmpty())
        return Error{QStringLiteral("student %1 has no name").arg(in.studentId), {}, 0};
    m_seenStudents.insert(in.studentId);
    auto it = m_students.find(in.studentId);
    if (it != m_students.end()) {
        if (*it == in) {
            ++count->unchanged;
            return it->id;
        }
        for (const QVariant& v : {str(in.givenName), str(in.familyName), str(in.preferredName),
                                  str(in.grade), str(in.homeroom), QVariant(in.active ? 1 : 0),
                                  str(in.studentNumber), QVariant(it->id)})
            m_updateStudent.addBindValue(v);
        // A person added earlier in this import may still be held back.
        if (Status st = m_storage.flushPendingWrites(); !st.ok())
            return st.error();
        if (!m_updateStudent.exec())
            return sqlFailure(QStringLiteral("update student"), m_updateStudent);
        const RowId id = it->id;
        *it = in;
        it->id = id;
        ++count->updated;
        return id;
    }
    Student stored = in;
    if (m_batch) {
        const Result<RowId> id = m_batch->addStudent(in);
        if (!id.ok())
            return id;
        stored.id = *id;
    } else {
        for (const QVariant& v :
             {str(in.studentId), str(in.givenName), str(in.familyName), str(in.preferredName),
              str(in.grade), str(in.homeroom), QVariant(in.active ? 1 : 0), str(in.studentNumber)})
            m_insertStudent.addBindValue(v);
        if (!m_insertStudent.exec())
            return sqlFailure(QStringLiteral("add student"), m_insertStudent);
        stored.id = storage::returnedId(m_insertStudent);
    }
    m_students.insert(in.studentId, stored);
    ++count->added;
    return stored.id;
}

Result<RowId> RosterSync::putAdult(const Adult& in, ChangeCount* count) {
    if (in.adultId.isEmpty())
        return Error{QStringLiteral("adult_id is empty"), {}, 0};
    if (in.givenName.isEmpty() && in.familyName.isEmpty())
        return Error{QStringLiteral("adult %1 has no name").arg(in.adultId), {}, 0};
    m_seenAdults.insert(in.adultId);
    auto it = m_adults.find(in.adultId);
    if (it != m_adults.end()) {
        if (*it == in) {
            ++count->unchanged;
            return it->id;
        }
        for (const QVariant& v :
             {str(in.givenName), str(in.familyName), str(in.role), str(in.email),
              QVariant(in.active ? 1 : 0), capacityValue(in.capacity),
              QVariant(in.volunteer ? 1 : 0), dateValue(in.leavingDate), QVariant(it->id)})
            m_updateAdult.addBindValue(v);
        if (Status st = m_storage.flushPendingWrites(); !st.ok())
            return st.error();
        if (!m_updateAdult.exec())
            return sqlFailure(QStringLiteral("update adult"), m_updateAdult);
        const RowId id = it->id;
        *it = in;
        it->id = id;
        ++count->updated;
        return id;
    }
    Adult stored = in;
    if (m_batch) {
        const Result<RowId> id = m_batch->addAdult(in);
        if (!id.ok())
            return id;
        stored.id = *id;
    } else {
        for (const QVariant& v :
             {str(in.adultId), str(in.givenName), str(in.familyName), str(in.role), str(in.email),
              QVariant(in.active ? 1 : 0), capacityValue(in.capacity),
              QVariant(in.volunteer ? 1 : 0), dateValue(in.leavingDate)})
            m_insertAdult.addBindValue(v);
        if (!m_insertAdult.exec())
            return sqlFailure(QStringLiteral("add adult"), m_insertAdult);
        stored.id = storage::returnedId(m_insertAdult);
    }
    m_adults.insert(in.adultId, stored);
    ++count->added;
    return stored.id;
}

Status RosterSync::deactivateUnseenStudents(ChangeCount* count) {
    for (auto it = m_students.begin(); it != m_students.end(); ++it) {
        if (!it->active || m_seenStudents.contains(it.key()))
            continue;
        if (Status st = m_storage.setStudentActive(it->id, false); !st.ok())
            return st;
        it->active = false;
        ++count->deactivated;
    }
    return {};
}

Status RosterSync::deactivateUnseenAdults(ChangeCount* count) {
    for (auto it = m_adults.begin(); it != m_adults.end(); ++it) {
        if (!it->active || m_seenAdults.contains(it.key()))
            continue;
        if (Status st = m_storage.setAdultActive(it->id, false); !st.ok())
            return st;
        it->active = false;
        ++count->deactivated;
    }
    return {};
}

} // namespace cm
