#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

// Zips built by the tests, then damaged on purpose: the bytes of one entry's
// data are found through its local header so that a test can flip a byte,
// break the deflate stream, or change the header fields.
class DamagedZip {
public:
    enum class Store { Deflated, Stored, TruncatedDeflate, Encrypted };
    struct Entry {
        QString name;
        QByteArray data;
        Store store = Store::Deflated;
    };

    // Writes the entries with QuaZip's writer. TruncatedDeflate writes only the
    // first half of the deflate stream with the full length and CRC declared;
    // Encrypted uses a password.
    static void write(const QString& path, const QVector<Entry>& entries);

    explicit DamagedZip(const QString& path); // reads the file
    // Where the entry's (compressed) data starts, and how long it is.
    qsizetype dataOffset(const QString& name) const;
    qsizetype compressedSize(const QString& name) const;
    // Byte edits, saved by save().
    void flip(qsizetype offset, char to) { m_bytes[offset] = to; }
    void fill(qsizetype from, qsizetype count, char value);
    // Sets the uncompressed size in both the local and the central header.
    void setUncompressedSize(const QString& name, quint32 size);
    // Sets bit 0 (encrypted) of the general purpose flags in both headers.
    void setEncryptedFlag(const QString& name);
    // Makes the central header's extra field and comment run far past the
    // end of the file (what a fuzzer found: minizip then loops on failed reads).
    void breakCentralExtra(const QString& name);
    const QByteArray& bytes() const { return m_bytes; }
    void save() const;

private:
    qsizetype localHeader(const QString& name) const;
    qsizetype centralHeader(const QString& name) const;
    quint32 u32(qsizetype at) const;
    quint16 u16(qsizetype at) const;
    void put32(qsizetype at, quint32 v);

    QString m_path;
    QByteArray m_bytes;
};
