#include "PrivacyActions.h"

#include "Interaction.h"
#include "MainWindow.h"
#include "SchoolDocument.h"
#include "TransferFile.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>

namespace cm {

PrivacyActions::PrivacyActions(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    QMenu* file = window.fileMenu();
    const auto add = [&](const QString& name, const QString& text, void (PrivacyActions::*slot)()) {
        auto* a = new QAction(text, &window);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        file->insertAction(window.fileBackupAnchor(), a);
        return a;
    };
    add(QStringLiteral("actionSaveTransfer"), tr("Save a copy for another &computer…"),
        &PrivacyActions::saveTransferFile);
    add(QStringLiteral("actionOpenTransfer"), tr("Open a &transfer file…"),
        &PrivacyActions::openTransferFile);
    add(QStringLiteral("actionPurgeStudent"), tr("&Purge a student…"),
        &PrivacyActions::purgeStudent);
}

void PrivacyActions::saveTransferFile() {
    SchoolDocument& doc = m_window.context();
    Interaction& ask = m_window.interaction();
    const QString title = tr("Save a copy for another computer");
    if (!doc.isOpen())
        return;
    QString path = ask.saveFile(&m_window, title, tr("caringmap transfer files (*.caringmap)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(TransferFile::suffix()))
        path += TransferFile::suffix();
    const QString passphrase = ask.askPassphrase(
        &m_window, title,
        tr("Choose a passphrase for this file (at least 6 characters). Give it to the other "
           "person separately, never with the file:"));
    if (passphrase.isEmpty())
        return;
    if (ask.askPassphrase(&m_window, title, tr("Type the passphrase again:")) != passphrase) {
        ask.showError(&m_window, title, tr("The two passphrases differ. Nothing was written."));
        return;
    }
    if (Status st = doc.saveTransferFile(path, passphrase); !st.ok()) {
        ask.showError(&m_window, title, st.message());
        return;
    }
    ask.showInfo(&m_window, title,
                 tr("Saved %1, encrypted. Open it on the other computer with File > Open a "
                    "transfer file and the passphrase.")
                     .arg(QFileInfo(path).fileName()));
}

void PrivacyActions::openTransferFile() {
    SchoolDocument& doc = m_window.context();
    Interaction& ask = m_window.interaction();
    const QString title = tr("Open a transfer file");
    if (!doc.isOpen())
        return;
    const QString path =
        ask.openFile(&m_window, title, tr("caringmap transfer files (*.caringmap)"));
    if (path.isEmpty())
        return;
    if (!TransferFile::looksLike(path)) {
        ask.showError(&m_window, title, tr("%1 is not a caringmap transfer file.").arg(path));
        return;
    }
    if (!ask.confirm(&m_window, title,
                     tr("The open school will be replaced by the one in %1 (it is backed up "
                        "first). Continue?")
                         .arg(QFileInfo(path).fileName())))
        return;
    const QString passphrase = ask.askPassphrase(
        &m_window, title, tr("The passphrase of %1:").arg(QFileInfo(path).fileName()));
    if (passphrase.isEmpty())
        return;
    if (Status st = doc.restoreTransferFile(path, passphrase); !st.ok()) {
        ask.showError(&m_window, title, st.message());
        return;
    }
    ask.showInfo(&m_window, title,
                 tr("The school from %1 is open.").arg(QFileInfo(path).fileName()));
}

void PrivacyActions::purgeStudent() {
    SchoolDocument& doc = m_window.context();
    Interaction& ask = m_window.interaction();
    const QString title = tr("Purge a student");
    if (!doc.isOpen())
        return;
    const QString id =
        ask.askText(&m_window, title, tr("The student id of the student to remove for good:"), {});
    if (id.isEmpty())
        return;
    const std::optional<Student> s = doc.storage().studentByExternalId(id);
    if (!s) {
        ask.showError(&m_window, title, tr("No student has the id %1.").arg(id));
        return;
    }
    if (!ask.confirm(&m_window, title,
                     tr("Remove %1 (%2) and everything about them (marks, notes, matches, "
                        "check-ins, survey answers) from this school and from every backup? "
                        "This cannot be undone.")
                         .arg(s->displayName(), s->studentId)))
        return;
    const Result<int> purged = doc.purgeStudents({s->id});
    if (!purged.ok()) {
        ask.showError(&m_window, title, purged.message());
        return;
    }
    ask.showInfo(&m_window, title,
                 tr("The student was removed from the school and its backups. The audit trail "
                    "keeps their changes as \"purged student\"."));
}

} // namespace cm
