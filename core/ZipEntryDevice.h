#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

class QuaZipFile;

namespace cm {

// One file inside a zip, read-only and streamed, that never mistakes damage
// for the end of the file: a read error, a CRC mismatch (checked when the
// data ends), data shorter than the zip says, an encrypted entry or one
// larger than maxBytes make open() fail or read() return -1, with
// errorString() saying what is wrong. Errors are sticky.
class ZipEntryDevice : public QIODevice {
public:
    ZipEntryDevice(const QString& zipPath, const QString& entry, qint64 maxBytes);
    ~ZipEntryDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_ended || m_failed; }
    // True once a read failed (errorString() says why).
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 fail(const QString& message);
    qint64 finish();

    std::unique_ptr<QuaZipFile> m_file;
    qint64 m_maxBytes;
    qint64 m_expected = 0; // uncompressed size the zip declares
    qint64 m_read = 0;
    bool m_ended = false;
    bool m_failed = false;
};

} // namespace cm
