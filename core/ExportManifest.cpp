#include "ExportManifest.h"

#include "Csv.h"
#include "CsvTable.h"
#include "WriteFailure.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace cm {

namespace {

const QStringList kColumns{QStringLiteral("file"), QStringLiteral("rows"), QStringLiteral("bytes"),
                           QStringLiteral("sha256")};

Result<QHash<QString, ExportManifest::Entry>> readManifest(const QString& folder) {
    const QString path = QDir(folder).filePath(ExportManifest::fileName());
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("manifest.csv is missing: this is not a complete caringmap "
                                    "export (export the school again)"),
                     folder, 0};
    CsvTable t(path);
    if (Status st = t.open(kColumns); !st.ok())
        return st.error();
    QHash<QString, ExportManifest::Entry> out;
    while (t.next()) {
        ExportManifest::Entry e;
        e.file = t.exact(t.column(kColumns[0]));
        bool rowsOk = false;
        bool bytesOk = false;
        e.rows = t.value(t.column(kColumns[1])).toLongLong(&rowsOk);
        e.bytes = t.value(t.column(kColumns[2])).toLongLong(&bytesOk);
        e.sha256 = t.value(t.column(kColumns[3])).toLatin1().toLower();
        if (!rowsOk || !bytesOk || e.sha256.size() != 64)
            return t.error(QStringLiteral("a manifest row needs a file, its rows, bytes and "
                                          "SHA-256"));
        if (out.contains(e.file))
            return t.error(QStringLiteral("%1 is listed twice").arg(e.file));
        out.insert(e.file, e);
    }
    if (Status st = t.status(); !st.ok())
        return st.error();
    return out;
}

} // namespace

Status ExportManifest::write(const QString& folder) const {
    const QString path = QDir(folder).filePath(fileName());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write: %1").arg(out.errorString()), path, 0};
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QByteArray text = csv::formatRecord(kColumns).toUtf8();
    for (const Entry& e : m_entries)
        text += csv::formatRecord({e.file, QString::number(e.rows), QString::number(e.bytes),
                                   QString::fromLatin1(e.sha256)})
                    .toUtf8();
    if (out.write(text) != text.size())
        return Error{QStringLiteral("cannot write: %1")
                         .arg(WriteFailure::reason(path, out.errorString(), text.size())),
                     path, 0};
    return WriteFailure::commit(out, text.size());
}

Result<ExportManifest::Entry> ExportManifest::measure(const QString& folder, const QString& file) {
    const QString path = QDir(folder).filePath(file);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read: %1").arg(f.errorString()), path, 0};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Entry e;
    e.file = file;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        if (chunk.isEmpty())
            return Error{QStringLiteral("cannot read: %1").arg(f.errorString()), path, 0};
        hash.addData(chunk);
        e.bytes += chunk.size();
    }
    e.sha256 = hash.result().toHex();
    CsvTable t(path);
    if (Status st = t.open(); !st.ok())
        return st.error();
    while (t.next())
        ++e.rows;
    if (Status st = t.status(); !st.ok())
        return st.error();
    return e;
}

Status ExportManifest::verify(const QString& folder, const QStringList& expected) {
    const Result<QHash<QString, Entry>> listed = readManifest(folder);
    if (!listed.ok())
        return listed.status();
    const QString manifest = QDir(folder).filePath(fileName());
    for (const QString& file : expected)
        if (!listed->contains(file))
            return Error{QStringLiteral("does not list %1: the export is incomplete").arg(file),
                         manifest, 0};
    for (const Entry& want : *listed) {
        if (!expected.contains(want.file))
            return Error{
                QStringLiteral("lists \"%1\", which is not part of an export").arg(want.file),
                manifest, 0};
        const QString path = QDir(folder).filePath(want.file);
        const QFileInfo fi(path);
        if (!fi.isFile())
            return Error{QStringLiteral("is missing (manifest.csv lists it): the export is "
                                        "incomplete"),
                         path, 0};
        if (fi.size() != want.bytes)
            return Error{QStringLiteral("has %1 bytes; manifest.csv says %2: the file was "
                                        "changed or cut short")
                             .arg(fi.size())
                             .arg(want.bytes),
                         path, 0};
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read: %1").arg(f.errorString()), path, 0};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&f) || hash.result().toHex() != want.sha256)
            return Error{QStringLiteral("its SHA-256 checksum differs from manifest.csv: the "
                                        "file was changed or damaged"),
                         path, 0};
    }
    return {};
}

} // namespace cm
