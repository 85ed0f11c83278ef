#include "AdultDialog.h"

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

AdultDialog::AdultDialog(SchoolDocument& context, const Adult& adult, bool adding, QWidget* parent)
    : QDialog(parent)
    , m_document(context)
    , m_original(adult) {
    setObjectName(QStringLiteral("adultDialog"));
    setWindowTitle(adding ? tr("Add an adult") : tr("Edit adult"));
    m_id = UiHelpers::lineEdit(this, QStringLiteral("adultIdEdit"), tr("Adult ID"), adult.adultId);
    m_given = UiHelpers::lineEdit(this, QStringLiteral("givenNameEdit"), tr("Given name"),
                                  adult.givenName);
    m_family = UiHelpers::lineEdit(this, QStringLiteral("familyNameEdit"), tr("Family name"),
                                   adult.familyName);
    m_role = UiHelpers::lineEdit(this, QStringLiteral("roleEdit"), tr("Role"), adult.role);
    m_email = UiHelpers::lineEdit(this, QStringLiteral("emailEdit"), tr("Email"), adult.email);
    m_active = new QCheckBox(tr("&Active (their marks count)"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(adult.active);
    m_error = UiHelpers::dialogErrorLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("Adult &ID:"), m_id);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_active);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("dialogOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add adult") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AdultDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AdultDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // The layout decides the size, and grows the dialog when the error shows.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_id->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
}

Adult AdultDialog::adult() const {
    Adult a = m_original;
    a.adultId = m_id->text().trimmed();
    a.givenName = m_given->text().trimmed();
    a.familyName = m_family->text().trimmed();
    a.role = m_role->text().trimmed();
    a.email = m_email->text().trimmed();
    a.active = m_active->isChecked();
    return a;
}

QString AdultDialog::validationError() const {
    const Adult a = adult();
    if (a.adultId.isEmpty())
        return tr("Enter the adult's ID.");
    if (a.givenName.isEmpty() || a.familyName.isEmpty())
        return tr("Enter the adult's given and family name.");
    if (const auto other = m_document.storage().adultByExternalId(a.adultId);
        other && other->id != m_original.id)
        return tr("Adult ID %1 is already used by %2.").arg(a.adultId, other->displayName());
    return {};
}

void AdultDialog::accept() {
    if (UiHelpers::refuse(this, m_error, validationError()))
        return;
    QDialog::accept();
}

} // namespace cm
