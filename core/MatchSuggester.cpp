#include "MatchSuggester.h"

#include "MatchSuggesterFlow.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

namespace cm {

QString matchReasonName(MatchReason reason) {
    switch (reason) {
    case MatchReason::Concern:
        return QStringLiteral("concern");
    case MatchReason::Teaches:
        return QStringLiteral("teaches");
    case MatchReason::Homeroom:
        return QStringLiteral("homeroom");
    case MatchReason::Grade:
        return QStringLiteral("grade");
    case MatchReason::Volunteer:
        return QStringLiteral("volunteer");
    case MatchReason::Other:
        return QStringLiteral("other");
    case MatchReason::None:
        break;
    }
    return QStringLiteral("none");
}

int MatchSuggester::freePlaces(const MatchCandidate& adult, int defaultCapacity) {
    if (!adult.active)
        return 0;
    const int capacity = adult.capacity < 0 ? defaultCapacity : adult.capacity;
    return std::max(0, capacity - adult.currentLoad);
}

namespace {

using Pair = QPair<RowId, RowId>; // adult, student

struct Graph {
    int source = 0;
    int sink = 1;
    int next = 2;
    int add() { return next++; }
};

} // namespace

MatchSuggestion MatchSuggester::suggest(const MatchInput& input) {
    MatchSuggestion result;

    // Available adults, by row id (stable ties).
    QVector<MatchCandidate> adults;
    for (const MatchCandidate& a : input.adults) {
        if (freePlaces(a, input.defaultCapacity) > 0)
            adults.push_back(a);
    }
    std::sort(adults.begin(), adults.end(),
              [](const MatchCandidate& a, const MatchCandidate& b) { return a.id < b.id; });
    // No adult can take more students than there are: a huge capacity needs
    // no more places (edges) than that.
    const int students = int(input.students.size());
    auto usable = [&](const MatchCandidate& a) {
        return std::min(freePlaces(a, input.defaultCapacity), students);
    };
    int maxCapacity = 1;
    std::int64_t total = 0;
    for (const MatchCandidate& a : adults) {
        total += freePlaces(a, input.defaultCapacity);
        maxCapacity = std::max(maxCapacity, a.currentLoad + usable(a));
    }
    result.totalCapacity = int(std::min<std::int64_t>(total, std::numeric_limits<int>::max()));

    // Students, by row id; duplicates ignored.
    QVector<int> order(input.students.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return input.students[a].id < input.students[b].id; });

    // Tier costs: one tier is worth more than the whole spread of load costs,
    // so an adult's load never outweighs a better relation.
    const std::int64_t tier = 2 * (std::int64_t(maxCapacity) + 1);
    const std::int64_t costConcern = 0, costTeaches = tier, costHomeroom = 2 * tier,
                       costGrade = 2 * tier + tier / 2, costVolunteer = 3 * tier,
                       costOther = 4 * tier, costLeaving = tier + tier / 2;

    Graph g;
    QHash<RowId, int> adultNode;
    for (const MatchCandidate& a : adults)
        adultNode.insert(a.id, g.add());

    // Where each student lives, and which homerooms and grades each adult teaches.
    QHash<RowId, const MatchStudent*> where;
    for (const MatchStudent& s : input.roster)
        where.insert(s.id, &s);
    for (const MatchStudent& s : input.students)
        where.insert(s.id, &s);
    QMap<QString, QSet<RowId>> homeroomAdults, gradeAdults; // QMap: ordered keys
    QSet<Pair> teaches;
    for (const MatchPair& t : input.teaching) {
        teaches.insert({t.adultId, t.studentId});
        const MatchStudent* s = where.value(t.studentId);
        if (!s || !adultNode.contains(t.adultId))
            continue;
        if (!s->homeroom.isEmpty())
            homeroomAdults[s->grade + QChar(0x1f) + s->homeroom].insert(t.adultId);
        if (!s->grade.isEmpty())
            gradeAdults[s->grade].insert(t.adultId);
    }
    QSet<Pair> concerns;
    for (const MatchPair& c : input.concerns)
        concerns.insert({c.adultId, c.studentId});

