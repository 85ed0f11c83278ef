#pragma once

#include "Error.h"

#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace cm {

// Writes PDFs the safe way: rendered in memory, then saved atomically
// (QSaveFile) and readable by the owner only, since they hold student data.
class PdfOutput {
public:
    using Render = std::function<int(QPagedPaintDevice*)>; // returns pages, 0 on failure

    static Status write(const QString& path, const QPageSize& pageSize, const QString& title,
                        const Render& render, int* pages = nullptr);
    // Renders to PDF bytes only (for tests and previews).
    static QByteArray render(const QPageSize& pageSize, const QString& title, const Render& render,
                             int* pages = nullptr);
    // US Letter where the locale uses it (US, Canada, ...), A4 elsewhere.
    static QPageSize defaultPageSize();
    // "letter" / "a4" (case-insensitive); invalid size otherwise.
    static QPageSize parsePageSize(const QString& name);
};

} // namespace cm
