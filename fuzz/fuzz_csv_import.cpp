// The canonical import (students, adults, marks) into a real temporary
// database. Each input runs inside a transaction that is rolled back, so the
// school is the same for every input; the first byte picks the kind.
#include "CsvImport.h"
#include "FuzzSupport.h"
#include "Storage.h"

#include <cstdint>

using namespace cm;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    cmfuzz::startQt();
    (void)cmfuzz::school();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    static const CsvImport::Kind kinds[] = {CsvImport::Kind::Students, CsvImport::Kind::Adults,
                                            CsvImport::Kind::Marks};
    const CsvImport::Kind kind = kinds[data[0] % 3];
    const QString path = cmfuzz::writeInput(QStringLiteral("import.csv"), data + 1, size - 1);
    Storage& school = cmfuzz::school();
    Storage::Transaction undo(school); // never committed: the import joins it
    const Result<ImportReport> r = CsvImport::importFile(school, kind, path);
    if (!r.ok() && r.error().message.isEmpty())
        __builtin_trap(); // every refusal says why
    return 0;
}
