#include "ConnectionAnalysis.h"

#include "Storage.h"
#include "StudentOrder.h"

#include <QCollator>
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
    StudentOrder::sort(students);
}

ConnectionAnalysis::ConnectionAnalysis(const QVector<Student>& students,
                                       const QVector<Adult>& adults, const QVector<Mark>& marks) {
    setRoster(students, adults);
    for (const Mark& m : marks)
        addMark(MarkFlags(m), +1);
    finish();
}

ConnectionAnalysis::ConnectionAnalysis(const QVector<Student>& students,
                                       const QVector<Adult>& adults,
                                       const QVector<MarkFlags>& marks) {
    setRoster(students, adults);
    for (const MarkFlags& m : marks)
        addMark(m, +1);
    finish();
}

ConnectionAnalysis ConnectionAnalysis::load(const Storage& storage, RowId roundId) {
    return ConnectionAnalysis(storage.students(), storage.adults(), storage.markFlags(roundId));
}

// Active students and adults, each with a slot found by row id in one step.
void ConnectionAnalysis::setRoster(const QVector<Student>& students, const QVector<Adult>& adults) {
    RowId maxAdult = 0;
    int activeAdults = 0;
    for (const Adult& a : adults) {
        if (a.active) {
            maxAdult = std::max(maxAdult, a.id);
            ++activeAdults;
        }
    }
    m_adultSlot.reset(maxAdult, activeAdults);
    m_adultLeaving.reserve(size_t(activeAdults));
    for (const Adult& a : adults) {
        if (!a.active)
            continue;
        m_adultSlot.insert(a.id, int(m_adultLeaving.size()));
        m_adultLeaving.push_back(a.leavingDate.isValid() ? 1 : 0);
    }
    RowId maxStudent = 0;
    for (const Student& s : students)
        maxStudent = std::max(maxStudent, s.id);
    m_active.reserve(students.size());
    for (const Student& s : students) {
        if (s.active)
            m_active.push_back(s);
    }
    m_studentSlot.reset(maxStudent, int(m_active.size()));
    m_conn.resize(size_t(m_active.size()));
    for (int i = 0; i < m_active.size(); ++i) {
        m_studentSlot.insert(m_active[i].id, i);
        m_conn[size_t(i)].studentId = m_active[i].id;
    }
}

void ConnectionAnalysis::finish() {
    m_totals.studentsActive = int(m_active.size());
    for (const StudentConnections& c : m_conn)
        tally(c, +1);
}

const QVector<Student>& ConnectionAnalysis::activeStudents() const {
    if (!m_isSorted) {
        const std::vector<StudentOrder::Key> order =
            StudentOrder::sortedKeys(StudentOrder::pointers(m_active));
        m_sorted.clear();
        m_sorted.reserve(m_active.size());
        m_position.assign(order.size(), -1);
        for (const StudentOrder::Key& k : order) {
            m_position[size_t(k.index)] = int(m_sorted.size());
            m_sorted.push_back(m_active[k.index]);
        }
        m_isSorted = true;
    }
    return m_sorted;
}

int ConnectionAnalysis::orderOf(RowId studentId) const {
    const int slot = m_studentSlot.value(studentId);
    if (slot < 0)
        return -1;
    activeStudents();
    return m_position[size_t(slot)];
}

const StudentConnections* ConnectionAnalysis::find(RowId studentId) const {
    const int slot = m_studentSlot.value(studentId);
    return slot < 0 ? nullptr : &m_conn[size_t(slot)];
}

// Adds (sign +1) or removes (-1) a mark's observations; the totals are the
// caller's to keep.
void ConnectionAnalysis::addMark(const MarkFlags& m, int sign) {
    const int adult = m_adultSlot.value(m.adultId);
    const int slot = m_studentSlot.value(m.studentId);
    if (adult < 0 || slot < 0)
        return;
    StudentConnections& c = m_conn[size_t(slot)];
    if (m.connected) {
        if (sign > 0)
            c.connecting.push_back(m.adultId);
        else
            c.connecting.removeOne(m.adultId);
        if (m_adultLeaving[size_t(adult)])
            c.leaving += sign;
    }
    if (m.concern) {
        if (sign > 0)
            c.concerned.push_back(m.adultId);
        else
            c.concerned.removeOne(m.adultId);
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
    const StudentConnections* c = find(student);
    if (!c)
        return;
    tally(*c, -1);
    if (before)
        addMark(MarkFlags(*before), -1);
    if (after)
        addMark(MarkFlags(*after), +1);
    tally(*c, +1);
}

QVector<Student> ConnectionAnalysis::unconnected() const {
    QVector<Student> out;
    for (const Student& s : m_active) {
        if (isUnconnected(s.id))
            out.push_back(s);
    }
    StudentOrder::sort(out);
    return out;
}

StudentConnections ConnectionAnalysis::connections(RowId studentId) const {
    const StudentConnections* c = find(studentId);
    return c ? *c : StudentConnections{studentId, {}, {}, 0};
}

int ConnectionAnalysis::count(RowId studentId) const {
    const StudentConnections* c = find(studentId);
    return c ? c->count() : 0;
}

bool ConnectionAnalysis::isUnconnected(RowId studentId) const {
    const StudentConnections* c = find(studentId);
    return c && c->count() == 0;
}

bool ConnectionAnalysis::isConnected(RowId studentId) const {
    const StudentConnections* c = find(studentId);
    return c && c->count() > 0;
}

Fragility ConnectionAnalysis::fragility(RowId studentId) const {
    const StudentConnections* c = find(studentId);
    return c ? c->fragility() : Fragility::None;
}

} // namespace cm
