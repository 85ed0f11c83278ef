#include "DamagedZip.h"

#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <zlib.h>

#include <stdexcept>

namespace {

void need(bool ok, const char* what) {
    if (!ok)
        throw std::runtime_error(what);
}

// A raw deflate stream (no zlib header or trailer).
QByteArray rawDeflate(const QByteArray& data) {
    const QByteArray z = qCompress(data, 9); // 4-byte length, zlib header, ..., adler32
    return z.mid(6, z.size() - 10);
}

void addEntry(QuaZip& zip, const DamagedZip::Entry& e) {
    QuaZipFile f(&zip);
    QuaZipNewInfo info(e.name);
    switch (e.store) {
    case DamagedZip::Store::Deflated:
        need(f.open(QIODevice::WriteOnly, info), "cannot add to the zip");
        f.write(e.data);
        break;
    case DamagedZip::Store::Stored:
        need(f.open(QIODevice::WriteOnly, info, nullptr, 0, 0, 0), "cannot add to the zip");
        f.write(e.data);
        break;
    case DamagedZip::Store::Encrypted:
        need(f.open(QIODevice::WriteOnly, info, "secret"), "cannot add to the zip");
        f.write(e.data);
        break;
    case DamagedZip::Store::TruncatedDeflate: {
        info.uncompressedSize = ulong(e.data.size());
        const quint32 crc = quint32(
            crc32(0, reinterpret_cast<const Bytef*>(e.data.constData()), uInt(e.data.size())));
        need(f.open(QIODevice::WriteOnly, info, nullptr, crc, Z_DEFLATED, 9, true),
             "cannot add to the zip");
        const QByteArray deflated = rawDeflate(e.data);
        f.write(deflated.left(deflated.size() / 2));
        break;
    }
    }
    f.close();
    need(f.getZipError() == ZIP_OK, "cannot close the zip entry");
}

} // namespace

void DamagedZip::write(const QString& path, const QVector<Entry>& entries) {
    QuaZip zip(path);
    need(zip.open(QuaZip::mdCreate), "cannot create the zip");
    for (const Entry& e : entries)
        addEntry(zip, e);
    zip.close();
}

DamagedZip::DamagedZip(const QString& path)
    : m_path(path) {
    QFile f(path);
    need(f.open(QIODevice::ReadOnly), "cannot read the zip");
    m_bytes = f.readAll();
}

quint32 DamagedZip::u32(qsizetype at) const {
    return u16(at) | (quint32(u16(at + 2)) << 16);
}

quint16 DamagedZip::u16(qsizetype at) const {
    return quint16(quint8(m_bytes[at]) | (quint8(m_bytes[at + 1]) << 8));
}

void DamagedZip::put32(qsizetype at, quint32 v) {
    for (int i = 0; i < 4; ++i)
        m_bytes[at + i] = char((v >> (8 * i)) & 0xFF);
}

qsizetype DamagedZip::localHeader(const QString& name) const {
    const QByteArray n = name.toUtf8();
    for (qsizetype at = m_bytes.indexOf("PK\x03\x04"); at >= 0;
         at = m_bytes.indexOf("PK\x03\x04", at + 4)) {
        if (u16(at + 26) == n.size() && m_bytes.mid(at + 30, n.size()) == n)
            return at;
    }
    throw std::runtime_error("no such local header");
}

qsizetype DamagedZip::centralHeader(const QString& name) const {
    const QByteArray n = name.toUtf8();
    for (qsizetype at = m_bytes.indexOf("PK\x01\x02"); at >= 0;
         at = m_bytes.indexOf("PK\x01\x02", at + 4)) {
        if (u16(at + 28) == n.size() && m_bytes.mid(at + 46, n.size()) == n)
            return at;
    }
    throw std::runtime_error("no such central header");
}

qsizetype DamagedZip::dataOffset(const QString& name) const {
    const qsizetype at = localHeader(name);
    return at + 30 + u16(at + 26) + u16(at + 28);
}

qsizetype DamagedZip::compressedSize(const QString& name) const {
    return qsizetype(u32(centralHeader(name) + 20));
}

void DamagedZip::fill(qsizetype from, qsizetype count, char value) {
    for (qsizetype i = 0; i < count; ++i)
        m_bytes[from + i] = value;
}

void DamagedZip::setUncompressedSize(const QString& name, quint32 size) {
    put32(localHeader(name) + 22, size);
    put32(centralHeader(name) + 24, size);
}

void DamagedZip::setEncryptedFlag(const QString& name) {
    m_bytes[localHeader(name) + 6] = char(m_bytes[localHeader(name) + 6] | 1);
    m_bytes[centralHeader(name) + 8] = char(m_bytes[centralHeader(name) + 8] | 1);
}

void DamagedZip::breakCentralExtra(const QString& name) {
    const qsizetype at = centralHeader(name);
    m_bytes[at + 30] = '\x00'; // extra field length 0xFF00
    m_bytes[at + 31] = '\xFF';
    m_bytes[at + 32] = '\xFF'; // comment length 0xFFFF
    m_bytes[at + 33] = '\xFF';
}

void DamagedZip::save() const {
    QFile f(m_path);
    need(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(m_bytes) == m_bytes.size(),
         "cannot write the zip");
}
