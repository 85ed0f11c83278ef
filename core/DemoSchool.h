#pragma once

#include "Error.h"

#include <QString>

namespace cm {

class Storage;

struct DemoOptions {
    int students = 480;
    int adults = 48;
    quint32 seed = 2026;
};

struct DemoSummary {
    int students = 0;
    int adults = 0;
    int marks = 0;
    QString currentRound;
};

// A realistic, deterministic demo school: a middle school with grades 06-08,
// homerooms, staff in their usual roles, an earlier mapping round and a
// current one with marks, a few students nobody knows well, a staff member who
// has left and a few adults who have not marked yet. Same seed, same school.
class DemoSchool {
public:
    static Result<DemoSummary> create(Storage& storage, const DemoOptions& options);
};

} // namespace cm
