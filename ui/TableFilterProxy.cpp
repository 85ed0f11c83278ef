#include "TableFilterProxy.h"

#include "ConnectionAnalysis.h"
#include "RowTextSource.h"
#include "SearchText.h"
#include "TableRoles.h"
#include "Types.h"

#include <algorithm>

namespace cm {

TableFilterProxy::TableFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
}

void TableFilterProxy::setSourceModel(QAbstractItemModel* model) {
    m_fast = dynamic_cast<const RowTextSource*>(model);
    forgetKeys();
    if (model) {
        // Any change to the rows or their values makes the keys stale; they
        // are connected before the base class so they are gone before it sorts.
        connect(model, &QAbstractItemModel::modelReset, this, &TableFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TableFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::dataChanged, this, &TableFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TableFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TableFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::rowsMoved, this, &TableFilterProxy::forgetKeys);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void TableFilterProxy::forgetKeys() {
    m_keysColumn = -1;
    m_keys.clear();
}

void TableFilterProxy::setSearchText(const QString& text) {
    const QStringList words = SearchText::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    // Words added narrow the rows shown: the filter only removes. Any other
    // change maps again from scratch (one layout change rather than a
    // signal per reappearing stretch of rows).
    const bool narrower = !m_words.isEmpty() && words.size() >= m_words.size() &&
                          std::equal(m_words.begin(), m_words.end() - 1, words.begin()) &&
                          words[m_words.size() - 1].contains(m_words.constLast());
    m_words = words;
    if (narrower)
        invalidateFilter();
    else
        invalidate();
}

void TableFilterProxy::setColumnFilter(int column, const QString& value) {
    if (m_columnFilters.value(column) == value)
        return;
    if (value.isEmpty())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, value);
    invalidateFilter();
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* m = sourceModel();
    // The typed words first: they turn most rows away before any column is read.
    if (!m_words.isEmpty()) {
        const QString text = m_fast
                                 ? m_fast->searchText(sourceRow)
                                 : m->index(sourceRow, 0, sourceParent).data(SearchRole).toString();
        for (const QString& w : m_words) {
            if (!text.contains(w))
                return false;
        }
    }
    for (auto it = m_columnFilters.cbegin(), end = m_columnFilters.cend(); it != end; ++it) {
        if (m->index(sourceRow, it.key(), sourceParent).data(FilterKeyRole).toString() !=
            it.value())
            return false;
    }
    return true;
}

bool TableFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    // The column's integer keys, read once per sort column and source change
    // (a re-sort of 30,000 rows compares half a million pairs).
    if (m_fast && m_keysColumn != left.column()) {
        m_keysColumn = left.column();
        m_keys.clear();
        const int rows = sourceModel()->rowCount();
        m_keys.reserve(size_t(rows));
        qint64 key = 0;
        for (int row = 0; row < rows && m_fast->sortKey(row, m_keysColumn, &key); ++row)
            m_keys.push_back(key);
        if (int(m_keys.size()) != rows)
            m_keys.clear(); // this column compares values
    }
    const size_t l = size_t(left.row()), r = size_t(right.row());
    if (!m_keys.empty() && l < m_keys.size() && r < m_keys.size())
        return m_keys[l] < m_keys[r];
    return lessThanValues(left, right);
}

bool TableFilterProxy::lessThanValues(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant l = left.data(SortRole);
    const QVariant r = right.data(SortRole);
    if (m_gradeColumns.contains(left.column()))
        return compareGrades(l.toString(), r.toString()) < 0;
    if (l.typeId() == QMetaType::Int || l.typeId() == QMetaType::LongLong ||
        l.typeId() == QMetaType::Bool)
        return l.toLongLong() < r.toLongLong();
    return ConnectionAnalysis::compareNames(l.toString(), r.toString()) < 0;
}

} // namespace cm
