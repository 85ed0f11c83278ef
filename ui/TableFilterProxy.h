#pragma once

#include <QMap>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <vector>

namespace cm {

class RowTextSource;

// Filter-as-you-type and sorting for the roster tables. Every word typed must
// occur in the row's SearchRole text (accent- and case-insensitive); column
// filters compare FilterKeyRole exactly; names sort with a collator and
// grade columns in school order (PK, K, 1..12).
class TableFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TableFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    // An empty value clears the column's filter.
    void setColumnFilter(int column, const QString& value);
    void setGradeColumn(int column) { m_gradeColumns.insert(column); }
    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool lessThanValues(const QModelIndex& left, const QModelIndex& right) const;

private:
    void forgetKeys();

    const RowTextSource* m_fast = nullptr; // the source model, when it is one
    mutable int m_keysColumn = -1;         // the column m_keys holds, or -1
    mutable std::vector<qint64> m_keys;    // by source row
    QStringList m_words;
    QMap<int, QString> m_columnFilters; // column -> value; a handful at most
    QSet<int> m_gradeColumns;
};

} // namespace cm
