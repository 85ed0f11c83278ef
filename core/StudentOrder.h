#pragma once

#include "Types.h"

#include <QVector>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace cm {

// The order every list of students shares: grade (PK, K, 1..12, then other
// labels), family name, given name (as a person reads them: accents, case and
// numbers), then student id.
//
// Collating is the slow part (ICU), so each distinct grade and name is ranked
// once and the students are then sorted by those integer ranks: a roster of
// 30,000 students with a few thousand distinct names collates a few thousand
// strings, not 30,000 x log 30,000 pairs.
class StudentOrder {
public:
    struct Key {
        int grade = 0;
        int family = 0;
        int given = 0;
        int index = 0; // position in the input
    };

    // Sorts students in the shared order.
    static void sort(QVector<Student>& students);

    // Sorts any list whose elements carry a student (studentOf(element)
    // returns const Student&), keeping the elements whole.
    template <typename T, typename StudentOf>
    static void sortBy(QVector<T>& items, StudentOf studentOf) {
        const std::vector<Key> order = sortedKeys(pointers(items, studentOf));
        QVector<T> sorted;
        sorted.reserve(items.size());
        for (const Key& k : order)
            sorted.push_back(std::move(items[k.index]));
        items = std::move(sorted);
    }

    // Each student's position in name order (family, given, student id),
    // grade left out: the roster table's name column.
    static QVector<int> nameRanks(const QVector<Student>& students);
    // Each student's grade rank (PK, K, 1..12, then other labels).
    static QVector<int> gradeRanks(const QVector<Student>& students);

    // The students the items carry, by address, in the items' order.
    template <typename T, typename StudentOf>
    static std::vector<const Student*> pointers(const QVector<T>& items, StudentOf studentOf) {
        std::vector<const Student*> people;
        people.reserve(size_t(items.size()));
        for (const T& item : items)
            people.push_back(&studentOf(item));
        return people;
    }
    static std::vector<const Student*> pointers(const QVector<Student>& students) {
        return pointers(students, [](const Student& s) -> const Student& { return s; });
    }

    // The keys of these students, sorted.
    static std::vector<Key> sortedKeys(const std::vector<const Student*>& students);
};

} // namespace cm
