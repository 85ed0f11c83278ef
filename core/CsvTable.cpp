#include "CsvTable.h"

namespace cm {

CsvTable::CsvTable(QIODevice* device, QString displayName, TextEncoding encoding)
    : m_device(device)
    , m_name(std::move(displayName))
    , m_reader(device, m_name, encoding) {}

CsvTable::CsvTable(const QString& path, TextEncoding encoding)
    : m_file(std::make_unique<QFile>(path))
    , m_device(m_file.get())
    , m_name(path)
    , m_reader(m_device, path, encoding) {}

Status CsvTable::open(const QStringList& required) {
    if (m_file && !m_file->isOpen() && !m_file->open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot open: %1").arg(m_file->errorString()), m_name, 0};
    if (!m_reader.next(&m_record, &m_line)) {
        if (m_reader.hasError())
            return m_reader.error();
        return Error{required.isEmpty()
                         ? QStringLiteral("the file is empty (expected a header row)")
                         : QStringLiteral("the file is empty (expected a header row with %1)")
                               .arg(required.join(QStringLiteral(", "))),
                     m_name, 1};
    }
    m_header = CsvHeader(m_record);
    const QStringList missing = m_header.missing(required);
    if (!missing.isEmpty())
        return Error{QStringLiteral("missing required column%1: %2")
                         .arg(missing.size() > 1 ? QStringLiteral("s") : QString(),
                              missing.join(QStringLiteral(", "))),
                     m_name, m_line};
    return {};
}

bool CsvTable::next() {
    return m_reader.next(&m_record, &m_line);
}

Status CsvTable::status() const {
    if (m_reader.hasError())
        return m_reader.error();
    return {};
}

QString CsvTable::value(int index) const {
    if (index < 0 || index >= m_record.size())
        return QString();
    return m_record.at(index).trimmed();
}

QString CsvTable::plain(int index) const {
    return csv::unneutralise(value(index)).trimmed();
}

QString CsvTable::exact(int index) const {
    if (index < 0 || index >= m_record.size())
        return QString();
    return csv::unneutralise(m_record.at(index));
}

} // namespace cm
