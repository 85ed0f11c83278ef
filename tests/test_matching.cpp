// The mentor-matching algorithm, in memory: no storage, no display.
#include "MatchSuggester.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QRandomGenerator>

#include <functional>

using namespace cm;

namespace {

MatchCandidate adult(RowId id, int capacity = -1, bool volunteer = false, bool active = true) {
    MatchCandidate a;
    a.id = id;
    a.capacity = capacity;
    a.volunteer = volunteer;
    a.active = active;
    return a;
}

MatchStudent student(RowId id, const QString& grade = QStringLiteral("07"),
                     const QString& homeroom = QStringLiteral("7A")) {
    return MatchStudent{id, grade, homeroom};
}

QHash<RowId, RowId> byStudent(const MatchSuggestion& s) {
    QHash<RowId, RowId> out;
    for (const MatchAssignment& m : s.assignments)
        out.insert(m.studentId, m.adultId);
    return out;
}

QHash<RowId, int> loads(const MatchSuggestion& s) {
    QHash<RowId, int> out;
    for (const MatchAssignment& m : s.assignments) {
        if (m.adultId)
            out[m.adultId] += 1;
    }
    return out;
}

} // namespace

TEST_CASE("matching: every student matched when capacity allows", "[matching]") {
    MatchInput in;
    in.defaultCapacity = 3;
    for (int i = 1; i <= 9; ++i)
        in.students.push_back(student(100 + i));
    in.adults = {adult(1), adult(2), adult(3)};
    const MatchSuggestion s = MatchSuggester::suggest(in);
    REQUIRE(s.assignments.size() == 9);
    CHECK(s.unmatched.isEmpty());
    CHECK(s.shortfall() == 0);
    CHECK(s.totalCapacity == 9);
    for (const MatchAssignment& m : s.assignments)
        CHECK(m.adultId != 0);
    for (int load : loads(s))
        CHECK(load == 3);
}

TEST_CASE("matching: capacity is never exceeded and inactive or unavailable adults are never used",
          "[matching]") {
    MatchInput in;
    in.defaultCapacity = 2;
    for (int i = 1; i <= 10; ++i)
        in.students.push_back(student(100 + i));
    MatchCandidate busy = adult(4, 3);
    busy.currentLoad = 2; // one place left
    in.adults = {adult(1), adult(2, 1), adult(3, 0), busy, adult(5, 5, true, false)};
    // The inactive adult and the unavailable one flagged concerns: still not used.
    in.concerns = {{5, 101}, {3, 102}};
    const MatchSuggestion s = MatchSuggester::suggest(in);
    const QHash<RowId, int> load = loads(s);
    CHECK(load.value(1) == 2);
    CHECK(load.value(2) == 1);
    CHECK(load.value(3) == 0);
    CHECK(load.value(4) == 1);
    CHECK(load.value(5) == 0);
    CHECK(s.totalCapacity == 4);
    CHECK(s.shortfall() == 6);
}

TEST_CASE("matching: a concern-flagging adult with room is chosen over a stranger", "[matching]") {
    MatchInput in;
    in.students = {student(101), student(102), student(103)};
    in.adults = {adult(1), adult(2), adult(3, -1, true)};
    in.concerns = {{2, 102}};
    const MatchSuggestion s = MatchSuggester::suggest(in);
    CHECK(byStudent(s).value(102) == 2);
    for (const MatchAssignment& m : s.assignments) {
        if (m.studentId == 102)
            CHECK(m.reason == MatchReason::Concern);
    }
}

TEST_CASE("matching: tiers - teacher then homeroom then grade then volunteer", "[matching]") {
    MatchInput in;
    in.defaultCapacity = 1;
    // 101 is taught by 1; 2 teaches someone in 101's homeroom; 3 teaches in the grade only.
    in.students = {student(101, QStringLiteral("07"), QStringLiteral("7A"))};
    in.roster = {student(201, QStringLiteral("07"), QStringLiteral("7A")),
                 student(202, QStringLiteral("07"), QStringLiteral("7B"))};
    in.adults = {adult(1), adult(2), adult(3), adult(4, -1, true), adult(5)};
    in.teaching = {{1, 101}, {2, 201}, {3, 202}};
    auto pick = [&] { return MatchSuggester::suggest(in).assignments.first(); };
    CHECK(pick().adultId == 1);
    CHECK(pick().reason == MatchReason::Teaches);
    in.adults[0].capacity = 0;
    CHECK(pick().adultId == 2);
    CHECK(pick().reason == MatchReason::Homeroom);
    in.adults[1].active = false;
    CHECK(pick().adultId == 3);
    CHECK(pick().reason == MatchReason::Grade);
    in.adults[2].currentLoad = 1;
    CHECK(pick().adultId == 4);
    CHECK(pick().reason == MatchReason::Volunteer);
    in.adults[3].capacity = 0;
    CHECK(pick().adultId == 5);
    CHECK(pick().reason == MatchReason::Other);
}

