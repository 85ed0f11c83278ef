#pragma once

#include "Interaction.h"

namespace cm {

// The real dialogs: StudentDialog, AdultDialog, QMessageBox, QFileDialog.
class DialogInteraction : public Interaction {
public:
    bool editStudent(QWidget* parent, SchoolDocument& context, Student* student,
                     bool adding) override;
    bool editAdult(QWidget* parent, SchoolDocument& context, Adult* adult, bool adding) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    QString askText(QWidget* parent, const QString& title, const QString& label,
                    const QString& initial) override;
    QString askPassphrase(QWidget* parent, const QString& title, const QString& label) override;
    QString openFile(QWidget* parent, const QString& title, const QString& filter) override;
    QString askServer(QWidget* parent, const QString& lastAddress) override;
    QString saveFile(QWidget* parent, const QString& title, const QString& filter) override;
    void showError(QWidget* parent, const QString& title, const QString& text) override;
    void showInfo(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace cm
