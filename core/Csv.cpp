#include "Csv.h"

#include <QIODevice>

namespace cm {

QString decodeWindows1252(const QByteArray& bytes) {
    // 0x80..0x9F differ from Latin-1; undefined bytes keep their C1 value.
    static const char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        d[i] = (b >= 0x80 && b <= 0x9F) ? QChar(high[b - 0x80]) : QChar(b);
    }
    return out;
}

CsvReader::CsvReader(QIODevice* device, QString fileName, TextEncoding encoding)
    : m_device(device)
    , m_fileName(std::move(fileName))
    , m_encoding(encoding)
    , m_utf8(QStringConverter::Utf8) {}

void CsvReader::fail(const QString& message, int line) {
    if (!m_error)
        m_error = Error{message, m_fileName, line};
}

// End of input: a UTF-8 sequence left incomplete is an error, not lost bytes.
bool CsvReader::finishInput() {
    m_eof = true;
    if (m_encoding == TextEncoding::Utf8) {
        // QStringDecoder keeps a partial sequence as state and decoding
        // nothing does not flush it; a line break after it exposes it. (The
        // decoder is lazy: the result must be taken for it to run.)
        const QString probe = m_utf8(QByteArrayLiteral("\n"));
        if (m_utf8.hasError() || probe != QLatin1String("\n")) {
            fail(QStringLiteral("the file ends inside a UTF-8 character (a truncated file?)"),
                 m_decodedLines + 1);
            return false;
        }
    }
    return !m_buf.isEmpty();
}

bool CsvReader::fill() {
    if (m_eof)
        return false;
    // Drop what has been consumed so the buffer stays small.
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    const qint64 got = m_device->read(chunk.data(), chunk.size());
    if (got < 0) {
        // A read error is not the end of the file: say what failed.
        fail(QStringLiteral("cannot read the file: %1").arg(m_device->errorString()),
             m_decodedLines + 1);
        return false;
    }
    if (got == 0)
        return finishInput();
    chunk.truncate(got);
    QString text;
    if (m_encoding == TextEncoding::Utf8) {
        text = m_utf8(chunk);
        if (m_utf8.hasError()) {
            const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
            const int line = m_decodedLines + 1 +
                             int(text.left(qMax<qsizetype>(bad, 0)).count(QLatin1Char('\n')));
            fail(QStringLiteral("a byte is not valid UTF-8 (is the file Windows-1252? choose "
                                "that encoding)"),
                 line);
            return false;
        }
    } else {
        text = decodeWindows1252(chunk);
    }
    m_decodedLines += int(text.count(QLatin1Char('\n')));
    m_buf += text;
    return true;
}

CsvReader::Parse CsvReader::parseRecord(QStringList* fields) {
    fields->clear();
    QString field;
    qsizetype i = m_pos;
    int line = m_line;
    const qsizetype n = m_buf.size();
    const QChar* s = m_buf.constData();
    bool quoted = false;
    bool afterQuote = false; // a quoted field has just closed
    bool fieldStarted = false;

    auto endField = [&] {
        fields->push_back(field);
        field.clear();
        quoted = false;
        afterQuote = false;
        fieldStarted = false;
    };

    while (i < n) {
        if (i - m_pos > kMaxRecordChars) {
            fail(QStringLiteral("a record is longer than %1 characters: this does not look "
                                "like a CSV file")
                     .arg(kMaxRecordChars),
                 m_line);
            return Parse::Failed;
        }
        const QChar c = s[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 >= n) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    quoted = false;
                    afterQuote = true;
                    ++i;
                    continue;
                }
                if (s[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                quoted = false;
                afterQuote = true;
                ++i;
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++line;
            field += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            ++i;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r')) {
                if (i + 1 >= n && !m_eof)
                    return Parse::NeedMore;
                if (i + 1 < n && s[i + 1] == QLatin1Char('\n'))
                    ++i;
            }
            ++i;
            endField();
            m_pos = i;
            m_line = line + 1;
            return Parse::Record;
        }
        if (afterQuote) {
            fail(QStringLiteral("malformed quote: text follows a closing quote (a quote inside "
                                "a quoted field must be doubled)"),
                 line);
            return Parse::Failed;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted) {
                fail(QStringLiteral("malformed quote: a quote inside an unquoted field"), line);
                return Parse::Failed;
            }
            quoted = true;
            fieldStarted = true;
            ++i;
            continue;
        }
        fieldStarted = true;
        field += c;
        ++i;
    }
    if (!m_eof)
        return Parse::NeedMore;
    if (quoted) {
        fail(QStringLiteral("malformed quote: a quoted field is never closed"), m_line);
        return Parse::Failed;
    }
    endField();
    m_pos = i;
    m_line = line + 1;
    return Parse::Record;
}

bool CsvReader::next(QStringList* fields, int* line) {
    while (!m_error) {
        if (m_pos >= m_buf.size() && !fill()) {
            return false;
        }
        const int startLine = m_line;
        const Parse p = parseRecord(fields);
        if (p == Parse::Failed)
            return false;
        if (p == Parse::NeedMore) {
            if (!fill() && !m_eof)
                return false;
            if (m_error)
                return false;
            continue;
        }
        // Skip blank lines.
        if (fields->size() == 1 && fields->constFirst().isEmpty())
            continue;
        if (line)
            *line = startLine;
        return true;
    }
    return false;
}

// ---- header ------------------------------------------------------------------

CsvHeader::CsvHeader(const QStringList& names)
    : m_names(names) {
    for (int i = 0; i < names.size(); ++i) {
        const QString k = key(names[i]);
        if (!m_index.contains(k))
            m_index.insert(k, i);
    }
}

QStringList CsvHeader::missing(const QStringList& required) const {
    QStringList out;
    for (const QString& r : required) {
        if (!has(r))
            out.push_back(r);
    }
    return out;
}

QString CsvHeader::field(const QStringList& record, const QString& name) const {
    const int i = indexOf(name);
    return (i >= 0 && i < record.size()) ? record[i] : QString();
}

// ---- writer ------------------------------------------------------------------

namespace csv {

namespace {
bool isTrigger(QChar c) {
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
} // namespace

QString neutralise(const QString& cell) {
    if (cell.isEmpty())
        return cell;
    if (isTrigger(cell[0]) || cell[0] == QLatin1Char('\''))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString unneutralise(const QString& cell) {
    if (cell.size() >= 2 && cell[0] == QLatin1Char('\'') &&
        (isTrigger(cell[1]) || cell[1] == QLatin1Char('\'')))
        return cell.mid(1);
    return cell;
}

QString quote(const QString& cell) {
    const bool needs = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                       cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                       cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
    if (!needs)
        return cell;
    QString q = cell;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString formatRecord(const QStringList& cells) {
    QString out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += quote(neutralise(cells[i]));
    }
    out += QLatin1String("\r\n");
    return out;
}

} // namespace csv

} // namespace cm
