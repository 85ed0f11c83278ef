#pragma once

#include <Qt>

namespace cm {

// Item-data roles shared by the table models and TableFilterProxy.
enum TableRole {
    SearchRole = Qt::UserRole + 1, // column 0: the row's folded search text
    SortRole,                      // value to sort the column by
    FilterKeyRole,                 // raw value a column filter compares with
    RowIdRole,                     // the row's database id (student or adult)
};

} // namespace cm
