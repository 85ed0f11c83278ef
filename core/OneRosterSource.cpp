#include "OneRosterSource.h"

#include "ZipEntryDevice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cm {

Status OneRosterSource::open(const QString& path) {
    m_path = path;
    m_entries.clear();
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error{QStringLiteral("no such file or folder"), path, 0};
    if (fi.isDir()) {
        m_zip = false;
        const QStringList files = QDir(path).entryList({QStringLiteral("*.csv")}, QDir::Files);
        for (const QString& f : files)
            m_entries.insert(f.toLower(), QDir(path).filePath(f));
        return {};
    }
    m_zip = true;
    if (fi.size() == 0)
        return Error{QStringLiteral("the file is empty (expected a OneRoster .zip)"), path, 0};
    const Result<QStringList> names = ZipEntryDevice::entryNames(path);
    if (!names.ok())
        return names.error();
    for (const QString& name : *names) {
        if (name.endsWith(QLatin1Char('/')))
            continue;
        const QString base = QFileInfo(name).fileName().toLower();
        // Top level wins over a sub-folder ("export/users.csv").
        if (!m_entries.contains(base) || !name.contains(QLatin1Char('/')))
            m_entries.insert(base, name);
    }
    return {};
}

Result<std::shared_ptr<QIODevice>> OneRosterSource::openFile(const QString& file) const {
    const QString entry = m_entries.value(file.toLower());
    if (entry.isEmpty())
        return Error{QStringLiteral("the required file %1 is missing").arg(file), m_path, 0};
    if (!m_zip) {
        auto f = std::make_shared<QFile>(entry);
        if (!f->open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot open: %1").arg(f->errorString()), entry, 0};
        return std::shared_ptr<QIODevice>(f);
    }
    auto f = std::make_shared<ZipEntryDevice>(m_path, entry, kMaxEntryBytes);
    if (!f->open(QIODevice::ReadOnly))
        return Error{f->errorString(), displayName(file), 0};
    return std::shared_ptr<QIODevice>(f);
}

QString OneRosterSource::displayName(const QString& file) const {
    const QString entry = m_entries.value(file.toLower(), file);
    return m_zip ? m_path + QLatin1Char('/') + entry : entry;
}

bool OneRosterSource::looksLikeOneRoster(const QString& path) {
    const QFileInfo fi(path);
    if (fi.isDir())
        return QFileInfo::exists(QDir(path).filePath(QStringLiteral("manifest.csv"))) ||
               QFileInfo::exists(QDir(path).filePath(QStringLiteral("users.csv")));
    if (!fi.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive))
        return true;
    return false;
}

} // namespace cm
