// The streaming CSV reader, in both encodings, on arbitrary bytes.
#include "Csv.h"

#include <QBuffer>

#include <cstdint>

using namespace cm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Windows1252}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, QStringLiteral("fuzz.csv"), encoding);
        QStringList fields;
        int line = 0;
        int lastLine = 0;
        while (reader.next(&fields, &line)) {
            if (line <= lastLine) // lines only go forward
                __builtin_trap();
            lastLine = line;
            for (const QString& f : fields)
                (void)csv::unneutralise(csv::neutralise(f));
        }
        if (reader.hasError() && reader.error().file != QLatin1String("fuzz.csv"))
            __builtin_trap();
    }
    return 0;
}
