// OneRoster import of a zip into a real temporary database (a dry run: the
// import writes inside its transaction, then rolls back).
#include "FuzzSupport.h"
#include "OneRoster.h"

#include <cstdint>

using namespace cm;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    cmfuzz::startQt();
    (void)cmfuzz::school();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = cmfuzz::writeInput(QStringLiteral("export.zip"), data, size);
    OneRosterOptions options;
    options.dryRun = true;
    options.backup = false;
    options.sync = size > 0 && (data[size - 1] & 1);
    Storage& school = cmfuzz::school();
    Storage::Transaction undo(school);
    const Result<RosterReport> r = OneRoster::import(school, path, options);
    if (!r.ok() && !r.error().file.startsWith(path) && !r.error().file.isEmpty())
        __builtin_trap(); // an error in the export names the zip
    return 0;
}
