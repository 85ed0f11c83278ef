#include "ReportPrinting.h"

#include "PdfOutput.h"
#include "WindowGeometry.h"

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
    QPrintPreviewDialog* dialog = createPreviewDialog(parent);
    dialog->exec();
}

QPrintPreviewDialog* ReportPrinting::createPreviewDialog(QWidget* parent) {
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(PdfOutput::defaultPageSize());
    printer->setDocName(ReportRenderer::title(m_request.kind));
    auto* dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(ReportRenderer::title(m_request.kind));
    WindowGeometry::manage(dialog, QStringLiteral("printPreview"), QSize(900, 1000));
    // The figures are read at paint time, so a preview stays current.
    const Storage* storage = &m_storage;
    const ReportRequest request = m_request;
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [storage, request](QPrinter* p) { ReportRenderer::render(*storage, request, p); });
    connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    return dialog;
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
