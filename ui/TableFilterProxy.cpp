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
    QSortFilterProxyModel::setSourceModel(model);
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
    for (auto it = m_columnFilters.cbegin(), end = m_columnFilters.cend(); it != end; ++it) {
        if (m->index(sourceRow, it.key(), sourceParent).data(FilterKeyRole).toString() !=
            it.value())
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = m_fast ? m_fast->searchText(sourceRow)
                                : m->index(sourceRow, 0, sourceParent).data(SearchRole).toString();
    for (const QString& w : m_words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}

bool TableFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    qint64 l = 0, r = 0;
    if (m_fast && m_fast->sortKey(left.row(), left.column(), &l) &&
        m_fast->sortKey(right.row(), right.column(), &r))
        return l < r;
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
