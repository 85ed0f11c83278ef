#include "ReportPrinting.h"

#include "PdfOutput.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace cm {

ReportPrinting::ReportPrinting(const Storage& storage, ReportRequest request, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_request(std::move(request)) {}

void ReportPrinting::preview(QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PdfOutput::defaultPageSize());
    printer.setDocName(ReportRenderer::title(m_request.kind));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(ReportRenderer::title(m_request.kind));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* p) { ReportRenderer::render(m_storage, m_request, p); });
    dialog.resize(900, 1000);
    dialog.exec();
}

bool ReportPrinting::print(QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PdfOutput::defaultPageSize());
    printer.setDocName(ReportRenderer::title(m_request.kind));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return ReportRenderer::render(m_storage, m_request, &printer) > 0;
}

bool ReportPrinting::saveAsPdf(QWidget* parent) {
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save as PDF"), ReportRenderer::title(m_request.kind) + QStringLiteral(".pdf"),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return false;
    const Status st = writePdf(path, PdfOutput::defaultPageSize());
    if (!st.ok()) {
        QMessageBox::warning(parent, tr("Save as PDF"), st.message());
        return false;
    }
    return true;
}

Status ReportPrinting::writePdf(const QString& path, const QPageSize& pageSize, int* pages) const {
    return PdfOutput::write(
        path, pageSize, ReportRenderer::title(m_request.kind),
        [this](QPagedPaintDevice* d) { return ReportRenderer::render(m_storage, m_request, d); },
        pages);
}

} // namespace cm
