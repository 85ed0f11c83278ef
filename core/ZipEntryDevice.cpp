#include "ZipEntryDevice.h"

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

} // namespace

ZipEntryDevice::ZipEntryDevice(const QString& zipPath, const QString& entry, qint64 maxBytes)
    : m_file(std::make_unique<QuaZipFile>(zipPath, entry, QuaZip::csSensitive))
    , m_maxBytes(maxBytes) {}

ZipEntryDevice::~ZipEntryDevice() = default;

bool ZipEntryDevice::open(OpenMode mode) {
    if (mode != ReadOnly) {
        setErrorString(QStringLiteral("a zip entry is read-only"));
        return false;
    }
    m_read = 0;
    m_ended = m_failed = false;
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
    return QIODevice::open(ReadOnly | Unbuffered);
}

void ZipEntryDevice::close() {
    if (m_file->isOpen())
        m_file->close();
    QIODevice::close();
}

qint64 ZipEntryDevice::fail(const QString& message) {
    m_failed = true;
    setErrorString(message);
    if (m_file->isOpen())
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
