#include "ConnectionAnalysis.h"

#include "Storage.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QLocale>

#include <algorithm>

namespace cm {

namespace {
const QCollator& nameCollator() {
    static const QCollator collator = [] {
        // The C locale (a bare shell, CI) would sort by code point and put
        // "Ávila" after "Young"; names sort as a person expects instead.
        QLocale locale;
        if (locale.language() == QLocale::C)
            locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCollator c(locale);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    return collator;
}

// A student's place in the shared order, computed once per sort.
struct OrderKey {
    int index;
    QString grade;
    QCollatorSortKey family;
    QCollatorSortKey given;
};
} // namespace

Fragility StudentConnections::fragility() const {
    if (connecting.isEmpty())
        return Fragility::None;
    if (leaving == connecting.size())
        return Fragility::AdultsLeaving;
    return connecting.size() == 1 ? Fragility::OneAdult : Fragility::None;
}

int ConnectionAnalysis::compareNames(const QString& a, const QString& b) {
    return nameCollator().compare(a, b);
}

bool ConnectionAnalysis::lessThan(const Student& a, const Student& b) {
    if (int g = compareGrades(a.grade, b.grade); g != 0)
        return g < 0;
    const QCollator& c = nameCollator();
    if (int f = c.compare(a.familyName, b.familyName); f != 0)
        return f < 0;
    if (int n = c.compare(a.givenName, b.givenName); n != 0)
        return n < 0;
    return a.studentId < b.studentId;
}

void ConnectionAnalysis::sortStudents(QVector<Student>& students) {
    const QCollator& c = nameCollator();
    std::vector<OrderKey> keys;
    keys.reserve(size_t(students.size()));
    for (int i = 0; i < students.size(); ++i)
        keys.push_back({i, students[i].grade, c.sortKey(students[i].familyName),
                        c.sortKey(students[i].givenName)});
    std::sort(keys.begin(), keys.end(), [&students](const OrderKey& a, const OrderKey& b) {
        if (a.grade != b.grade) {
            if (int g = compareGrades(a.grade, b.grade); g != 0)
                return g < 0;
        }
        if (int f = a.family.compare(b.family); f != 0)
            return f < 0;
        if (int n = a.given.compare(b.given); n != 0)
            return n < 0;
        return students[a.index].studentId < students[b.index].studentId;
    });
    QVector<Student> sorted;
    sorted.reserve(students.size());
    for (const OrderKey& k : keys)
        sorted.push_back(std::move(students[k.index]));
    students = std::move(sorted);
}

ConnectionAnalysis::ConnectionAnalysis(const QVector<Student>& students,
                                       const QVector<Adult>& adults, const QVector<Mark>& marks) {
    m_activeAdults.reserve(adults.size());
    for (const Adult& a : adults) {
        if (a.active)
            m_activeAdults.insert(a.id, a.leavingDate);
    }
    m_active.reserve(students.size());
    m_byStudent.reserve(students.size());
    for (const Student& s : students) {
        if (!s.active)
            continue;
        m_active.push_back(s);
        m_byStudent.insert(s.id, StudentConnections{s.id, {}, {}, 0});
    }
    sortStudents(m_active);
    for (const Mark& m : marks)
        addMark(m, +1);
    m_totals.studentsActive = int(m_active.size());
    for (const StudentConnections& c : std::as_const(m_byStudent))
        tally(c, +1);
}

ConnectionAnalysis ConnectionAnalysis::load(const Storage& storage, RowId roundId) {
    return ConnectionAnalysis(storage.students(), storage.adults(), storage.marks(roundId));
}

// Adds (sign +1) or removes (-1) a mark's observations; the totals are the
// caller's to keep.
void ConnectionAnalysis::addMark(const Mark& m, int sign) {
    const auto adult = m_activeAdults.constFind(m.adultId);
    if (adult == m_activeAdults.constEnd())
        return;
    auto it = m_byStudent.find(m.studentId);
    if (it == m_byStudent.end())
        return;
    if (m.connected) {
        if (sign > 0)
            it->connecting.push_back(m.adultId);
        else
            it->connecting.removeOne(m.adultId);
        if (adult->isValid())
            it->leaving += sign;
    }
    if (m.concern) {
        if (sign > 0)
            it->concerned.push_back(m.adultId);
        else
            it->concerned.removeOne(m.adultId);
    }
}

void ConnectionAnalysis::tally(const StudentConnections& c, int sign) {
    const int n = c.count();
    if (n == 0)
        m_totals.unconnected += sign;
    else if (n == 1)
        m_totals.exactlyOne += sign;
    else
        m_totals.twoOrMore += sign;
    if (c.fragility() != Fragility::None)
        m_totals.fragile += sign;
}

void ConnectionAnalysis::applyMark(const std::optional<Mark>& before,
                                   const std::optional<Mark>& after) {
    const RowId student = before ? before->studentId : (after ? after->studentId : 0);
    const auto it = m_byStudent.constFind(student);
    if (it == m_byStudent.constEnd())
        return;
    tally(*it, -1);
    if (before)
        addMark(*before, -1);
    if (after)
        addMark(*after, +1);
    tally(m_byStudent.value(student), +1);
}

QVector<Student> ConnectionAnalysis::unconnected() const {
    QVector<Student> out;
    for (const Student& s : m_active) {
        if (isUnconnected(s.id))
            out.push_back(s);
    }
    return out;
}

StudentConnections ConnectionAnalysis::connections(RowId studentId) const {
    return m_byStudent.value(studentId, StudentConnections{studentId, {}, {}, 0});
}

int ConnectionAnalysis::count(RowId studentId) const {
    auto it = m_byStudent.constFind(studentId);
    return it == m_byStudent.constEnd() ? 0 : it->count();
}

bool ConnectionAnalysis::isUnconnected(RowId studentId) const {
    auto it = m_byStudent.constFind(studentId);
    return it != m_byStudent.constEnd() && it->count() == 0;
}

bool ConnectionAnalysis::isConnected(RowId studentId) const {
    auto it = m_byStudent.constFind(studentId);
    return it != m_byStudent.constEnd() && it->count() > 0;
}

Fragility ConnectionAnalysis::fragility(RowId studentId) const {
    auto it = m_byStudent.constFind(studentId);
    return it == m_byStudent.constEnd() ? Fragility::None : it->fragility();
}

} // namespace cm
