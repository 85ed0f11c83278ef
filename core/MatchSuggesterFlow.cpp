#include "MatchSuggesterFlow.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

namespace cm {

namespace {
constexpr std::int64_t kInfinite = std::numeric_limits<std::int64_t>::max() / 4;
}

MatchSuggesterFlow::MatchSuggesterFlow(int nodes)
    : m_out(nodes)
    , m_potential(nodes, 0)
    , m_dist(nodes, kInfinite)
    , m_level(nodes, -1)
    , m_next(nodes, 0) {}

int MatchSuggesterFlow::addEdge(int from, int to, int capacity, std::int64_t cost) {
    const int index = int(m_edges.size());
    m_edges.push_back({to, capacity, 0, cost});
    m_edges.push_back({from, 0, 0, -cost});
    m_out[from].push_back(index);
    m_out[to].push_back(index + 1);
    return index;
}

bool MatchSuggesterFlow::dijkstra(int source, int sink) {
    std::fill(m_dist.begin(), m_dist.end(), kInfinite);
    using Item = std::pair<std::int64_t, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    m_dist[source] = 0;
    queue.push({0, source});
    while (!queue.empty()) {
        const auto [d, u] = queue.top();
        queue.pop();
        if (d != m_dist[u])
            continue;
        for (int ei : m_out[u]) {
            const Edge& e = m_edges[ei];
            if (e.capacity - e.flow <= 0)
                continue;
            const std::int64_t nd = d + e.cost + m_potential[u] - m_potential[e.to];
            if (nd < m_dist[e.to]) {
                m_dist[e.to] = nd;
                queue.push({nd, e.to});
            }
        }
    }
    if (m_dist[sink] >= kInfinite)
        return false;
    // Nodes not reached now are never reached again: no residual edge leads
    // into them from a reached node, and flow only moves along reached ones.
    for (int v = 0; v < m_dist.size(); ++v) {
        if (m_dist[v] < kInfinite)
            m_potential[v] += m_dist[v];
    }
    return true;
}

bool MatchSuggesterFlow::admissible(int node, const Edge& e) const {
    return e.capacity - e.flow > 0 && m_dist[e.to] < kInfinite &&
           e.cost + m_potential[node] - m_potential[e.to] == 0;
}

bool MatchSuggesterFlow::levels(int source, int sink) {
    std::fill(m_level.begin(), m_level.end(), -1);
    std::queue<int> queue;
    m_level[source] = 0;
    queue.push(source);
    while (!queue.empty()) {
        const int u = queue.front();
        queue.pop();
        for (int ei : m_out[u]) {
            const Edge& e = m_edges[ei];
            if (m_level[e.to] < 0 && admissible(u, e)) {
                m_level[e.to] = m_level[u] + 1;
                queue.push(e.to);
            }
        }
    }
    return m_level[sink] >= 0;
}

int MatchSuggesterFlow::push(int node, int sink, int limit) {
    if (node == sink)
        return limit;
    for (int& i = m_next[node]; i < m_out[node].size(); ++i) {
        const int ei = m_out[node][i];
        Edge& e = m_edges[ei];
        if (m_level[e.to] != m_level[node] + 1 || !admissible(node, e))
            continue;
        const int sent = push(e.to, sink, std::min(limit, e.capacity - e.flow));
        if (sent > 0) {
            m_edges[ei].flow += sent;
            m_edges[ei ^ 1].flow -= sent;
            m_cost += std::int64_t(sent) * m_edges[ei].cost;
            return sent;
        }
    }
    return 0;
}

int MatchSuggesterFlow::run(int source, int sink) {
    int total = 0;
    while (dijkstra(source, sink)) {
        while (levels(source, sink)) {
            std::fill(m_next.begin(), m_next.end(), 0);
            while (int sent = push(source, sink, std::numeric_limits<int>::max()))
                total += sent;
        }
    }
    return total;
}

} // namespace cm
