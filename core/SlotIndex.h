#pragma once

#include "Types.h"

#include <QHash>

#include <vector>

namespace cm {

// Row id -> slot (0..n-1) for the in-memory analyses. Row ids are SQLite
// rowids, nearly always dense, so a plain array indexed by id answers in one
// load; a roster with far-apart ids falls back to a hash.
class SlotIndex {
public:
    // maxId: the largest id to be inserted; count: how many will be.
    void reset(RowId maxId, int count) {
        m_dense.clear();
        m_sparse.clear();
        m_isDense = maxId >= 0 && maxId <= RowId(count) * 4 + 4096;
        if (m_isDense)
            m_dense.assign(size_t(maxId) + 1, -1);
        else
            m_sparse.reserve(count);
    }
    void insert(RowId id, int slot) {
        if (m_isDense) {
            if (id >= 0 && size_t(id) < m_dense.size())
                m_dense[size_t(id)] = slot;
        } else {
            m_sparse.insert(id, slot);
        }
    }
    // The slot of id, or -1.
    int value(RowId id) const {
        if (m_isDense)
            return id >= 0 && size_t(id) < m_dense.size() ? m_dense[size_t(id)] : -1;
        return m_sparse.value(id, -1);
    }

private:
    bool m_isDense = true;
    std::vector<int> m_dense;
    QHash<RowId, int> m_sparse;
};

} // namespace cm
