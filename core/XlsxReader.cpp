#include "XlsxReader.h"

#include <QFileInfo>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace cm {

namespace {

constexpr qint64 kMaxPartBytes = 64 * 1024 * 1024; // uncompressed XML of one part

// "AB12" -> 27 (zero-based column), -1 when malformed.
int columnOf(const QString& ref) {
    int col = 0;
    int letters = 0;
    for (const QChar c : ref) {
        if (c >= u'A' && c <= u'Z') {
            col = col * 26 + (c.unicode() - u'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : col - 1;
}

Status openPart(QuaZip& zip, const QString& name, QuaZipFile& file, const QString& path) {
    if (!zip.setCurrentFile(name))
        return Error{QStringLiteral("the workbook has no %1").arg(name), path, 0};
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > kMaxPartBytes)
        return Error{QStringLiteral("%1 is too large for a marking sheet").arg(name), path, 0};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read %1 from the workbook").arg(name), path, 0};
    return {};
}

Result<QStringList> sharedStrings(QuaZip& zip, const QString& path) {
    QStringList out;
    if (!zip.setCurrentFile(QStringLiteral("xl/sharedStrings.xml")))
        return out; // a workbook of inline strings has none
    QuaZipFile file(&zip);
    if (Status st = openPart(zip, QStringLiteral("xl/sharedStrings.xml"), file, path); !st.ok())
        return st.error();
    QXmlStreamReader xml(&file);
    QString current;
    bool inSi = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            inSi = true;
            current.clear();
        } else if (xml.isStartElement() && inSi && xml.name() == QLatin1String("t")) {
            current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("rPh")) {
            xml.skipCurrentElement(); // phonetic hints are not the text
        } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
            inSi = false;
            out.push_back(current);
            if (out.size() > XlsxReader::kMaxRows * 16)
                return Error{QStringLiteral("too many strings for a marking sheet"), path, 0};
        }
    }
    if (xml.hasError())
        return Error{
            QStringLiteral("the workbook's strings are damaged: %1").arg(xml.errorString()), path,
            0};
    return out;
}

// The first worksheet: the one sheet1.xml, or else the first by name.
QString firstSheet(const QuaZip& zip) {
    QStringList sheets;
    for (const QString& n : zip.getFileNameList())
        if (n.startsWith(QLatin1String("xl/worksheets/")) && n.endsWith(QLatin1String(".xml")))
            sheets << n;
    if (sheets.contains(QStringLiteral("xl/worksheets/sheet1.xml")))
        return QStringLiteral("xl/worksheets/sheet1.xml");
    sheets.sort();
    return sheets.value(0);
}

} // namespace

Result<QVector<QStringList>> XlsxReader::readFirstSheet(const QString& path) {
    if (QFileInfo(path).size() == 0)
        return Error{QStringLiteral("the file is empty"), path, 0};
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return Error{QStringLiteral("not an XLSX workbook (not a zip file)"), path, 0};
    const QString sheetName = firstSheet(zip);
    if (sheetName.isEmpty())
        return Error{QStringLiteral("not an XLSX workbook (no worksheet)"), path, 0};
    const Result<QStringList> strings = sharedStrings(zip, path);
    if (!strings.ok())
        return strings.error();

    QuaZipFile file(&zip);
    if (Status st = openPart(zip, sheetName, file, path); !st.ok())
        return st.error();
    QXmlStreamReader xml(&file);
    QVector<QStringList> rows;
    QStringList row;
    int rowIndex = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok) - 1;
            rowIndex = ok && r >= 0 ? r : rowIndex + 1;
            if (rowIndex >= kMaxRows)
                return Error{QStringLiteral("more than %1 rows").arg(kMaxRows), path, 0};
            row.clear();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            while (rows.size() < rowIndex)
                rows.push_back({});
            rows.push_back(row);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const auto attrs = xml.attributes();
            const QString type = attrs.value(QLatin1String("t")).toString();
            int col = columnOf(attrs.value(QLatin1String("r")).toString());
            if (col < 0)
                col = int(row.size());
            if (col >= kMaxColumns)
                return Error{QStringLiteral("more than %1 columns").arg(kMaxColumns), path, 0};
            QString value;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (xml.name() == QLatin1String("is")) {
                    value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else {
                    xml.skipCurrentElement(); // a formula: its cached value is in <v>
                }
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int i = value.toInt(&ok);
                if (!ok || i < 0 || i >= strings->size())
                    return Error{QStringLiteral("a cell names a missing shared string"), path,
                                 rowIndex + 1};
                value = strings->at(i);
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QString();
            }
            while (row.size() <= col)
                row.push_back(QString());
            row[col] = value;
        }
    }
    if (xml.hasError())
        return Error{QStringLiteral("the worksheet is damaged: %1").arg(xml.errorString()), path,
                     rowIndex + 1};
    return rows;
}

} // namespace cm
