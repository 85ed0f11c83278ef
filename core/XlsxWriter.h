#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

// Writes a one-sheet XLSX workbook of text cells (header row bold and
// frozen): the Office Open XML parts zipped with QuaZip, the file put in
// place through QSaveFile with owner-only permissions. Every cell is an
// inline string, never a formula.
//
// Why not libxlsxwriter: Debian's libxlsxwriter calls minizip's zipOpen3,
// which QuaZip (also linked, for OneRoster zips) exports with an
// incompatible I/O layer; in one process the call lands in QuaZip and crashes.
class XlsxWriter {
public:
    static Status write(const QString& path, const QString& sheetName,
                        const QVector<QStringList>& rows, const QVector<int>& columnWidths = {});
};

} // namespace cm
