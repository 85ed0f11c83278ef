#include "StudentDialog.h"

#include "SchoolDocument.h"
#include "UiHelpers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cm {

StudentDialog::StudentDialog(SchoolDocument& context, const Student& student, bool adding,
                             QWidget* parent)
    : QDialog(parent)
    , m_document(context)
    , m_original(student) {
    setObjectName(QStringLiteral("studentDialog"));
    setWindowTitle(adding ? tr("Add a student") : tr("Edit student"));
    m_id = UiHelpers::lineEdit(this, QStringLiteral("studentIdEdit"), tr("Student ID"),
                               student.studentId);
    m_given = UiHelpers::lineEdit(this, QStringLiteral("givenNameEdit"), tr("Given name"),
                                  student.givenName);
    m_family = UiHelpers::lineEdit(this, QStringLiteral("familyNameEdit"), tr("Family name"),
                                   student.familyName);
    m_preferred = UiHelpers::lineEdit(this, QStringLiteral("preferredNameEdit"),
                                      tr("Preferred name"), student.preferredName);
    m_grade = UiHelpers::lineEdit(this, QStringLiteral("gradeEdit"), tr("Grade"), student.grade);
    m_homeroom =
        UiHelpers::lineEdit(this, QStringLiteral("homeroomEdit"), tr("Homeroom"), student.homeroom);
    m_active = new QCheckBox(tr("&Active (counted in every round)"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(student.active);
    m_error = UiHelpers::dialogErrorLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("Student &ID:"), m_id);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Preferred name:"), m_preferred);
    form->addRow(tr("G&rade:"), m_grade);
    form->addRow(tr("&Homeroom:"), m_homeroom);
    form->addRow(QString(), m_active);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("dialogOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add student") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StudentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StudentDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // The layout decides the size, and grows the dialog when the error shows.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_id->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
}

Student StudentDialog::student() const {
    Student s = m_original;
    s.studentId = m_id->text().trimmed();
    s.givenName = m_given->text().trimmed();
    s.familyName = m_family->text().trimmed();
    s.preferredName = m_preferred->text().trimmed();
    s.grade = m_grade->text().trimmed();
    s.homeroom = m_homeroom->text().trimmed();
    s.active = m_active->isChecked();
    return s;
}

QString StudentDialog::validationError() const {
    const Student s = student();
    if (s.studentId.isEmpty())
        return tr("Enter the student's ID.");
    if (s.givenName.isEmpty() || s.familyName.isEmpty())
        return tr("Enter the student's given and family name.");
    if (const auto other = m_document.storage().studentByExternalId(s.studentId);
        other && other->id != m_original.id)
        return tr("Student ID %1 is already used by %2.").arg(s.studentId, other->displayName());
    return {};
}

void StudentDialog::accept() {
    if (UiHelpers::refuse(this, m_error, validationError()))
        return;
    QDialog::accept();
}

} // namespace cm
