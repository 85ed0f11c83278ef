#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>

namespace cm {

// A folder that appears complete or not at all: files are written into a
// hidden temporary folder beside the target, then commit() moves it into
// place with renames (an existing target is moved aside first and removed
// after). Without commit() the temporary folder is removed. Owner-only.
class StagedFolder {
public:
    // allowed: the only file names an existing target may hold (it is
    // replaced as a whole, so a folder with other files is refused).
    StagedFolder(const QString& target, const QStringList& allowed);
    ~StagedFolder();
    StagedFolder(const StagedFolder&) = delete;
    StagedFolder& operator=(const StagedFolder&) = delete;

    // Checks the target and makes the temporary folder.
    Status prepare();
    // Where to write the files.
    QString path() const { return m_temp; }
    Status commit();

private:
    QString m_target;
    QStringList m_allowed;
    QString m_temp;
    bool m_committed = false;
};

} // namespace cm
