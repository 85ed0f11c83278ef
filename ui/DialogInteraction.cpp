#include "DialogInteraction.h"

#include "ServerDialog.h"

#include "AdultDialog.h"
#include "StudentDialog.h"
#include "UiHelpers.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace cm {

bool DialogInteraction::editStudent(QWidget* parent, SchoolDocument& context, Student* student,
                                    bool adding) {
    StudentDialog dialog(context, *student, adding, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *student = dialog.student();
    return true;
}

bool DialogInteraction::editAdult(QWidget* parent, SchoolDocument& context, Adult* adult,
                                  bool adding) {
    AdultDialog dialog(context, *adult, adding, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *adult = dialog.adult();
    return true;
}

bool DialogInteraction::confirm(QWidget* parent, const QString& title, const QString& text) {
    return UiHelpers::message(parent, QMessageBox::Question, title, text,
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) == QMessageBox::Yes;
}

QString DialogInteraction::askText(QWidget* parent, const QString& title, const QString& label,
                                   const QString& initial) {
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? text.trimmed() : QString();
}

QString DialogInteraction::askPassphrase(QWidget* parent, const QString& title,
                                         const QString& label) {
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok ? text : QString();
}

QString DialogInteraction::askServer(QWidget* parent, const QString& lastAddress) {
    return ServerDialog::ask(parent, lastAddress);
}

QString DialogInteraction::openFile(QWidget* parent, const QString& title, const QString& filter) {
    return QFileDialog::getOpenFileName(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

QString DialogInteraction::saveFile(QWidget* parent, const QString& title, const QString& filter) {
    return QFileDialog::getSaveFileName(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

void DialogInteraction::showError(QWidget* parent, const QString& title, const QString& text) {
    UiHelpers::message(parent, QMessageBox::Warning, title, text);
}

void DialogInteraction::showInfo(QWidget* parent, const QString& title, const QString& text) {
    UiHelpers::message(parent, QMessageBox::Information, title, text);
}

} // namespace cm
