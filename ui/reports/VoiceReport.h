#pragma once

#include "ReportTable.h"
#include "Types.h"
#include "VoiceComparison.h"

namespace cm {

class Storage;

// The student voice report for the meeting (`report voice`, Reports menu):
// the round's students in the five groups, the hidden disconnection
// (staff_only) first, each with the adults who marked them beside the adults
// they named. Students with no answer are counted, not listed.
class VoiceReport {
public:
    static ReportTable table(const Storage& storage, const Round& round);

private:
    // The heading of a group's section (the painter adds the count).
    static QString heading(Agreement a);
};

} // namespace cm
