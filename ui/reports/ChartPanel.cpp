#include "ChartPanel.h"

#include "PdfOutput.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace cm {

ChartPanel::ChartPanel(ChartFactory::Kind kind, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("chartPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setBackgroundBrush(Qt::white);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(280);
    layout->addWidget(m_view, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    layout->addWidget(m_note);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* copy = new QPushButton(tr("Copy numbers"), this);
    copy->setToolTip(tr("Copy the numbers behind this chart as a table"));
    auto* save = new QPushButton(tr("Save as PNG or PDF…"), this);
    // Several panels have the same buttons: a screen reader says which chart.
    const QString title = ChartFactory::title(kind);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setAccessibleName(title);
    copy->setAccessibleName(tr("Copy the numbers of %1").arg(title));
    save->setAccessibleName(tr("Save %1 as PNG or PDF").arg(title));
    buttons->addWidget(copy);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    connect(copy, &QPushButton::clicked, this, &ChartPanel::copyNumbers);
    connect(save, &QPushButton::clicked, this, &ChartPanel::saveAs);
}

QChart* ChartPanel::chart() const {
    return m_view->chart();
}

void ChartPanel::setFigures(const SchoolFigures& figures) {
    m_figures = figures;
    QChart* old = m_view->chart();
    m_view->setChart(ChartFactory::build(m_kind, m_figures));
    delete old;
    m_view->setMinimumHeight(ChartFactory::preferredHeight(m_kind, m_figures));
    m_view->setAccessibleDescription(spokenNumbers());
}

// The chart's numbers as a sentence a screen reader can say: the colors of
// the bars are never the only way to read them.
QString ChartPanel::spokenNumbers() const {
    const ChartTable t = table();
    QStringList rows;
    for (const QStringList& r : t.rows) {
        QStringList cells;
        for (int c = 0; c < r.size() && c < t.columns.size(); ++c)
            cells << (c == 0 ? r[c] : tr("%1 %2").arg(t.columns[c], r[c]));
        rows << cells.join(QStringLiteral(", "));
    }
    return rows.isEmpty() ? tr("No figures yet.") : rows.join(QStringLiteral("; "));
}

void ChartPanel::setNote(const QString& text) {
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void ChartPanel::copyNumbers() const {
    const ChartTable t = table();
    QString html = QStringLiteral("<table><tr>");
    for (const QString& c : t.columns)
        html += QStringLiteral("<th>%1</th>").arg(c.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList& r : t.rows) {
        html += QStringLiteral("<tr>");
        for (const QString& c : r)
            html += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    auto* mime = new QMimeData;
    mime->setText(t.toTsv());
    mime->setHtml(html);
    QApplication::clipboard()->setMimeData(mime);
}

Status ChartPanel::savePng(const QString& path) const {
    const QSizeF logical(900, ChartFactory::preferredHeight(m_kind, m_figures) * 1.2);
    QImage image((logical * 2).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        ChartFactory::paint(painter, m_kind, m_figures, QRectF(QPointF(0, 0), logical * 2),
                            logical);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit())
        return Status::fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status ChartPanel::savePdf(const QString& path) const {
    const ChartFactory::Kind kind = m_kind;
    const SchoolFigures figures = m_figures;
    return PdfOutput::write(
        path, PdfOutput::defaultPageSize(), ChartFactory::title(kind),
        [kind, figures](QPagedPaintDevice* device) {
            QPainter painter(device);
            const QRectF page(0, 0, device->width(), device->height());
            const QSizeF logical(900, ChartFactory::preferredHeight(kind, figures) * 1.2);
            QRectF target = page;
            target.setHeight(
                std::min(page.height(), page.width() * logical.height() / logical.width()));
            ChartFactory::paint(painter, kind, figures, target, logical);
            return 1;
        });
}

void ChartPanel::saveAs() {
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart"), ChartFactory::title(m_kind) + QStringLiteral(".png"),
        tr("PNG image (*.png);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    const Status st =
        path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? savePdf(path) : savePng(path);
    if (!st.ok())
        QMessageBox::warning(this, tr("Save chart"), st.message());
}

} // namespace cm
