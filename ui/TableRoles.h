#pragma once

#include <QString>
#include <QVariant>
#include <Qt>

namespace cm {

// Item-data roles shared by the table models and TableFilterProxy.
enum TableRole {
    SearchRole = Qt::UserRole + 1, // column 0: the row's folded search text
    SortRole,                      // value to sort the column by
    FilterKeyRole,                 // raw value a column filter compares with
    RowIdRole,                     // the row's database id (student or adult)
};

// A plain column is shown and sorted by its value.
inline bool isValueRole(int role) {
    return role == Qt::DisplayRole || role == SortRole;
}

// A filterable column (grade, homeroom, role) also gives its value as the
// key a column filter compares with.
inline bool isFilterableValueRole(int role) {
    return isValueRole(role) || role == FilterKeyRole;
}

// The status column's sort value (1/0) and filter key ("1"/"0"); the shown
// text stays with each model.
inline QVariant activeFlagData(int role, bool active) {
    if (role == SortRole)
        return active ? 1 : 0;
    if (role == FilterKeyRole)
        return active ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

} // namespace cm
