#include "PdfOutput.h"

#include "WriteFailure.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace cm {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("cm::PdfOutput", text);
}
} // namespace

QByteArray PdfOutput::render(const QPageSize& pageSize, const QString& title, const Render& render,
                             int* pages) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    int n = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("caringmap"));
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(14, 12, 14, 12),
                                         QPageLayout::Millimeter));
        n = render(&writer);
    }
    if (pages)
        *pages = n;
    return n > 0 ? bytes : QByteArray();
}

Status PdfOutput::write(const QString& path, const QPageSize& pageSize, const QString& title,
                        const Render& renderFn, int* pages) {
    const QByteArray bytes = render(pageSize, title, renderFn, pages);
    if (bytes.isEmpty())
        return Status::fail(tr("could not render the report"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(
            tr("cannot write %1: %2").arg(path, WriteFailure::reason(path, file.errorString())));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    if (!written || !file.commit())
        return Status::fail(
            tr("cannot write %1: %2")
                .arg(path, WriteFailure::reason(path, file.errorString(), bytes.size())));
    return {};
}

QPageSize PdfOutput::defaultPageSize() {
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                      : QPageSize(QPageSize::A4);
}

QPageSize PdfOutput::parsePageSize(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("letter"))
        return QPageSize(QPageSize::Letter);
    if (n == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    return QPageSize();
}

} // namespace cm
