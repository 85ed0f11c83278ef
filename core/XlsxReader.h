#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

// Reads the first worksheet of an XLSX workbook as rows of text (shared
// strings, inline strings, numbers and booleans as shown), enough to take a
// marking sheet back after a staff member filled it in a spreadsheet. The
// zip is read with QuaZip and the XML streamed with QXmlStreamReader; the
// sheet's size is bounded so that a hostile file cannot exhaust memory.
class XlsxReader {
public:
    static constexpr int kMaxRows = 100000;
    static constexpr int kMaxColumns = 256;
    static Result<QVector<QStringList>> readFirstSheet(const QString& path);
};

} // namespace cm
