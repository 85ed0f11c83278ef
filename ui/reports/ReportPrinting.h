#pragma once

#include "Error.h"
#include "ReportRenderer.h"

#include <QObject>
#include <QPageSize>

class QDate;
class QPrintPreviewDialog;
class QWidget;

namespace cm {

class Storage;

// What the window's File menu calls: print preview (QPrintPreviewDialog),
// print to any printer, save as PDF. All three paint through ReportRenderer.
class ReportPrinting : public QObject {
    Q_OBJECT
public:
    ReportPrinting(const Storage& storage, ReportRequest request, QObject* parent = nullptr);

    // Modal preview with the dialog's own Print button. Returns when closed.
    void preview(QWidget* parent);
    // The preview dialog, not yet shown (deletes itself and its printer when
    // closed), for callers that prefer open() to exec().
    QPrintPreviewDialog* createPreviewDialog(QWidget* parent);
    // Asks for a printer (QPrintDialog) and prints. False when cancelled.
    bool print(QWidget* parent);
    // Asks for a file name and writes the PDF; shows an error on failure.
    bool saveAsPdf(QWidget* parent);
    // "unconnected-grade-08-fall-2026-2026-11-23.pdf": the report, what it
    // holds, the round and the date; suggestedPath puts it in the user's
    // Documents folder (the home folder when there is none).
    static QString suggestedFileName(const Storage& storage, const ReportRequest& request,
                                     const QDate& date);
    static QString suggestedPath(const Storage& storage, const ReportRequest& request,
                                 const QDate& date);
    // Headless: writes the PDF to path.
    Status writePdf(const QString& path, const QPageSize& pageSize, int* pages = nullptr) const;

private:
    const Storage& m_storage;
    ReportRequest m_request;
};

} // namespace cm