TEST_CASE("matching: whole-school optimisation beats first-come", "[matching]") {
    // 101 comes first and could take adult 1 (a teacher), but 102's only
    // relation is a concern by adult 1; 101 is also taught by adult 2.
    MatchInput in;
    in.defaultCapacity = 1;
    in.students = {student(101), student(102)};
    in.adults = {adult(1), adult(2)};
    in.teaching = {{1, 101}, {2, 101}};
    in.concerns = {{1, 102}};
    const QHash<RowId, RowId> m = byStudent(MatchSuggester::suggest(in));
    CHECK(m.value(101) == 2);
    CHECK(m.value(102) == 1);
}

TEST_CASE("matching: load spreads evenly among equally good adults", "[matching]") {
    MatchInput in;
    in.defaultCapacity = 10;
    for (int i = 1; i <= 13; ++i)
        in.students.push_back(student(100 + i));
    in.adults = {adult(1), adult(2), adult(3), adult(4)};
    in.adults[3].currentLoad = 3; // already has mentees
    const QHash<RowId, int> load = loads(MatchSuggester::suggest(in));
    // 16 mentees in all over four adults: 4 each, counting the 3 adult 4 had.
    CHECK(load.value(1) == 4);
    CHECK(load.value(2) == 4);
    CHECK(load.value(3) == 4);
    CHECK(load.value(4) == 1);
}

TEST_CASE("matching: an adult with a leaving date is used only when needed", "[matching]") {
    MatchInput in;
    in.defaultCapacity = 1;
    in.students = {student(101)};
    MatchCandidate leaving = adult(1);
    leaving.leaving = true;
    in.adults = {leaving, adult(2)};
    in.teaching = {{1, 101}, {2, 101}};
    CHECK(MatchSuggester::suggest(in).assignments.first().adultId == 2);
    in.adults[1].capacity = 0;
    CHECK(MatchSuggester::suggest(in).assignments.first().adultId == 1);
}

TEST_CASE("matching: the same data gives the same suggestion in any input order", "[matching]") {
    MatchInput in;
    in.defaultCapacity = 2;
    for (int i = 1; i <= 30; ++i)
        in.students.push_back(student(100 + i, QStringLiteral("0%1").arg(6 + i % 3),
                                      QStringLiteral("R%1").arg(i % 5)));
    for (int a = 1; a <= 12; ++a)
        in.adults.push_back(adult(a, -1, a % 3 == 0));
    for (int i = 1; i <= 30; ++i) {
        in.teaching.push_back({RowId(1 + i % 12), RowId(100 + i)});
        if (i % 4 == 0)
            in.concerns.push_back({RowId(1 + (i * 7) % 12), RowId(100 + i)});
    }
    const QHash<RowId, RowId> first = byStudent(MatchSuggester::suggest(in));
    MatchInput reversed = in;
    std::reverse(reversed.students.begin(), reversed.students.end());
    std::reverse(reversed.adults.begin(), reversed.adults.end());
    std::reverse(reversed.teaching.begin(), reversed.teaching.end());
    CHECK(byStudent(MatchSuggester::suggest(reversed)) == first);
    CHECK(byStudent(MatchSuggester::suggest(in)) == first);
    CHECK(first.size() == 30);
}

TEST_CASE("matching: a shortfall names exactly the students left and the places missing",
          "[matching]") {
    MatchInput in;
    in.defaultCapacity = 2;
    for (int i = 1; i <= 7; ++i)
        in.students.push_back(student(100 + i));
    in.adults = {adult(1), adult(2)};
    // Students with a relation are the ones matched; the others are left.
    in.concerns = {{1, 101}, {1, 102}, {2, 103}, {2, 104}};
    const MatchSuggestion s = MatchSuggester::suggest(in);
    CHECK(s.totalCapacity == 4);
    CHECK(s.shortfall() == 3);
    CHECK(s.unmatched == QVector<RowId>{105, 106, 107});
    for (const MatchAssignment& m : s.assignments) {
        if (m.studentId >= 105) {
            CHECK(m.adultId == 0);
            CHECK(m.reason == MatchReason::None);
        }
    }
    MatchInput none;
    none.students = {student(1)};
    CHECK(MatchSuggester::suggest(none).unmatched == QVector<RowId>{1});
}

TEST_CASE("matching: a huge capacity is fine and tiers still come first", "[matching]") {
    MatchInput in;
    in.defaultCapacity = 1;
    for (int i = 1; i <= 5; ++i)
        in.students.push_back(student(100 + i));
    in.adults = {adult(1, 1000000), adult(2, 1000000)};
    in.concerns = {{2, 101}, {2, 102}, {2, 103}, {2, 104}, {2, 105}};
    const MatchSuggestion s = MatchSuggester::suggest(in);
    CHECK(s.shortfall() == 0);
    CHECK(s.totalCapacity == 2000000);
    CHECK(loads(s).value(2) == 5); // every concern honoured, however loaded
}

