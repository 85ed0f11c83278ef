#include "TableFilterProxy.h"

#include "ConnectionAnalysis.h"
#include "SearchText.h"
#include "TableRoles.h"
#include "Types.h"

namespace cm {

TableFilterProxy::TableFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
}

void TableFilterProxy::setSearchText(const QString& text) {
    const QStringList words = SearchText::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
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
    for (auto it = m_columnFilters.constBegin(); it != m_columnFilters.constEnd(); ++it) {
        if (m->index(sourceRow, it.key(), sourceParent).data(FilterKeyRole).toString() !=
            it.value())
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = m->index(sourceRow, 0, sourceParent).data(SearchRole).toString();
    for (const QString& w : m_words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}

bool TableFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
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
