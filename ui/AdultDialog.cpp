#include "AdultDialog.h"

#include "SchoolContext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cm {

namespace {
QLineEdit* field(QWidget* parent, const QString& name, const QString& accessible,
                 const QString& text) {
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    return edit;
}
} // namespace

AdultDialog::AdultDialog(SchoolContext& context, const Adult& adult, bool adding, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(adult) {
    setObjectName(QStringLiteral("adultDialog"));
    setWindowTitle(adding ? tr("Add an adult") : tr("Edit adult"));
    m_id = field(this, QStringLiteral("adultIdEdit"), tr("Adult ID"), adult.adultId);
    m_given = field(this, QStringLiteral("givenNameEdit"), tr("Given name"), adult.givenName);
    m_family = field(this, QStringLiteral("familyNameEdit"), tr("Family name"), adult.familyName);
    m_role = field(this, QStringLiteral("roleEdit"), tr("Role"), adult.role);
    m_email = field(this, QStringLiteral("emailEdit"), tr("Email"), adult.email);
    m_active = new QCheckBox(tr("&Active (their marks count)"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(adult.active);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

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
    if (const auto other = m_context.storage().adultByExternalId(a.adultId);
        other && other->id != m_original.id)
        return tr("Adult ID %1 is already used by %2.").arg(a.adultId, other->displayName());
    return {};
}

void AdultDialog::accept() {
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        adjustSize();
        return;
    }
    QDialog::accept();
}

} // namespace cm
