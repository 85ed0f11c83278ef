#pragma once

#include "Error.h"
#include "Types.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace cm {

class Storage;

// A group of students for equity breakdowns: a demographic ("Ethnicity" /
// "Hispanic or Latino", "Sex" / "Female") or a program ("Program" / "IEP").
// Sensitive: only imported when asked.
struct StudentGroup {
    RowId id = 0;
    QString category;
    QString name;
    QString label() const { return category + QStringLiteral(": ") + name; }
};

// Reads and writes student groups through the school's Storage.
class StudentGroups {
public:
    static QVector<StudentGroup> all(const Storage& storage); // by category, name
    // Group row id -> member student row ids.
    static QHash<RowId, QVector<RowId>> members(const Storage& storage);
    // Student row id -> the groups they belong to.

    // Creates the group when needed; returns its id.
    static Result<RowId> ensure(Storage& storage, const QString& category, const QString& name);
    static Status addMember(Storage& storage, RowId groupId, RowId studentId);
    // Removes every membership of a category for one student (before re-import).
    static Status clearCategory(Storage& storage, RowId studentId, const QString& category);
};

} // namespace cm
