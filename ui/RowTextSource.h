#pragma once

#include <QString>
#include <QtGlobal>

namespace cm {

// What TableFilterProxy reads for every row on every keystroke, without a
// QVariant per call: the large roster tables (30,000 students) implement it,
// so filtering and re-sorting read a vector instead of going through data().
class RowTextSource {
public:
    virtual ~RowTextSource() = default;
    // The row's folded search text (SearchText::fold), as SearchRole gives it.
    virtual const QString& searchText(int row) const = 0;
    // The row's order in column, when the column sorts by an integer the
    // model keeps; false: compare SortRole values instead.
    virtual bool sortKey(int row, int column, qint64* key) const = 0;
};

} // namespace cm
