#pragma once

#include <QVector>

#include <cstdint>

namespace cm {

// Minimum-cost maximum flow for the mentor matcher: primal-dual (Dijkstra
// with potentials, then a blocking flow over the zero-reduced-cost edges), so
// each shortest-path distance costs one Dijkstra, not one per unit of flow.
// Costs must be non-negative.
class MatchSuggesterFlow {
public:
    explicit MatchSuggesterFlow(int nodes);
    // Returns the edge index (for flow()).
    int addEdge(int from, int to, int capacity, std::int64_t cost);
    // Runs from source to sink; returns the flow sent.
    int run(int source, int sink);
    int flow(int edge) const { return m_edges[edge].flow; }
    int from(int edge) const { return m_edges[edge ^ 1].to; }
    int to(int edge) const { return m_edges[edge].to; }
    // Edge indices leaving a node, in the order they were added.
    const QVector<int>& out(int node) const { return m_out[node]; }
    std::int64_t cost() const { return m_cost; }

private:
    struct Edge {
        int to;
        int capacity;
        int flow;
        std::int64_t cost;
    };
    bool dijkstra(int source, int sink);
    bool levels(int source, int sink);
    int push(int node, int sink, int limit);
    bool admissible(int node, const Edge& e) const;

    QVector<Edge> m_edges;
    QVector<QVector<int>> m_out;
    QVector<std::int64_t> m_potential;
    QVector<std::int64_t> m_dist;
    QVector<int> m_level;
    QVector<int> m_next;
    std::int64_t m_cost = 0;
};

} // namespace cm
