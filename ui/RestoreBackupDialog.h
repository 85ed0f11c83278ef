#pragma once

#include <QDialog>

class QListWidget;

namespace cm {

// File > Restore backup: lists the backups of a school's database (newest
// first) and lets the user pick one. The dialog only chooses; the window
// closes its Storage, calls Backup::restore(dbPath, selectedBackup()), and
// reopens the Storage (then reloads every view).
class RestoreBackupDialog : public QDialog {
    Q_OBJECT
public:
    RestoreBackupDialog(const QString& dbPath, QWidget* parent = nullptr);
    QString selectedBackup() const;
    int count() const;

private:
    QListWidget* m_list = nullptr;
};

} // namespace cm
