#pragma once

#include "Error.h"
#include "Types.h"

#include <QString>
#include <QVector>

namespace cm {

class Storage;

// Which adult teaches which student, from the roster's classes. Not a
// caring-adult mark: it suggests mentors and filters a marking session to
// "my students".
struct TeachingLink {
    RowId adultId = 0;   // adult row id
    RowId studentId = 0; // student row id
    QString classId;     // the class's id in the school system ('' when unknown)
    QString classTitle;
    bool operator==(const TeachingLink& o) const {
        return adultId == o.adultId && studentId == o.studentId && classId == o.classId &&
               classTitle == o.classTitle;
    }
};

class TeachingLinks {
public:
    static QVector<TeachingLink> all(const Storage& storage);
    static QVector<TeachingLink> forAdult(const Storage& storage, RowId adultId);
    // Adds or updates (the class title) one link.
    static Status add(Storage& storage, const TeachingLink& link);
    static Status remove(Storage& storage, const TeachingLink& link);
    // Removes every link (before a full roster replaces them, in its transaction).
    static Status clear(Storage& storage);
    // Makes the stored links exactly these (a full roster's classes), writing
    // only what differs: a re-import of an unchanged roster writes nothing.
    // Duplicates count once; returns how many links there are.
    static Result<int> replaceAll(Storage& storage, QVector<TeachingLink> links);

private:
    static Status writeBatches(Storage& storage, const QVector<TeachingLink>& put,
                               const QVector<TeachingLink>& drop);
};

} // namespace cm