    const int infinite = int(input.students.size()) + 1;
    auto aggregate = [&](const QSet<RowId>& members) {
        QVector<RowId> ids(members.begin(), members.end());
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QHash<QString, int> homeroomNode, gradeNode;
    QVector<std::pair<int, QVector<RowId>>> aggregates;
    for (auto it = homeroomAdults.cbegin(); it != homeroomAdults.cend(); ++it) {
        homeroomNode.insert(it.key(), g.add());
        aggregates.push_back({homeroomNode.value(it.key()), aggregate(it.value())});
    }
    for (auto it = gradeAdults.cbegin(); it != gradeAdults.cend(); ++it) {
        gradeNode.insert(it.key(), g.add());
        aggregates.push_back({gradeNode.value(it.key()), aggregate(it.value())});
    }
    QVector<RowId> volunteers, everyone;
    for (const MatchCandidate& a : adults) {
        everyone.push_back(a.id);
        if (a.volunteer)
            volunteers.push_back(a.id);
    }
    const int volunteerNode = volunteers.isEmpty() ? -1 : g.add();
    const int anyNode = everyone.isEmpty() ? -1 : g.add();
    if (volunteerNode >= 0)
        aggregates.push_back({volunteerNode, volunteers});
    if (anyNode >= 0)
        aggregates.push_back({anyNode, everyone});

    // Direct relations per student, in a stable order.
    QHash<RowId, QVector<std::pair<RowId, std::int64_t>>> direct;
    for (const MatchPair& c : input.concerns) {
        if (adultNode.contains(c.adultId))
            direct[c.studentId].push_back({c.adultId, costConcern});
    }
    for (const MatchPair& t : input.teaching) {
        if (adultNode.contains(t.adultId) && !concerns.contains({t.adultId, t.studentId}))
            direct[t.studentId].push_back({t.adultId, costTeaches});
    }

    QHash<RowId, int> studentNode;
    for (int i : order) {
        if (!studentNode.contains(input.students[i].id))
            studentNode.insert(input.students[i].id, g.add());
    }

    MatchSuggesterFlow flow(g.next);
    for (int i : order) {
        const MatchStudent& s = input.students[i];
        const int node = studentNode.value(s.id);
        if (!flow.out(node).isEmpty())
            continue; // a duplicate
        flow.addEdge(g.source, node, 1, 0);
        auto links = direct.value(s.id);
        std::sort(links.begin(), links.end());
        links.erase(std::unique(links.begin(), links.end()), links.end());
        for (const auto& [adult, cost] : links)
            flow.addEdge(node, adultNode.value(adult), 1, cost);
        const QString room = s.grade + QChar(0x1f) + s.homeroom;
        if (!s.homeroom.isEmpty() && homeroomNode.contains(room))
            flow.addEdge(node, homeroomNode.value(room), 1, costHomeroom);
        if (!s.grade.isEmpty() && gradeNode.contains(s.grade))
            flow.addEdge(node, gradeNode.value(s.grade), 1, costGrade);
        if (volunteerNode >= 0)
            flow.addEdge(node, volunteerNode, 1, costVolunteer);
        if (anyNode >= 0)
            flow.addEdge(node, anyNode, 1, costOther);
    }
    for (const auto& [node, members] : aggregates) {
        for (RowId a : members)
            flow.addEdge(node, adultNode.value(a), infinite, 0);
    }
    // Convex places: the k-th mentee of an adult costs k, so load spreads.
    for (const MatchCandidate& a : adults) {
        const int capacity = a.currentLoad + usable(a);
        for (int k = a.currentLoad; k < capacity; ++k)
            flow.addEdge(adultNode.value(a.id), g.sink, 1, k + (a.leaving ? costLeaving : 0));
    }
    flow.run(g.source, g.sink);

    // Read the flow back: each student's unit goes to an adult directly or
    // through one aggregate node; aggregates hand out their units in order.
    QHash<int, RowId> adultOfNode;
    for (auto it = adultNode.cbegin(); it != adultNode.cend(); ++it)
        adultOfNode.insert(it.value(), it.key());
    QHash<int, int> used; // edge -> units handed out
    auto takeUnit = [&](int node) -> RowId {
        for (int e : flow.out(node)) {
            if (e % 2 == 0 && flow.flow(e) > used.value(e)) {
                used[e] += 1;
                return adultOfNode.value(flow.to(e));
            }
        }
        return 0;
    };
    QHash<RowId, RowId> chosen;
    for (auto it = studentNode.cbegin(); it != studentNode.cend(); ++it) {
        RowId adult = 0;
        for (int e : flow.out(it.value())) {
            if (e % 2 != 0 || flow.flow(e) <= 0)
                continue;
            const int to = flow.to(e);
            adult = adultOfNode.contains(to) ? adultOfNode.value(to) : 0;
            if (!adult)
                continue;
            break;
        }
        chosen.insert(it.key(), adult);
    }
    // Aggregates in student-id order, so hand-outs are deterministic.
    for (int i : order) {
        const RowId sid = input.students[i].id;
        if (chosen.value(sid))
            continue;
        for (int e : flow.out(studentNode.value(sid))) {
            if (e % 2 == 0 && flow.flow(e) > 0 && !adultOfNode.contains(flow.to(e))) {
                chosen.insert(sid, takeUnit(flow.to(e)));
                break;
            }
        }
    }

    QHash<RowId, const MatchCandidate*> adultById;
    for (const MatchCandidate& a : adults)
        adultById.insert(a.id, &a);
    QSet<RowId> reported;
    for (const MatchStudent& s : input.students) {
        MatchAssignment m;
        m.studentId = s.id;
        m.adultId = chosen.value(s.id);
        if (m.adultId) {
            const QString room = s.grade + QChar(0x1f) + s.homeroom;
            if (concerns.contains({m.adultId, s.id}))
                m.reason = MatchReason::Concern;
            else if (teaches.contains({m.adultId, s.id}))
                m.reason = MatchReason::Teaches;
            else if (!s.homeroom.isEmpty() && homeroomAdults.value(room).contains(m.adultId))
                m.reason = MatchReason::Homeroom;
            else if (!s.grade.isEmpty() && gradeAdults.value(s.grade).contains(m.adultId))
                m.reason = MatchReason::Grade;
            else if (adultById.value(m.adultId)->volunteer)
                m.reason = MatchReason::Volunteer;
            else
                m.reason = MatchReason::Other;
        } else if (!reported.contains(s.id)) {
            result.unmatched.push_back(s.id);
        }
        reported.insert(s.id);
        result.assignments.push_back(m);
    }
    return result;
}

} // namespace cm
