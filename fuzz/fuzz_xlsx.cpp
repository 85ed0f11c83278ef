// The XLSX reader (zip + XML) on arbitrary files.
#include "FuzzSupport.h"
#include "XlsxReader.h"

#include <cstdint>

using namespace cm;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    cmfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = cmfuzz::writeInput(QStringLiteral("sheet.xlsx"), data, size);
    const Result<QVector<QStringList>> r = XlsxReader::readFirstSheet(path);
    if (r.ok()) {
        if (r->size() > XlsxReader::kMaxRows)
            __builtin_trap();
        for (const QStringList& row : *r)
            if (row.size() > XlsxReader::kMaxColumns)
                __builtin_trap();
    } else if (r.error().file != path) {
        __builtin_trap(); // the message names the file
    }
    return 0;
}
