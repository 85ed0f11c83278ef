#include "RestoreBackupDialog.h"

#include "Backup.h"
#include "WindowGeometry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cm {

RestoreBackupDialog::RestoreBackupDialog(const QString& dbPath, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Restore backup"));
    WindowGeometry::manage(this, QStringLiteral("restoreBackupDialog"), QSize(520, 360));
    auto* intro = new QLabel(tr("A copy of the school is made before every import. Restoring "
                                "one replaces the school with it; the current state is backed "
                                "up first, so this can be undone."));
    intro->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Backups"));
    for (const BackupInfo& b : Backup::list(dbPath)) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2 (%3)")
                .arg(QLocale().toString(b.created.toLocalTime(), QLocale::ShortFormat), b.reason,
                     QLocale().formattedDataSize(b.size)));
        item->setData(Qt::UserRole, b.path);
        m_list->addItem(item);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(m_list->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    if (m_list->count() == 0)
        layout->addWidget(new QLabel(tr("No backups yet.")));
    layout->addWidget(buttons);
}

QString RestoreBackupDialog::selectedBackup() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

int RestoreBackupDialog::count() const {
    return m_list->count();
}

} // namespace cm
