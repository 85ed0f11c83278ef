#include "ServerDialog.h"

#include "ServerAddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cm {

ServerDialog::ServerDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("serverDialog"));
    setWindowTitle(tr("Connect to a District Server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Your district keeps every school on one PostgreSQL server. District IT gives you "
           "its address and your login; you see only the schools granted to you."),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setPlaceholderText(
        QStringLiteral("postgresql://counselor@district-server/caringmap"));
    m_address->setAccessibleName(tr("Server address"));
    m_address->setMinimumWidth(420);
    form->addRow(tr("Server &address:"), m_address);
    m_school = new QLineEdit(this);
    m_school->setObjectName(QStringLiteral("serverSchool"));
    m_school->setPlaceholderText(tr("the only school granted to you"));
    m_school->setAccessibleName(tr("School id"));
    form->addRow(tr("&School id:"), m_school);
    layout->addLayout(form);

    auto* password = new QLabel(
        tr("Your password is read from your PostgreSQL password file (~/.pgpass, or the file "
           "PGPASSFILE names) or from PGPASSWORD, as district IT set it up; caringmap never asks "
           "for it or keeps it."),
        this);
    password->setTextFormat(Qt::PlainText);
    password->setWordWrap(true);
    layout->addWidget(password);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("serverProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("serverConnect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ServerDialog::setAddress(const QString& address) {
    const Result<ServerAddress> parsed = ServerAddress::parse(address);
    m_school->setText(parsed.ok() ? parsed->school() : QString());
    m_address->setText(ServerAddress::withoutSchool(address));
}

QString ServerDialog::location() const {
    const QString school = m_school->text().trimmed();
    const QString address = m_address->text().trimmed();
    return school.isEmpty() ? address : ServerAddress::withSchool(address, school);
}

// The address is checked (libpq's own parser) before the dialog closes; the
// connection itself is made by the window, which says why it failed.
void ServerDialog::tryAccept() {
    const QString address = m_address->text().trimmed();
    QString problem;
    if (!ServerAddress::isServer(address))
        problem = tr("Write the address as district IT gave it, beginning with postgresql://");
    else if (const Result<ServerAddress> parsed = ServerAddress::parse(address); !parsed.ok())
        problem = parsed.error().message;
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        m_address->setFocus();
        return;
    }
    accept();
}

QString ServerDialog::ask(QWidget* parent, const QString& lastAddress) {
    ServerDialog dialog(parent);
    dialog.setAddress(lastAddress);
    return dialog.exec() == QDialog::Accepted ? dialog.location() : QString();
}

} // namespace cm
