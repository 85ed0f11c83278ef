#include "ReportPrinting.h"

#include "PdfOutput.h"
#include "Storage.h"
#include "WindowGeometry.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

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
    printer->setDocName(ReportRenderer::title(m_storage, m_request));
    auto* dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(ReportRenderer::title(m_storage, m_request));
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
    printer.setDocName(ReportRenderer::title(m_storage, m_request));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return ReportRenderer::render(m_storage, m_request, &printer) > 0;
}

namespace {

// "Fall 2026" -> "fall-2026": letters and digits, lower case, single dashes.
QString slug(const QString& text) {
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
                 c == QLatin1Char('/') || c == QLatin1Char('.'))
            out += QLatin1Char('-');
    }
    while (out.contains(QStringLiteral("--")))
        out.replace(QStringLiteral("--"), QStringLiteral("-"));
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace

QString ReportPrinting::suggestedFileName(const Storage& storage, const ReportRequest& request,
                                          const QDate& date) {
    QStringList parts;
    switch (request.kind) {
    case ReportRequest::Kind::Unconnected:
        parts << QStringLiteral("unconnected");
        if (!request.filter.grade.isEmpty())
            parts << QStringLiteral("grade-") + slug(request.filter.grade);
        if (!request.filter.homeroom.isEmpty())
            parts << QStringLiteral("homeroom-") + slug(request.filter.homeroom);
        break;
    case ReportRequest::Kind::MarkingSheet:
        parts << QStringLiteral("marking-sheet");
        break;
    case ReportRequest::Kind::Summary:
        parts << QStringLiteral("summary");
        break;
    case ReportRequest::Kind::Voice:
        parts << QStringLiteral("student-voice");
        break;
    case ReportRequest::Kind::Mentor: {
        parts << QStringLiteral("mentor");
        if (const std::optional<Adult> a = storage.adultById(request.adultId))
            parts << slug(a->displayName());
        break;
    }
    case ReportRequest::Kind::Mentors:
        parts << QStringLiteral("mentor-lists");
        break;
    }
    // A mentor's list does not depend on the round.
    if (request.kind != ReportRequest::Kind::Mentor &&
        request.kind != ReportRequest::Kind::Mentors && !request.round.name.isEmpty())
        parts << slug(request.round.name);
    parts << date.toString(Qt::ISODate);
    parts.removeAll(QString());
    return parts.join(QLatin1Char('-')) + QStringLiteral(".pdf");
}

QString ReportPrinting::suggestedPath(const Storage& storage, const ReportRequest& request,
                                      const QDate& date) {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(suggestedFileName(storage, request, date));
}

bool ReportPrinting::saveAsPdf(QWidget* parent) {
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save as PDF"), suggestedPath(m_storage, m_request, QDate::currentDate()),
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
        path, pageSize, ReportRenderer::title(m_storage, m_request),
        [this](QPagedPaintDevice* d) { return ReportRenderer::render(m_storage, m_request, d); },
        pages);
}

} // namespace cm
