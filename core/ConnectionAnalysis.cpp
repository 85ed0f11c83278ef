#include "ConnectionAnalysis.h"

#include "Storage.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

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

ConnectionAnalysis::ConnectionAnalysis(const QVector<Student>& students,
                                       const QVector<Adult>& adults, const QVector<Mark>& marks) {
    QSet<RowId> activeAdults;
    activeAdults.reserve(adults.size());
    for (const Adult& a : adults) {
        if (a.active)
            activeAdults.insert(a.id);
    }

    m_active.reserve(students.size());
    m_byStudent.reserve(students.size());
    for (const Student& s : students) {
        if (!s.active)
            continue;
        m_active.push_back(s);
        m_byStudent.insert(s.id, StudentConnections{s.id, {}, {}});
    }
    std::sort(m_active.begin(), m_active.end(), &ConnectionAnalysis::lessThan);

    for (const Mark& m : marks) {
        if (!activeAdults.contains(m.adultId))
            continue;
        auto it = m_byStudent.find(m.studentId);
        if (it == m_byStudent.end())
            continue;
        if (m.kind == MarkKind::Connected)
            it->connecting.push_back(m.adultId);
        else
            it->concerned.push_back(m.adultId);
    }

    m_totals.studentsActive = int(m_active.size());
    for (const StudentConnections& c : std::as_const(m_byStudent)) {
        const int n = c.count();
        if (n == 0)
            ++m_totals.unconnected;
        else if (n == 1)
            ++m_totals.exactlyOne;
        else
            ++m_totals.twoOrMore;
    }
}

ConnectionAnalysis ConnectionAnalysis::load(const Storage& storage, RowId roundId) {
    return ConnectionAnalysis(storage.students(), storage.adults(), storage.marks(roundId));
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
    return m_byStudent.value(studentId, StudentConnections{studentId, {}, {}});
}

int ConnectionAnalysis::count(RowId studentId) const {
    auto it = m_byStudent.constFind(studentId);
    return it == m_byStudent.constEnd() ? 0 : it->count();
}

bool ConnectionAnalysis::isUnconnected(RowId studentId) const {
    auto it = m_byStudent.constFind(studentId);
    return it != m_byStudent.constEnd() && it->count() == 0;
}

} // namespace cm
