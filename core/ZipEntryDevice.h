#pragma once

#include "Error.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace cm {

// One file inside a zip, read-only and streamed, that never mistakes damage
// for the end of the file: a read error, a CRC mismatch (checked when the
// data ends), data shorter than the zip says, an encrypted entry or one
// larger than maxBytes make open() fail or read() return -1, with
// errorString() saying what is wrong. Errors are sticky.
//
// The zip itself is read from memory (up to 64 MB, else unbuffered from the
// disk): minizip seeks and reads a few bytes at a time, and a damaged central
// directory can make it do so tens of thousands of times per entry, which
// must stay cheap.
class ZipEntryDevice : public QIODevice {
public:
    // The names of the files in a zip (the error names the zip).
    static Result<QStringList> entryNames(const QString& zipPath);

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

    QString m_zipPath;
    std::unique_ptr<QIODevice> m_source;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QString m_entry;
    qint64 m_maxBytes;
    qint64 m_expected = 0; // uncompressed size the zip declares
    qint64 m_read = 0;
    bool m_ended = false;
    bool m_failed = false;
};

} // namespace cm
