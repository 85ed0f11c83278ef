#include "ZipEntryDevice.h"

#include <QBuffer>
#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

namespace cm {

namespace {

QString zipErrorText(int code) {
    switch (code) {
    case UNZ_CRCERROR:
        return QStringLiteral("the data is damaged (CRC check failed)");
    case UNZ_BADZIPFILE:
        return QStringLiteral("the zip is damaged");
    case Z_DATA_ERROR:
        return QStringLiteral("the compressed data is damaged");
    case Z_BUF_ERROR: // inflate wanted more input than the entry holds
        return QStringLiteral("the data ends early (a damaged or truncated zip)");
    case Z_MEM_ERROR:
        return QStringLiteral("out of memory while decompressing");
    case UNZ_ERRNO:
        return QStringLiteral("the zip cannot be read from the disk");
    default:
        return QStringLiteral("the compressed data is damaged (zip error %1)").arg(code);
    }
}

constexpr qint64 kInMemoryBytes = 64 * 1024 * 1024;
constexpr qint64 kBombMinBytes = 16 * 1024 * 1024; // small files may compress as they like
constexpr qint64 kBombRatio = 250;

// The zip's bytes as a device that is cheap to seek and read in small steps.
Result<std::unique_ptr<QIODevice>> openSource(const QString& zipPath) {
    auto file = std::make_unique<QFile>(zipPath);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error{QStringLiteral("cannot open: %1").arg(file->errorString()), zipPath, 0};
    if (file->size() > kInMemoryBytes)
        return std::unique_ptr<QIODevice>(std::move(file));
    const QByteArray bytes = file->readAll();
    if (bytes.size() != file->size())
        return Error{QStringLiteral("cannot read: %1").arg(file->errorString()), zipPath, 0};
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return std::unique_ptr<QIODevice>(std::move(buffer));
}

} // namespace

Result<QStringList> ZipEntryDevice::entryNames(const QString& zipPath) {
    Result<std::unique_ptr<QIODevice>> source = openSource(zipPath);
    if (!source.ok())
        return source.error();
    QuaZip zip(source.value().get());
    if (!zip.open(QuaZip::mdUnzip))
        return Error{QStringLiteral("not a zip file, or a damaged one"), zipPath, 0};
    const QStringList names = zip.getFileNameList();
    const int err = zip.getZipError();
    zip.close();
    if (err != UNZ_OK)
        return Error{QStringLiteral("the zip's list of files is damaged"), zipPath, 0};
    return names;
}

ZipEntryDevice::ZipEntryDevice(const QString& zipPath, const QString& entry, qint64 maxBytes)
    : m_zipPath(zipPath)
    , m_entry(entry)
    , m_maxBytes(maxBytes) {}

ZipEntryDevice::~ZipEntryDevice() = default;

bool ZipEntryDevice::open(OpenMode mode) {
    if (mode != ReadOnly) {
        setErrorString(QStringLiteral("a zip entry is read-only"));
        return false;
    }
    m_read = 0;
    m_ended = m_failed = false;
    if (!m_zip) {
        Result<std::unique_ptr<QIODevice>> source = openSource(m_zipPath);
        if (!source.ok()) {
            setErrorString(source.error().message);
            return false;
        }
        m_source = std::move(source.value());
        m_zip = std::make_unique<QuaZip>(m_source.get());
        m_file = std::make_unique<QuaZipFile>(m_zip.get());
    }
    if (!m_zip->isOpen() && !m_zip->open(QuaZip::mdUnzip)) {
        setErrorString(QStringLiteral("not a zip file, or a damaged one"));
        return false;
    }
    if (!m_zip->setCurrentFile(m_entry, QuaZip::csSensitive)) {
        setErrorString(QStringLiteral("it is not in the zip, or the zip is damaged"));
        return false;
    }
    if (!m_file->open(ReadOnly)) {
        setErrorString(QStringLiteral("cannot open it in the zip: %1")
                           .arg(zipErrorText(m_file->getZipError())));
        return false;
    }
    QuaZipFileInfo64 info;
    if (!m_file->getFileInfo(&info)) {
        m_file->close();
        setErrorString(QStringLiteral("cannot read its entry in the zip: the zip is damaged"));
        return false;
    }
    if (info.flags & 1) {
        m_file->close();
        setErrorString(QStringLiteral("it is password-protected (encrypted): save or export it "
                                      "again without a password"));
        return false;
    }
    m_expected = qint64(info.uncompressedSize);
    if (m_expected < 0 || m_expected > m_maxBytes) {
        m_file->close();
        setErrorString(QStringLiteral("it would unpack to %1 MB, more than the %2 MB allowed "
                                      "(a damaged or hostile zip?)")
                           .arg(quint64(info.uncompressedSize) >> 20)
                           .arg(m_maxBytes >> 20));
        return false;
    }
    // Text compresses tens of times, a zip bomb a thousand: refuse the
    // latter before spending minutes reading it.
    const qint64 packed = qMax<qint64>(1, qint64(info.compressedSize));
    if (m_expected > kBombMinBytes && m_expected / packed > kBombRatio) {
        m_file->close();
        setErrorString(QStringLiteral("it would unpack %1 KB into %2 MB, more than any real "
                                      "file (a zip bomb?)")
                           .arg(packed >> 10)
                           .arg(m_expected >> 20));
        return false;
    }
    return QIODevice::open(ReadOnly | Unbuffered);
}

void ZipEntryDevice::close() {
    if (m_file && m_file->isOpen())
        m_file->close();
    QIODevice::close();
}

qint64 ZipEntryDevice::fail(const QString& message) {
    m_failed = true;
    setErrorString(message);
    if (m_file && m_file->isOpen())
        m_file->close();
    return -1;
}

// The data has ended: it must be as long as the zip says and match its CRC
// (which the unzip library checks only when the entry is closed).
qint64 ZipEntryDevice::finish() {
    if (m_read != m_expected)
        return fail(QStringLiteral("the data ends early: %1 of %2 bytes (a damaged or "
                                   "truncated zip)")
                        .arg(m_read)
                        .arg(m_expected));
    m_file->close();
    const int err = m_file->getZipError();
    if (err != UNZ_OK)
        return fail(zipErrorText(err));
    m_ended = true;
    return 0;
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize) {
    if (m_failed)
        return -1;
    if (m_ended || maxSize <= 0)
        return 0;
    const qint64 got = m_file->read(data, maxSize);
    if (got < 0)
        return fail(zipErrorText(m_file->getZipError()));
    if (got == 0)
        return finish();
    m_read += got;
    if (m_read > m_expected)
        return fail(QStringLiteral("the data is longer than the zip says (a damaged zip)"));
    return got;
}

} // namespace cm
