#include "StagedFolder.h"

#include "WriteFailure.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace cm {

namespace {

QString sibling(const QFileInfo& target, const char* kind) {
    return target.absoluteDir().filePath(
        QStringLiteral(".%1.%2-%3")
            .arg(target.fileName(), QLatin1String(kind),
                 QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)));
}

} // namespace

StagedFolder::StagedFolder(const QString& target, const QStringList& allowed)
    : m_target(QFileInfo(target).absoluteFilePath())
    , m_allowed(allowed) {}

StagedFolder::~StagedFolder() {
    if (!m_committed && !m_temp.isEmpty())
        QDir(m_temp).removeRecursively();
}

Status StagedFolder::prepare() {
    const QFileInfo target(m_target);
    if (target.exists() && !target.isDir())
        return Error{QStringLiteral("is a file, not a folder"), m_target, 0};
    if (target.isDir()) {
        const QStringList entries =
            QDir(m_target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString& e : entries)
            if (!m_allowed.contains(e))
                return Error{QStringLiteral("the folder holds other files (%1); export into a new "
                                            "or empty folder")
                                 .arg(e),
                             m_target, 0};
    }
    if (!QDir().mkpath(target.absolutePath()))
        return Error{QStringLiteral("cannot create the folder"), target.absolutePath(), 0};
    const QString temp = sibling(target, "partial");
    if (!QDir().mkdir(temp))
        return Error{QStringLiteral("cannot create a folder beside it: %1")
                         .arg(WriteFailure::reason(temp, QString())),
                     m_target, 0};
    m_temp = temp;
    QFile::setPermissions(m_temp, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

Status StagedFolder::commit() {
    if (m_temp.isEmpty() || m_committed)
        return Status::fail(QStringLiteral("nothing to move into place"));
    QString aside;
    if (QFileInfo(m_target).isDir()) {
        aside = sibling(QFileInfo(m_target), "old");
        if (!QDir().rename(m_target, aside))
            return Error{QStringLiteral("cannot move the previous export aside"), m_target, 0};
    }
    if (!QDir().rename(m_temp, m_target)) {
        if (!aside.isEmpty())
            QDir().rename(aside, m_target);
        return Error{QStringLiteral("cannot move the new export into place"), m_target, 0};
    }
    m_committed = true;
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return {};
}

} // namespace cm
