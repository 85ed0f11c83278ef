#include "XlsxReader.h"

#include "ZipEntryDevice.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace cm {

namespace {

constexpr qint64 kMaxPartBytes = 64 * 1024 * 1024; // uncompressed XML of one part
constexpr int kMaxDepth = 64;                      // elements nested inside a cell or string

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

// One part of the workbook, streamed through a device that reports damage.
class Part {
public:
    Part(const QString& path, const QString& name)
        : m_name(name)
        , m_device(path, name, kMaxPartBytes) {}
    Status open(const QString& path) {
        if (!m_device.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read %1 from the workbook: %2")
                             .arg(m_name, m_device.errorString()),
                         path, 0};
        m_xml.setDevice(&m_device);
        return {};
    }
    QXmlStreamReader& xml() { return m_xml; }
    // More to read: not at the end and no error (a failed read is not retried).
    bool more() const { return !m_xml.atEnd() && !m_xml.hasError(); }
    // What went wrong, the device's own failure first.
    QString problem() const {
        return m_device.failed() ? m_device.errorString() : m_xml.errorString();
    }

private:
    QString m_name;
    ZipEntryDevice m_device;
    QXmlStreamReader m_xml;
};

// The text of the current element and everything inside it, read without
// recursion; nesting deeper than kMaxDepth is an error.
QString elementText(QXmlStreamReader& xml) {
    QString out;
    int depth = 1;
    while (depth > 0 && !xml.atEnd() && !xml.hasError()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (++depth > kMaxDepth)
                xml.raiseError(QStringLiteral("elements nested more than %1 deep").arg(kMaxDepth));
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            out += xml.text();
            break;
        default:
            break;
        }
    }
    return out;
}

Result<QStringList> sharedStrings(const QStringList& parts, const QString& path) {
    QStringList out;
    const QString name = QStringLiteral("xl/sharedStrings.xml");
    if (!parts.contains(name))
        return out; // a workbook of inline strings has none
    Part part(path, name);
    if (Status st = part.open(path); !st.ok())
        return st.error();
    QXmlStreamReader& xml = part.xml();
    QString current;
    bool inSi = false;
    while (part.more()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            inSi = true;
            current.clear();
        } else if (xml.isStartElement() && inSi && xml.name() == QLatin1String("t")) {
            current += elementText(xml);
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
        return Error{QStringLiteral("the workbook's strings are damaged: %1").arg(part.problem()),
                     path, 0};
    return out;
}

// The first worksheet: the one sheet1.xml, or else the first by name.
QString firstSheet(const QStringList& parts) {
    QStringList sheets;
    for (const QString& n : parts)
        if (n.startsWith(QLatin1String("xl/worksheets/")) && n.endsWith(QLatin1String(".xml")))
            sheets << n;
    if (sheets.contains(QStringLiteral("xl/worksheets/sheet1.xml")))
        return QStringLiteral("xl/worksheets/sheet1.xml");
    sheets.sort();
    return sheets.value(0);
}

// A password-protected workbook is not a zip but an OLE compound file.
bool isCompoundFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(8) == QByteArray::fromHex("D0CF11E0A1B11AE1");
}

// The value of the current <c> cell (its <v> or inline <is> text).
QString cellValue(QXmlStreamReader& xml) {
    QString value;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("is"))
            value = elementText(xml);
        else
            xml.skipCurrentElement(); // a formula: its cached value is in <v>
    }
    return value;
}

} // namespace

Result<QVector<QStringList>> XlsxReader::readFirstSheet(const QString& path) {
    if (QFileInfo(path).size() == 0)
        return Error{QStringLiteral("the file is empty"), path, 0};
    if (isCompoundFile(path))
        return Error{QStringLiteral("the workbook is password-protected (or an old .xls file): "
                                    "save it as an .xlsx workbook without a password"),
                     path, 0};
    const Result<QStringList> parts = ZipEntryDevice::entryNames(path);
    if (!parts.ok())
        return Error{QStringLiteral("not an XLSX workbook (%1)").arg(parts.error().message), path,
                     0};
    const QString sheetName = firstSheet(*parts);
    if (sheetName.isEmpty())
        return Error{QStringLiteral("not an XLSX workbook (no worksheet)"), path, 0};
    const Result<QStringList> strings = sharedStrings(*parts, path);
    if (!strings.ok())
        return strings.error();

    Part part(path, sheetName);
    if (Status st = part.open(path); !st.ok())
        return st.error();
    QXmlStreamReader& xml = part.xml();
    QVector<QStringList> rows;
    QStringList row;
    int rowIndex = -1;
    while (part.more()) {
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
            QString value = cellValue(xml);
            if (xml.hasError())
                break;
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
        return Error{QStringLiteral("the worksheet is damaged: %1").arg(part.problem()), path,
                     rowIndex + 1};
    return rows;
}

} // namespace cm
