#include "XlsxWriter.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QXmlStreamWriter>

#include "WriteFailure.h"
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace cm {

namespace {

const char* kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    "</Types>";

const char* kRootRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

const char* kWorkbookRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/styles\" Target=\"styles.xml\"/></Relationships>";

const char* kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
    "</cellStyleXfs><cellXfs count=\"2\">"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    "</cellXfs></styleSheet>";

QString columnName(int c) {
    QString name;
    for (++c; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// XML 1.0 cannot carry most control characters.
QString xmlSafe(const QString& s) {
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n')
            out += c;
    return out;
}

QByteArray workbook(const QString& sheetName) {
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("workbook"));
    w.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
    w.writeNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        QStringLiteral("r"));
    w.writeStartElement(QStringLiteral("sheets"));
    w.writeStartElement(QStringLiteral("sheet"));
    w.writeAttribute(QStringLiteral("name"), xmlSafe(sheetName).left(31));
    w.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    w.writeAttribute(
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        QStringLiteral("id"), QStringLiteral("rId1"));
    w.writeEndDocument();
    return out;
}

QByteArray sheet(const QVector<QStringList>& rows, const QVector<int>& widths) {
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("worksheet"));
    w.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
    w.writeStartElement(QStringLiteral("sheetViews"));
    w.writeStartElement(QStringLiteral("sheetView"));
    w.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    w.writeEmptyElement(QStringLiteral("pane"));
    w.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    w.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    w.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    w.writeEndElement();
    w.writeEndElement();
    if (!widths.isEmpty()) {
        w.writeStartElement(QStringLiteral("cols"));
        for (int i = 0; i < widths.size(); ++i) {
            w.writeEmptyElement(QStringLiteral("col"));
            w.writeAttribute(QStringLiteral("min"), QString::number(i + 1));
            w.writeAttribute(QStringLiteral("max"), QString::number(i + 1));
            w.writeAttribute(QStringLiteral("width"), QString::number(widths[i]));
            w.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
        }
        w.writeEndElement();
    }
    w.writeStartElement(QStringLiteral("sheetData"));
    for (int r = 0; r < rows.size(); ++r) {
        w.writeStartElement(QStringLiteral("row"));
        w.writeAttribute(QStringLiteral("r"), QString::number(r + 1));
        for (int c = 0; c < rows[r].size(); ++c) {
            if (rows[r][c].isEmpty())
                continue;
            w.writeStartElement(QStringLiteral("c"));
            w.writeAttribute(QStringLiteral("r"), columnName(c) + QString::number(r + 1));
            w.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
            if (r == 0)
                w.writeAttribute(QStringLiteral("s"), QStringLiteral("1"));
            w.writeStartElement(QStringLiteral("is"));
            w.writeStartElement(QStringLiteral("t"));
            w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            w.writeCharacters(xmlSafe(rows[r][c]));
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndDocument();
    return out;
}

} // namespace

Status XlsxWriter::write(const QString& path, const QString& sheetName,
                         const QVector<QStringList>& rows, const QVector<int>& columnWidths) {
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return Error{QStringLiteral("no temporary folder for the workbook"), path, 0};
    const QString zipPath = tmp.filePath(QStringLiteral("book.xlsx"));
    {
        QuaZip zip(zipPath);
        if (!zip.open(QuaZip::mdCreate))
            return Error{QStringLiteral("cannot create the workbook"), path, 0};
        const QVector<QPair<QString, QByteArray>> parts{
            {QStringLiteral("[Content_Types].xml"), QByteArray(kContentTypes)},
            {QStringLiteral("_rels/.rels"), QByteArray(kRootRels)},
            {QStringLiteral("xl/workbook.xml"), workbook(sheetName)},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(kWorkbookRels)},
            {QStringLiteral("xl/styles.xml"), QByteArray(kStyles)},
            {QStringLiteral("xl/worksheets/sheet1.xml"), sheet(rows, columnWidths)},
        };
        for (const auto& part : parts) {
            QuaZipFile f(&zip);
            if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first)) ||
                f.write(part.second) != part.second.size())
                return Error{QStringLiteral("cannot write the workbook"), path, 0};
            f.close();
            if (f.getZipError() != 0)
                return Error{QStringLiteral("cannot write the workbook"), path, 0};
        }
        zip.close();
        if (zip.getZipError() != 0)
            return Error{QStringLiteral("cannot write the workbook"), path, 0};
    }
    QFile in(zipPath);
    QSaveFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write: %1").arg(out.errorString()), path, 0};
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // before it has a name
    if (out.write(in.readAll()) < 0)
        return Error{QStringLiteral("cannot write: %1")
                         .arg(WriteFailure::reason(path, out.errorString(), in.size())),
                     path, 0};
    if (Status st = WriteFailure::commit(out, in.size()); !st.ok())
        return st;
    return {};
}

} // namespace cm
