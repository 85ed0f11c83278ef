#include "StudentOrder.h"

#include "ConnectionAnalysis.h"

#include <QHash>

namespace cm {

namespace {

// Rank of each distinct string under compare (equal strings share a rank).
template <typename Compare>
QHash<QString, int> ranks(const std::vector<const Student*>& students, QString Student::*field,
                          Compare compare) {
    QHash<QString, int> rank;
    for (const Student* s : students)
        rank.insert(s->*field, 0);
    QVector<QString> distinct = rank.keys().toVector();
    std::sort(distinct.begin(), distinct.end(),
              [&compare](const QString& a, const QString& b) { return compare(a, b) < 0; });
    int r = 0;
    for (int i = 0; i < distinct.size(); ++i) {
        if (i > 0 && compare(distinct[i - 1], distinct[i]) != 0)
            ++r;
        rank[distinct[i]] = r;
    }
    return rank;
}

} // namespace

std::vector<StudentOrder::Key>
StudentOrder::sortedKeys(const std::vector<const Student*>& students) {
    const QHash<QString, int> grade = ranks(students, &Student::grade, &compareGrades);
    const QHash<QString, int> family =
        ranks(students, &Student::familyName, &ConnectionAnalysis::compareNames);
    const QHash<QString, int> given =
        ranks(students, &Student::givenName, &ConnectionAnalysis::compareNames);
    std::vector<Key> keys;
    keys.reserve(students.size());
    for (size_t i = 0; i < students.size(); ++i) {
        const Student* s = students[i];
        keys.push_back({grade.value(s->grade), family.value(s->familyName),
                        given.value(s->givenName), int(i)});
    }
    std::sort(keys.begin(), keys.end(), [&students](const Key& a, const Key& b) {
        if (a.grade != b.grade)
            return a.grade < b.grade;
        if (a.family != b.family)
            return a.family < b.family;
        if (a.given != b.given)
            return a.given < b.given;
        return students[size_t(a.index)]->studentId < students[size_t(b.index)]->studentId;
    });
    return keys;
}

QVector<int> StudentOrder::nameRanks(const QVector<Student>& students) {
    const std::vector<const Student*> people = pointers(students);
    const QHash<QString, int> family =
        ranks(people, &Student::familyName, &ConnectionAnalysis::compareNames);
    const QHash<QString, int> given =
        ranks(people, &Student::givenName, &ConnectionAnalysis::compareNames);
    std::vector<Key> keys;
    keys.reserve(people.size());
    for (size_t i = 0; i < people.size(); ++i)
        keys.push_back(
            {0, family.value(people[i]->familyName), given.value(people[i]->givenName), int(i)});
    std::sort(keys.begin(), keys.end(), [&people](const Key& a, const Key& b) {
        if (a.family != b.family)
            return a.family < b.family;
        if (a.given != b.given)
            return a.given < b.given;
        return people[size_t(a.index)]->studentId < people[size_t(b.index)]->studentId;
    });
    QVector<int> rank(students.size());
    for (size_t r = 0; r < keys.size(); ++r)
        rank[keys[r].index] = int(r);
    return rank;
}

QVector<int> StudentOrder::gradeRanks(const QVector<Student>& students) {
    const std::vector<const Student*> people = pointers(students);
    const QHash<QString, int> grade = ranks(people, &Student::grade, &compareGrades);
    QVector<int> rank(students.size());
    for (int i = 0; i < students.size(); ++i)
        rank[i] = grade.value(students[i].grade);
    return rank;
}

void StudentOrder::sort(QVector<Student>& students) {
    sortBy(students, [](const Student& s) -> const Student& { return s; });
}

} // namespace cm