namespace {

// The cost the matcher minimises, written out independently: tiers by the
// best relation of the pair, a leaving date, and k for an adult's k-th place.
qint64 planCost(const MatchInput& in, const QHash<RowId, RowId>& plan) {
    int maxCapacity = 1;
    for (const MatchCandidate& a : in.adults) {
        const int free = MatchSuggester::freePlaces(a, in.defaultCapacity);
        if (free > 0)
            maxCapacity = std::max(maxCapacity, a.currentLoad + free);
    }
    const qint64 u = 2 * (maxCapacity + 1);
    QHash<RowId, MatchStudent> where;
    for (const MatchStudent& s : in.roster + in.students)
        where.insert(s.id, s);
    qint64 cost = 0;
    QHash<RowId, int> load;
    for (const MatchCandidate& a : in.adults)
        load.insert(a.id, a.currentLoad);
    for (auto it = plan.cbegin(); it != plan.cend(); ++it) {
        const RowId s = it.key(), a = it.value();
        if (!a)
            continue;
        const MatchCandidate* adult = nullptr;
        for (const MatchCandidate& c : in.adults)
            adult = c.id == a ? &c : adult;
        bool concern = false, teaches = false, room = false, grade = false;
        for (const MatchPair& p : in.concerns)
            concern = concern || (p.adultId == a && p.studentId == s);
        for (const MatchPair& p : in.teaching) {
            if (p.adultId != a)
                continue;
            teaches = teaches || p.studentId == s;
            room = room || (where[p.studentId].homeroom == where[s].homeroom &&
                            where[p.studentId].grade == where[s].grade);
            grade = grade || where[p.studentId].grade == where[s].grade;
        }
        cost += concern            ? 0
                : teaches          ? u
                : room             ? 2 * u
                : grade            ? 2 * u + u / 2
                : adult->volunteer ? 3 * u
                                   : 4 * u;
        cost += (adult->leaving ? u + u / 2 : 0) + load[a]++;
    }
    return cost;
}

} // namespace

TEST_CASE("matching: the suggestion is optimal - checked by brute force on small schools",
          "[matching]") {
    QRandomGenerator rng(12345);
    for (int round = 0; round < 40; ++round) {
        MatchInput in;
        in.defaultCapacity = 1 + int(rng.bounded(2u));
        const int nStudents = 3 + int(rng.bounded(3u)); // 3..5
        for (int i = 0; i < nStudents; ++i)
            in.students.push_back(student(100 + i,
                                          QStringLiteral("0%1").arg(7 + int(rng.bounded(2u))),
                                          QStringLiteral("R%1").arg(rng.bounded(2u))));
        in.roster = {student(200, QStringLiteral("07"), QStringLiteral("R0")),
                     student(201, QStringLiteral("08"), QStringLiteral("R1"))};
        for (int a = 1; a <= 3; ++a) {
            MatchCandidate c =
                adult(a, rng.bounded(4u) == 0 ? int(rng.bounded(3u)) : -1, rng.bounded(2u) == 0);
            c.leaving = rng.bounded(5u) == 0;
            c.currentLoad = int(rng.bounded(2u));
            in.adults.push_back(c);
        }
        for (int k = 0; k < 4; ++k) {
            const RowId a = 1 + rng.bounded(3u);
            const RowId s = rng.bounded(3u) == 0 ? 200 + rng.bounded(2u)
                                                 : 100 + rng.bounded(quint32(nStudents));
            (rng.bounded(2u) ? in.teaching : in.concerns).push_back({a, s});
        }
        // Brute force: every plan within capacity; most students first, then cost.
        QVector<int> room;
        for (const MatchCandidate& a : in.adults)
            room.push_back(MatchSuggester::freePlaces(a, in.defaultCapacity));
        int bestMatched = -1;
        qint64 bestCost = 0;
        QVector<int> choice(nStudents, 0); // 0: nobody, 1..3: adult
        std::function<void(int)> walk = [&](int i) {
            if (i == nStudents) {
                QHash<RowId, RowId> plan;
                int matched = 0;
                for (int k = 0; k < nStudents; ++k) {
                    plan.insert(100 + k, choice[k]);
                    matched += choice[k] ? 1 : 0;
                }
                const qint64 c = planCost(in, plan);
                if (matched > bestMatched || (matched == bestMatched && c < bestCost)) {
                    bestMatched = matched;
                    bestCost = c;
                }
                return;
            }
            for (int a = 0; a <= 3; ++a) {
                if (a > 0 && room[a - 1] == 0)
                    continue;
                if (a > 0)
                    --room[a - 1];
                choice[i] = a;
                walk(i + 1);
                if (a > 0)
                    ++room[a - 1];
            }
        };
        walk(0);
        const MatchSuggestion s = MatchSuggester::suggest(in);
        INFO("round " << round);
        CHECK(nStudents - s.shortfall() == bestMatched);
        CHECK(planCost(in, byStudent(s)) == bestCost);
    }
}
